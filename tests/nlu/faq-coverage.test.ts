import { describe, expect, it } from 'vitest';
import { faqVocabularyOf, foreignWords, uncoveredWords } from '../../src/nlu/faq-coverage.js';
import { normalize } from '../../src/text/normalize.js';

/** Twenty entries that all speak of the contract and the CFA; one of meals, one of the age, one of internships. */
const entries = [
  { id: 'repas', texts: ["Qui paie la cantine et l'internat au CFA ?", 'Le CFA peut prendre en charge une partie des repas et de l\u2019hébergement du contrat.'] },
  { id: 'age', texts: ['À partir de quel âge signer un contrat au CFA ?', 'Dès 16 ans, ou 15 ans après la troisième.'] },
  { id: 'stage', texts: ['Un stage de découverte avant le contrat ?', 'Une période d\u2019immersion au CFA permet de découvrir un métier.'] },
  { id: 'jours', texts: ['Travailler le dimanche ?', 'Quelqu\u2019un qui commence un lundi ou un vendredi, quelque chose à signer maintenant ? Actuellement, à ce moment ?'] },
  ...Array.from({ length: 20 }, (_, i) => ({ id: `autre-${i}`, texts: [`Le contrat et le CFA, question ${i} ?`, `Réponse générale sur le contrat au CFA numéro ${i}.`] })),
];
const vocabulary = faqVocabularyOf(entries);
const ask = (text: string) => ({ text, normalized: normalize(text) });

describe('the distinctive words of a message an entry leaves out', () => {
  it('a word only another entry writes is held against the entry read', () => {
    expect(uncoveredWords(vocabulary, 'repas', ask('un stage de decouverte au cfa c pris en charge ?'))).toEqual(expect.arrayContaining(['stag']));
  });

  it('the entry that writes those words covers the message', () => {
    expect(uncoveredWords(vocabulary, 'stage', ask('un stage de decouverte au cfa c possible ?'))).toEqual([]);
  });

  it('words most entries write (contrat, CFA) and words of asking or feeling are never distinctive', () => {
    expect(uncoveredWords(vocabulary, 'age', ask('bonjour, je voudrais savoir, le contrat au CFA, merci'))).toEqual([]);
  });

  it('an acronym in capitals that no entry writes is distinctive; a word no entry writes in lower case is not', () => {
    expect(uncoveredWords(vocabulary, 'repas', ask('le BAFA est pris en charge ?'))).toEqual(['baf']);
    expect(uncoveredWords(vocabulary, 'repas', ask('gastro, la cantine est prise en charge ?'))).toEqual([]);
  });

  it('a message written all in capitals has no acronyms', () => {
    expect(uncoveredWords(vocabulary, 'repas', ask('CANTINE PAYEE PAR QUI AU CFA'))).toEqual([]);
  });

  it('words for anyone or anything, and the weekdays a story happens on, are not distinctive; Sunday is', () => {
    expect(uncoveredWords(vocabulary, 'repas', ask("la cantine c'est rembourse par quelqu'un ? la rentree c'est lundi"))).toEqual([]);
    expect(uncoveredWords(vocabulary, 'repas', ask('quelque chose pour la cantine vendredi ?'))).toEqual([]);
    expect(uncoveredWords(vocabulary, 'repas', ask('la cantine en ce moment, actuellement, maintenant ?'))).toEqual([]);
    expect(uncoveredWords(vocabulary, 'repas', ask('la cantine le dimanche ?'))).toEqual(['dimanch']);
  });

  it('the words the caller reads as something else (a town, a trade) are ignored', () => {
    expect(uncoveredWords(vocabulary, 'repas', ask('un stage au cfa'), new Set(['stag']))).toEqual([]);
  });

  it('held to names only, a rare word is not counted, an unknown acronym still is', () => {
    expect(uncoveredWords(vocabulary, 'repas', ask('un stage au cfa, la cantine ?'), new Set(), true)).toEqual([]);
    expect(uncoveredWords(vocabulary, 'repas', ask('le BAFA et la cantine ?'), new Set(), true)).toEqual(['baf']);
  });
});

describe('the words no entry writes nor comes a typo near (round 17)', () => {
  it('a subject no entry writes is foreign', () => {
    expect(foreignWords(vocabulary, ask('des jours pour un mariage au cfa ?'))).toEqual(['mariag']);
    expect(foreignWords(vocabulary, ask('la mutuelle du contrat ?'))).toEqual(['mutuel']);
  });

  it('a typo of a word the FAQ writes is not, nor a short word, a verb form, a name or a family word', () => {
    expect(foreignWords(vocabulary, ask('la cantinne au cfa ?'))).toEqual([]);
    expect(foreignWords(vocabulary, ask('le kiff au cfa ?'))).toEqual([]);
    expect(foreignWords(vocabulary, ask('je vais devoir sortir au cfa ?'))).toEqual([]);
    expect(foreignWords(vocabulary, ask("le contrat c'est jouable ou envisageable ?"))).toEqual([]);
    expect(foreignWords(vocabulary, ask('mon fils Lucas au cfa ?'))).toEqual([]);
    expect(foreignWords(vocabulary, ask('ma soeur au cfa ?'))).toEqual([]);
  });

  it('a typo is measured against words of the same first letter ("bourse" is not "course")', () => {
    const withCourse = faqVocabularyOf([...entries, { id: 'course', texts: ['La course au CFA'] }]);
    expect(foreignWords(withCourse, ask('ma bourse au cfa ?'))).toEqual(['bours']);
  });

  it('the words read as a trade allow one more typo', () => {
    expect(foreignWords(vocabulary, ask('prothesiste dentere au cfa ?'), new Set(), ['prothesiste', 'dentaire'])).toEqual([]);
  });
});
