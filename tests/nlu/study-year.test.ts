import { describe, expect, it } from 'vitest';
import { extractStudyYear } from '../../src/nlu/entities/contract-year.js';
import { normalize, tokenize } from '../../src/text/normalize.js';

const studyYear = (text: string): number | undefined => extractStudyYear(tokenize(normalize(text)));

describe('a year of study, told apart from the contract year (round 11)', () => {
  it.each([
    ['je suis en 3e année de BUT', 3],
    ['2eme annee de bts', 2],
    ["en 3e année d'école d'ingé", 3],
    ['deuxième année de licence pro', 2],
  ])('"%s" is study year %s', (text, year) => {
    expect(studyYear(text)).toBe(year);
  });

  it.each([['en 1re année de BTS'], ['je suis en 2e année de contrat'], ['2e année'], ['3e année en alternance']])('"%s" is no study year of 2 or more', (text) => {
    expect(studyYear(text)).toBeUndefined();
  });
});
