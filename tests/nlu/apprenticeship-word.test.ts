import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/text/normalize.js';
import { APPRENTICESHIP_WORD } from '../../src/nlu/apprenticeship-word.js';

describe('APPRENTICESHIP_WORD: apprenticeship itself named', () => {
  it.each([
    'Je voudrais faire un apprentissage',
    'un bac pro en alternance ?',
    'jsuis apprentie en coiffure',
    "Mon fils est Apprenti depuis septembre",
    "le contrat d'apprentissage c'est quoi",
  ])('reads "%s"', (text) => {
    expect(APPRENTICESHIP_WORD.test(normalize(text))).toBe(true);
  });

  it.each([
    "j'aimerais apprendre la cuisine",
    'je cherche une formation au CFA',
    'les apprentissages de base en maths',
    'un contrat pro dans le commerce',
  ])('does not read "%s" (another word, or a plural of something else)', (text) => {
    expect(APPRENTICESHIP_WORD.test(normalize(text))).toBe(false);
  });
});
