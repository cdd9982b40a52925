import { describe, expect, it } from 'vitest';
import { lastReplyOf } from './harness.js';

/**
 * Round 19 (kind 8): part of the apprenticeship outside Europe. The mobility entry says the French rules; the country's
 * own rules are in none of our sources: the reply says so first, with the free line and a callback.
 */
describe('a stay abroad outside Europe', () => {
  it.each([
    [["je voudrais faire une partie de mon apprentissage au Québec, c'est possible ?"]],
    [['est-ce que mon fils peut partir aux Etats-Unis pendant son apprentissage ?']],
    [['jpeux faire 6 mois de mon contrat au canada ?']],
    [['Mon apprentie souhaite effectuer un stage au Japon, est-ce possible ?']],
  ])('says the country is not covered, with the line: %j', async (messages) => {
    const { text, rule } = await lastReplyOf(messages);
    expect(rule).toBe('goes-abroad');
    expect(text).toMatch(/ne sont pas dans mes sources/);
    expect(text).toMatch(/0800 050 000/);
    expect(text).toMatch(/étranger/);
  });

  it.each([[['un stage en espagne']], [["je veux partir en Allemagne pendant mon apprentissage"]]])('inside Europe, the mobility entry alone (near miss): %j', async (messages) => {
    const { text, rule } = await lastReplyOf(messages);
    expect(rule).toBe('goes-abroad');
    expect(text).not.toMatch(/ne sont pas dans mes sources/);
    expect(text).toMatch(/étranger/);
  });
});
