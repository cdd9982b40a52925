import { describe, expect, it } from 'vitest';
import { lastReplyOf } from './harness.js';

/**
 * Round 27 (mine): who can help one's way depends on who asks. A young person of the Mission Locale's public (16-25,
 * out of school or without a diploma) gets the Mission Locale; a pupil gets the CIO's card.
 */
describe('who can help one find one\'s way: the Mission Locale for its public', () => {
  it.each([
    ["j'ai 18 ans pas de diplome qui peut m'aider a trouver une voie"],
    ["g 20 ans jai arreté les cours, qui peut m'orienter ?"],
    ["J'ai 22 ans, sans diplôme, vers qui me tourner pour trouver un métier ?"],
    ['19 ans, decrocheur, qui peut me conseiller pour mon avenir ?'],
    ["jai 17 ans jai quitté le lycée, quelqu'un peut m'aider a choisir un metier ?"],
    ["j'ai 24 ans et pas le bac, à qui m'adresser pour m'orienter ?"],
  ])('"%s"', async (message) => {
    const { text } = await lastReplyOf([message]);
    expect(text).toMatch(/Mission Locale/);
    expect(text).not.toMatch(/^Je n'ai pas l'adresse/);
  });

  it.each([
    ["je suis en 3e, qui peut m'aider à choisir mon orientation ?"],
    ["j'ai 15 ans, qui peut m'aider à choisir un métier ?"],
    ["j'ai 28 ans sans diplôme, qui peut m'aider à trouver une voie ?"],
  ])('near miss, not its public: "%s" keeps the CIO card', async (message) => {
    const { text } = await lastReplyOf([message]);
    expect(text).toMatch(/CIO|centres? d'information/);
  });
});
