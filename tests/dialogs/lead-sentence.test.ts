import { describe, expect, it } from 'vitest';
import { leadSentence, withoutYesNoOpening, yesOverDenial } from '../../dialogs/support/lead-sentence.js';

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

  it('ends a sentence after an acronym, not after an initial or an abbreviation', () => {
    expect(leadSentence('Parles-en à ton CFA. Si rien ne change, appelle le 0800 050 000.')).toEqual({
      first: 'Parles-en à ton CFA.',
      rest: 'Si rien ne change, appelle le 0800 050 000.',
    });
    expect(leadSentence('Voir M. Dupont au CFA.')).toEqual({ first: 'Voir M. Dupont au CFA.' });
    expect(leadSentence('Selon l’art. L6222-1 du code du travail, oui.')).toEqual({ first: 'Selon l’art. L6222-1 du code du travail, oui.' });
  });

  it('cuts a first sentence too long for a phone at its first clause end', () => {
    const long = `Pour un contrat signé en 2026 dans une entreprise de moins de 250 salariés, l’aide dépend du diplôme préparé ; elle est de 5 000 € pour un CAP ou un bac, de 4 500 € pour un bac+2 et de 2 000 € au-delà, pour la première année. Voir la fiche.`;
    const { first, rest } = leadSentence(long);
    expect(first).toBe('Pour un contrat signé en 2026 dans une entreprise de moins de 250 salariés, l’aide dépend du diplôme préparé.');
    expect(rest).toBe('Elle est de 5 000 € pour un CAP ou un bac, de 4 500 € pour un bac+2 et de 2 000 € au-delà, pour la première année. Voir la fiche.');
    const list = `Après un CAP, tu peux travailler ou continuer, souvent encore en apprentissage : un brevet professionnel dans ton métier, un bac pro du même domaine, un certificat de spécialisation en un an, ou un autre CAP en moins de temps.`;
    expect(leadSentence(list).first).toBe('Après un CAP, tu peux travailler ou continuer, souvent encore en apprentissage.');
    expect(leadSentence(list).rest).toMatch(/^Un brevet professionnel/);
    // a short sentence keeps its clauses
    expect(leadSentence('Oui ; dès 15 ans.')).toEqual({ first: 'Oui ; dès 15 ans.' });
  });
});


describe('withoutYesNoOpening', () => {
  it.each([
    ['Oui, les employeurs publics peuvent recruter.', 'Les employeurs publics peuvent recruter.'],
    ['Non : la formation est gratuite.', 'La formation est gratuite.'],
    ['Oui. Le contrat peut être un CDI.', 'Le contrat peut être un CDI.'],
    ['En principe non : avant 18 ans, pas de nuit.', 'Avant 18 ans, pas de nuit.'],
    ['Ouistreham est une commune.', 'Ouistreham est une commune.'],
    ['Nonobstant la règle, …', 'Nonobstant la règle, …'],
  ])('%s', (text, expected) => {
    expect(withoutYesNoOpening(text)).toBe(expected);
  });
});

describe('yesOverDenial', () => {
  const RQTH = "Oui : aucune limite d'âge ne s'applique à une personne reconnue travailleur handicapé (RQTH). Aucune limite non plus…";
  it.each([
    [RQTH, 'la limite d age s applique t elle dans ce cas', true],
    ["Oui : il n'y a aucune limite d'âge si tu as une RQTH. Pas de limite non plus…", 'y a des limites d age avec une rqth', true],
    [RQTH, 'j ai 43 ans et une rqth je peux encore faire un apprentissage', false],
    ["Oui : pour signer un contrat, la condition est ton âge, pas un diplôme.", 'il faut un diplome', false],
    ["Oui : le contrat peut être un CDI. Il commence par…", 'le contrat peut etre un cdi', false],
    ["Non : aucune aide n'est prévue.", 'y a une aide', false],
    ["Aucune limite d'âge ne s'applique.", 'y a une limite', false],
  ])('%s / %s → %s', (text, question, expected) => {
    expect(yesOverDenial(text, question)).toBe(expected);
  });
});
