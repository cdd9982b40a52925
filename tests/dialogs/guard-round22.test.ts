import { describe, expect, it } from 'vitest';
import { lastReplyOf } from './harness.js';

const GUARD = /Mes sources ne couvrent pas ce point précis/;

/**
 * Round 22 (blind set 21's kinds, own phrasings): first messages the knowledge answers got the honest guard ("Mes
 * sources ne couvrent pas ce point précis…"), because words that say how or for whom the question is asked were read
 * as a subject no entry writes: a letter's formulas ("je me permets", "agréer", "salutations distinguées"), a pronoun
 * standing for the platform named ("s'inscrire dessus"), not understanding ("je comprends rien à…"), "en gros". And a
 * diploma being finished, or an RQTH held, were read as another question than theirs.
 */
describe('round 22: the guard is not said to first messages the knowledge answers', () => {
  it.each([
    ["parcoursup c koi, faut s'inscrire dessus pour le cfa ?"],
    ["c'est quoi parcoursup ? je dois m'inscrire dessus pour faire un BTS en alternance ?"],
  ])('a platform named, "do I register on it?": the Parcoursup entry — "%s"', async (message) => {
    const { text } = await lastReplyOf([message]);
    expect(text).not.toMatch(GUARD);
    expect(text).toMatch(/Parcoursup/);
    expect(text).toMatch(/contrat signé/);
  });

  it.each([
    ["Affelnet c'est quoi, mon fils doit s'inscrire dessus pour le CFA ?"],
    ['affelnet c koi, faut passer par la pour un cap en apprentissage ?'],
  ])('Affelnet: its entry — "%s"', async (message) => {
    const { text } = await lastReplyOf([message]);
    expect(text).not.toMatch(GUARD);
    expect(text).toMatch(/Affelnet/);
  });

  it.each([
    ["je comprends rien à l'apprentissage"],
    ["jcomprend r1 a l'alternance"],
    ["c'est quoi le principe de l'alternance en gros ?"],
    ["l'apprentissage en gros c'est quoi ?"],
  ])('not understanding apprenticeship, or its principle "en gros": its definition — "%s"', async (message) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(text).not.toMatch(GUARD);
    expect(rule).toBe('term-defined');
    expect(text).toMatch(/L'apprentissage, c'est apprendre un métier en alternance/);
  });

  it.each([
    ["Madame, Monsieur, je me permets de vous contacter afin d'obtenir des informations sur l'apprentissage pour mon neveu qui a 16 ans. Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées."],
    ["Bonjour Madame, Monsieur. Ma nièce souhaiterait s'orienter vers l'alternance et je souhaiterais savoir comment cela fonctionne. Je vous remercie par avance. Cordialement, M. Dupont"],
    ["bonjour, je souhaiterais des renseignements sur l'apprentissage pour mon fils"],
  ])('a letter asking for information on apprenticeship: its presentation, with vous — "%s"', async (message) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(text).not.toMatch(GUARD);
    expect(rule).toBe('apprenticeship-explained');
    expect(text).toMatch(/L'apprentissage est une formation en alternance/);
  });

  it('"je voudrais des informations sur l\'apprentissage" (tu): the presentation, and "informations" is no computing interest', async () => {
    const { text, rule } = await lastReplyOf(["je voudrais des informations sur l'apprentissage"]);
    expect(rule).toBe('apprenticeship-explained');
    expect(text).toMatch(/L'apprentissage, c'est apprendre un métier/);
    expect(text).not.toMatch(/informatique/i);
  });

  it.each([
    ['mon fils a une RQTH, il peut faire un apprentissage ?'],
    ["ma fille est reconnue travailleur handicapé, l'apprentissage c'est possible pour elle ?"],
    ["Notre fils est en situation de handicap, l'apprentissage lui est-il accessible ?"],
  ])('an RQTH held, is apprenticeship open: the entry on apprenticeship with a disability — "%s"', async (message) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(rule).toBe('disability-apprenticeship-open');
    expect(text).toMatch(/contrat d'apprentissage aménagé/);
  });

  it('how to obtain an RQTH stays that entry', async () => {
    const { text } = await lastReplyOf(['comment obtenir une RQTH pour mon fils ?']);
    expect(text).toMatch(/MDPH/);
  });

  it.each([
    ['je finis mon bac pro maintenance des véhicules, je veux continuer en alternance', /Après un bac pro/],
    ['en terminale bac pro commerce, et après en apprentissage ?', /Après un bac pro/],
    ['mon fils passe son CAP électricien cette année, il peut poursuivre en alternance ?', /Après un CAP/],
    ['je suis en 2e année de CAP boulanger, et ensuite ?', /Après un CAP/],
  ])('a diploma being finished and what follows: that diploma\'s next steps — "%s"', async (message, expected) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(rule).toBe('next-after-diploma-finishing');
    expect(text).toMatch(expected);
  });

  it('a bac pro wished (not being finished) keeps its course search', async () => {
    const { rule } = await lastReplyOf(['je veux faire un bac pro commerce']);
    expect(rule).not.toBe('next-after-diploma-finishing');
  });

  it.each([
    ["j'ai droit à des jours de congé pour mon mariage ?"],
  ])('a subject no source covers keeps the guard — "%s"', async (message) => {
    const { text } = await lastReplyOf([message]);
    expect(text).toMatch(GUARD);
  });

  it('information on a precise subject is that subject (the pay), not the presentation', async () => {
    const { rule, text } = await lastReplyOf(["je voudrais des infos sur le salaire en apprentissage"]);
    expect(rule).not.toBe('apprenticeship-explained');
    expect(text).toMatch(/SMIC/);
  });

  it.each([
    [["j'aime la cuisine", 'et pâtissier ça se prépare comment ?'], /Pâtissier \/ Pâtissière/],
    [['je kiffe les animaux', 'et toiletteur on l\'apprend comment ?'], /Toiletteur \/ Toiletteuse/],
    [['et boucher c quel diplome ?'], /Boucher \/ Bouchère/],
  ])('a trade named after a field, its training asked: that trade\'s card, not the guard — %j', async (messages, expected) => {
    const { text } = await lastReplyOf(messages);
    expect(text).not.toMatch(GUARD);
    expect(text).toMatch(expected);
    expect(text).toMatch(/diplômes qui y mènent/);
  });

  it('a field only as the setting of another question keeps the guard', async () => {
    const { text } = await lastReplyOf(['je peux venir avec mon chien au CFA ?']);
    expect(text).toMatch(GUARD);
  });

  it.each([
    ['bosser avec les animaux, genre auxiliaire de véto, quel diplôme ?'],
    ["ma fille adore les animaux, elle voudrait être assistante de véto, quelle formation en alternance ?"],
    ['auxiliaire de veto ça se prépare comment ?'],
  ])('the vet\'s assistant in everyday words, beside its field: that trade\'s card — "%s"', async (message) => {
    const { text } = await lastReplyOf([message]);
    expect(text).not.toMatch(GUARD);
    expect(text).toMatch(/Auxiliaire vétérinaire/);
  });

  it('the field alone with its training asked keeps the field\'s trades', async () => {
    const { rule } = await lastReplyOf(["les animaux c'est mon truc, quel diplôme en alternance ?"]);
    expect(rule).toBe('field-training-asked');
  });

  it.each([
    ["j'hésite entre la coiffure et l'esthétique, ça se prépare avec quels diplômes ?", /coiffure, esthétique/],
    ["jhesite entre la coiffure et l'esthetique, ca se prepare avec quel diplome ?", /coiffure, esthétique/],
    ['mon fils hésite entre la mécanique et la carrosserie, quels diplômes ?', /mécanique, véhicules/],
  ])('hesitating between two trades or fields, their diplomas asked: the field\'s trades with their diplomas — "%s"', async (message, field) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(text).not.toMatch(GUARD);
    expect(rule).toBe('field-training-asked');
    expect(text).toMatch(field);
  });

  it('hesitating between two diplomas stays their comparison', async () => {
    const { rule } = await lastReplyOf(["j'hésite entre le CAP et le bac pro"]);
    expect(rule).toBe('paths-compared');
  });
});
