import { describe, expect, it } from 'vitest';
import { accentLexicon, labelSynonyms, lowerFirst, splitGenderedLabel, withCapitalAccents, withWordAccents, wordAccentLexicon } from '../../../src/knowledge/import/labels.js';

describe('splitGenderedLabel', () => {
  it.each([
    ['Boulanger / Boulangère', ['Boulanger', 'Boulangère']],
    ['Accastilleur-gréeur / Accastilleuse-gréeuse', ['Accastilleur-gréeur', 'Accastilleuse-gréeuse']],
    ['Abatteur / Abatteuse de carrière', ['Abatteur de carrière', 'Abatteuse de carrière']],
    [
      'Technicien itinérant / Technicienne itinérante de maintenance SAV',
      ['Technicien itinérant de maintenance SAV', 'Technicienne itinérante de maintenance SAV'],
    ],
    ['Artiste Plasticien / Plasticienne', ['Artiste Plasticien', 'Artiste Plasticienne']],
    ['Homme sage-femme / Sage-femme', ['Homme sage-femme', 'Sage-femme']],
    ['Manager de proximité', ['Manager de proximité']],
  ])('%s', (label, forms) => {
    expect(splitGenderedLabel(label)).toEqual(forms);
  });
});

describe('labelSynonyms', () => {
  it('keeps the original label and adds both forms in lower case, with accents', () => {
    expect(labelSynonyms('Boulanger / Boulangère')).toEqual(['Boulanger / Boulangère', 'boulanger', 'boulangère']);
  });
  it('does not add a form that differs from the label only by case', () => {
    expect(labelSynonyms('Manager de proximité')).toEqual(['Manager de proximité']);
  });
  it('keeps acronyms in upper case', () => {
    expect(lowerFirst('BIM Modeleur')).toBe('BIM Modeleur');
    expect(lowerFirst('Éleveur')).toBe('éleveur');
  });
});

describe('withCapitalAccents', () => {
  const lexicon = accentLexicon(['Polyculteur éleveur / Polycultrice éleveuse', 'Agent / Agente électricien', 'technicien en ethnologie', 'Expert']);
  it('gives a capital the accent the same word has in lower case elsewhere in the data', () => {
    expect(withCapitalAccents('Eleveur / Eleveuse de bovins', lexicon)).toBe('Éleveur / Éleveuse de bovins');
    expect(withCapitalAccents('Chef électricien / Electricien', lexicon)).toBe('Chef électricien / Électricien');
  });
  it('guesses nothing: a word the lexicon does not hold with an accent keeps its letters', () => {
    expect(withCapitalAccents('Expert / Experte', lexicon)).toBe('Expert / Experte');
    expect(withCapitalAccents('Ethnologue', lexicon)).toBe('Ethnologue');
  });
  it('leaves out a word the data writes both with and without the accent', () => {
    expect(accentLexicon(['une école', 'ecole']).has('ecole')).toBe(false);
  });
});

describe('withWordAccents', () => {
  const lexicon = wordAccentLexicon([
    'Bac pro métiers du commerce', 'Électricien', 'Économie sociale et solidaire', 'énergie électrique',
    'à la ferme', 'a voté', 'diplôme', 'ingénieur diplômé', 'spécialisées', 'Pâtisserie',
  ]);
  it('gives back the accents a title lost, from the same words written with them elsewhere, capitals kept', () => {
    expect(withWordAccents('Bac pro metiers de la logistique', lexicon)).toBe('Bac pro métiers de la logistique');
    expect(withWordAccents('Electronique, energie electrique, automatique (MASTER REIMS)', lexicon)).toBe(
      'Electronique, énergie électrique, automatique (MASTER REIMS)',
    );
    expect(withWordAccents('Economie appliquee', lexicon)).toBe('Économie appliquee');
    expect(withWordAccents('Patisserie specialisees', lexicon)).toBe('Pâtisserie spécialisées');
  });
  it('guesses nothing: a word with two accented forms, or also written bare, keeps its letters', () => {
    expect(lexicon.has('diplome')).toBe(false);
    expect(lexicon.has('a')).toBe(false);
    expect(withWordAccents('Ingenieur diplome', lexicon)).toBe('Ingénieur diplome');
  });
  it('leaves acronyms and texts that already carry an accent as they are', () => {
    expect(withWordAccents('BTS ELECTROTECHNIQUE', lexicon)).toBe('BTS ELECTROTECHNIQUE');
    expect(withWordAccents('Métiers de l energie', lexicon)).toBe('Métiers de l energie');
  });
});
