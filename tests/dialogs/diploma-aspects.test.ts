import { describe, expect, it } from 'vitest';
import { startConversation } from './harness.js';

/** A kind of diploma with its duration or its level asked: that diploma's entry (durations are there), not the contract's. */
describe('a diploma asked about its duration or its level', () => {
  it.each([
    ['un cap sa dur cmb de tps ?', 'diplome-cap'],
    ['le BTS il se fait en combien d années', 'diplome-bts'],
    ['Le brevet professionnel, ça prend combien de temps ?', 'diplome-bp'],
    ['un titre pro c quel niveau', 'diplome-titre-pro'],
    ["le BP est-il plus élevé qu'un CAP ?", 'diplome-bp'],
    ['un bts c au dessus d1 bp ?', 'diplome-bts'],
  ] as const)('"%s" → %s', async (message, entry) => {
    const c = await startConversation();
    await c.send(message);
    const data = await c.data();
    expect(data.lastTopic).toBe('faq');
    expect(data.lastFaq).toBe(entry);
  });

  it('the duration of a contract for that diploma stays the contract’s', async () => {
    const c = await startConversation();
    await c.send('un contrat pour un CAP, il dure combien de temps ?');
    expect((await c.data()).lastFaq).not.toMatch(/^diplome-/);
  });
});
