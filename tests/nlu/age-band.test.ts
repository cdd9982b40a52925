import { describe, expect, it } from 'vitest';
import { ageBandOf } from '../../src/nlu/entities/age-band.js';
import { normalize } from '../../src/text/normalize.js';

const band = (text: string) => ageBandOf(normalize(text));

describe('an age said as a band of the pay grid', () => {
  it.each([
    ['combien gagne un apprenti mineur', 'under18'],
    ['ma fille est mineure, elle touchera combien ?', 'under18'],
    ["salaire d'un apprenti de moins de 18 ans", 'under18'],
    ['il a pas encore 18 ans', 'under18'],
    ['pour les mineurs en contrat pro', 'under18'],
    ['un apprenti de plus de 26 ans est payé combien', 'from26'],
    ["j'ai plus de 25 ans, combien en alternance", 'from26'],
    ['26 ans et plus, quel salaire', 'from26'],
    ['à partir de 26 ans le salaire change ?', 'from26'],
  ])('%s → %s', (text, expected) => {
    expect(band(text)).toBe(expected);
  });

  it.each(['je suis majeur', "je ne suis plus mineur", 'salaire apprenti 17 ans', "moins de 21 ans c'est combien", 'un mineral'])(
    'no band of its own: %s',
    (text) => expect(band(text)).toBeUndefined(),
  );

});
