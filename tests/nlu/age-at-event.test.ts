import { describe, expect, it } from 'vitest';
import { extractAge } from '../../src/nlu/entities/age.js';
import { normalize, tokenize } from '../../src/text/normalize.js';

const age = (text: string) => {
  const found = extractAge(tokenize(normalize(text)));
  return found ? [found.value, found.own] : undefined;
};

/**
 * Round 29 (mine): the age at something that happened ("j'ai arrêté l'école à 17 ans"), told beside one's own present
 * age, is neither the present age nor someone else's: the present one is the age (src/nlu/entities/age.ts).
 */
describe('an age at a past event beside the present one', () => {
  it.each<[string, [number, number | undefined]]>([
    ["j'ai arrêté l'école à 17 ans, maintenant j'ai 20 ans et je fais rien", [20, undefined]],
    ['viré a 19 ans, jai 22 ans now, je peux refaire un apprentissage', [22, undefined]],
    ["j'ai eu mon CAP à 18 ans, j'ai 21 ans, je peux faire un BP ?", [21, undefined]],
    ['jsui sorti du lycée a 16 ans et g 19 ans', [19, undefined]],
    ["J'ai quitté mes études à 18 ans ; j'en ai 24 aujourd'hui.", [24, undefined]],
    ['déscolarisé à 15 ans, moi 18 ans', [18, undefined]],
  ])('%s', (text, expected) => expect(age(text)).toEqual(expected));

  it.each<[string, [number, number | undefined]]>([
    // near misses: an age at an event alone is still the age read; another person's age keeps leading
    ["j'ai quitté le lycée à 16 ans", [16, undefined]],
    ['mon fils a 16 ans, moi j ai 45 ans', [16, 45]],
    ["j'ai 45 ans et ma fille a 17 ans", [17, 45]],
    ['ma fille de 16 ans, j ai 40 ans', [16, 40]],
    ["l'apprenti a 17 ans et moi j'en ai 52", [17, 52]],
  ])('near miss: %s', (text, expected) => expect(age(text)).toEqual(expected));
});
