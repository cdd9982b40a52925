import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/text/normalize.js';
import { readCues } from '../../src/nlu/cues.js';
import { ownPayTold } from '../../src/nlu/own-pay.js';

const told = (text: string) => {
  const n = normalize(text);
  return ownPayTold(n, readCues(n));
};

describe('the pay the person says they earn: one fact (own-pay.ts)', () => {
  it.each([
    ['je gagne 800 € par mois', { amount: 800, net: false, gross: false, per: 'month' }],
    ['mon patron me verse 650 euros net', { amount: 650, net: true, gross: false }],
    ['on me paie 500 par mois c normal ?', { amount: 500, net: false, gross: false, per: 'month' }],
    ['ma fille touche 900 e brut', { amount: 900, net: false, gross: true }],
    ['mon salaire est de 1100 € nette', { amount: 1100, net: true, gross: false }],
    ['elle gagne environ 750 euros', { amount: 750, net: false, gross: false }],
    ['jsuis payé 12 euros de l heure', { amount: 12, net: false, gross: false, per: 'hour' }],
    ['mon employeur me donne 700€ brut par mois, c est légal ?', { amount: 700, net: false, gross: true, per: 'month' }],
  ])('"%s"', (text, expected) => {
    expect(told(text)).toEqual(expected);
  });

  it.each([
    'je touche 500 € d aide au permis',
    'combien gagne un apprenti de 18 ans ?',
    'l aide de 6000 euros pour l employeur',
    'j ai 17 ans et je suis en 1re année',
  ])('"%s" tells no pay of its own', (text) => {
    expect(told(text)).toBeUndefined();
  });
});
