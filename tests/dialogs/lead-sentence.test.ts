import { describe, expect, it } from 'vitest';
import { leadSentence } from '../../dialogs/support/lead-sentence.js';

describe('leadSentence (phone-first answers)', () => {
  it('splits the first sentence from the rest', () => {
    expect(leadSentence('Non, le CFA est gratuit pour toi. Ce sont l’OPCO et l’employeur qui paient.')).toEqual({
      first: 'Non, le CFA est gratuit pour toi.',
      rest: 'Ce sont l’OPCO et l’employeur qui paient.',
    });
  });

  it('keeps a single sentence whole, and does not cut inside figures', () => {
    expect(leadSentence('Oui, dès 15 ans.')).toEqual({ first: 'Oui, dès 15 ans.' });
    expect(leadSentence('Le taux est de 2,5 % du salaire. Voir la fiche.')).toEqual({ first: 'Le taux est de 2,5 % du salaire.', rest: 'Voir la fiche.' });
  });
});
