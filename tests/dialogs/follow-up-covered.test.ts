import { describe, expect, it } from 'vitest';
import { read, startConversation } from './harness.js';

/**
 * A follow-up that only changes the hour or the number of hours asked about is a detail of the answer just given,
 * like an age or an amount: that answer again (it holds the hours), never "my last answer does not cover it".
 */
describe('a follow-up that changes an hour of the last answer', () => {
  it.each([
    ['un apprenti mineur peut travailler la nuit ?', 'et à 22h30 ?'],
    ['un apprenti mineur peut travailler la nuit ?', 'et si c jusqu a 23h ?'],
    ["Mon fils a 17 ans, a-t-il le droit de travailler la nuit ?", 'Et après 21h ?'],
    ["quels horaires pour un apprenti mineur ?", 'et apres 21 h ?'],
    ["Un apprenti de 17 ans peut faire combien d heures par jour ?", 'et au dela de 8h ?'],
    ['Notre apprentie est mineure, quelle durée de travail par semaine ?', 'Et pour plus de 35 heures ?'],
  ])('"%s" then "%s": not "not covered"', async (first, followUp) => {
    const c = await startConversation();
    await c.send(first);
    const before = await c.data();
    const after = read(await c.send(followUp));
    expect(after).not.toMatch(/ne couvre pas/);
    expect((await c.data()).lastFaq).toBe(before.lastFaq);
  });

  it('a number the last answer does not give, with words that reach another entry, goes to that entry', async () => {
    const c = await startConversation();
    await c.send("Quel est le temps de travail d'un apprenti majeur ?");
    const after = read(await c.send('et au-delà des 35 h ?'));
    expect(after).not.toMatch(/ne couvre pas/);
    expect((await c.data()).lastFaq).toMatch(/^heures-sup/);
  });
});
