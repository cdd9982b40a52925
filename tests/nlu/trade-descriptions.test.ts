import { describe, expect, it } from 'vitest';
import { createRecognizer } from '../../src/nlu/understand.js';
import { sharedKnowledge } from '../helpers/knowledge.js';

const recognizer = createRecognizer();
const options = { maxChars: 2000, today: '2026-11-27' };
const tradeOf = async (text: string): Promise<string | undefined> => recognizer.understand(text, (await sharedKnowledge()).current, options).trade?.trade.code;

/**
 * Trades told by what one does, or misspelt, as people write them; each with the ROME 4.0 code an adviser would pick.
 * Written by the team (not taken from any evaluation set).
 */
const DESCRIBED: ReadonlyArray<[string, string]> = [
  ['jaimerais faire des bouquets', 'D1209'],
  ['composer des bouquets de fleurs', 'D1209'],
  ['mon truc c reparer des toits', 'F1619'],
  ['poser des tuiles sur les maisons', 'F1619'],
  ['je veux couper les cheveux', 'D1202'],
  ['elle aimerait coiffer', 'D1202'],
  ["m'occuper des chevaux", 'A1421'],
  ['travailler avec les chevaux ça me plairait', 'A1421'],
  ['je sais souder', 'H2913'],
  ['le soudage', 'H2913'],
  ['faire du pain le matin', 'D1102'],
  ['faire des gateaux', 'D1104'],
  ['faire à manger pour les gens', 'G1609'],
  ['conduire des camions', 'N4101'],
  ["conducteur d'engins", 'F1302'],
  ['conduire une pelleteuse sur les chantiers', 'F1302'],
  ['peindre des murs', 'F1606'],
  ['installer des prises electriques', 'F1602'],
  ['fabriquer des meubles', 'H2206'],
  ['vendre des vêtements en boutique', 'D1214'],
  ['soigner les animaux', 'A1501'],
  // Misspellings: a missing or doubled consonant, a phonetic ending.
  ['carossier', 'I1606'],
  ['carosserie', 'I1606'],
  ['boulangé', 'D1102'],
  ['boulanjer', 'D1102'],
  ['macon', 'F1703'],
  ['plombié', 'F1603'],
  ['electricien 14000', 'F1602'],
  ['coifeuse', 'D1202'],
  ['patisier', 'D1104'],
  ['patissiere', 'D1104'],
  ['patisiere', 'D1104'],
  ['boulangere', 'D1102'],
  ['coiffeuse', 'D1202'],
  // Everyday names and shortened forms.
  ['aide-soignante c quoi la formation', 'J1501'],
  ['la méca sur les voitures', 'I1604'],
  ['je veux faire de la meca auto', 'I1604'],
  ['bosser dans une fleuristerie', 'D1209'],
  ['une boutique de fleurs', 'D1209'],
  ['le gros oeuvre', 'F1703'],
  ['monter des murs', 'F1703'],
  ['devenir asv chez un véto', 'A1501'],
  ['soigner des chiens à la clinique', 'A1501'],
];

/** Common words that share one word with a long job title, and are no trade. */
const NO_TRADE: readonly string[] = [
  "c'est légal ?",
  'c est legal de bosser le dimanche',
  'on est sur Fécamp, il y a des lieux ?',
  'elle travaille au Havre',
  'faire du sport',
  'la production',
  "j'ai besoin d'aide",
  'une aide pour le permis',
  'mon patron me donne 900 € net',
];

describe('trades told by what one does, or misspelt', () => {
  it.each(DESCRIBED)('"%s" → %s', async (text, code) => {
    expect(await tradeOf(text)).toBe(code);
  });
  it.each(NO_TRADE)('"%s" names no trade', async (text) => {
    expect(await tradeOf(text)).toBeUndefined();
  });
});

/**
 * A story around the trade wished for: the job held now, a town, an age. The trade after "devenir" or a wish to be
 * or do is the one asked about (before, none of these named a trade: the story diluted the match).
 */
const WISHED_IN_A_STORY: ReadonlyArray<[string, string]> = [
  ["Bonjour, j'ai 38 ans, je travaille dans un entrepôt à Rouen et j'aimerais devenir boulanger. Est-ce encore possible ?", 'D1102'],
  ['je travaille comme cariste et je voudrais devenir menuisier', 'H2206'],
  ['je suis vendeuse depuis 3 ans et je voudrais devenir aide-soignante', 'J1501'],
  ['je bosse en usine a evreux, je voudrais devenir electricien', 'F1602'],
  ['mon fils travaille au mcdo mais il aimerait etre mecanicien auto', 'I1604'],
];

describe('the trade wished for in a story', () => {
  it.each(WISHED_IN_A_STORY)('"%s" → %s', async (text, code) => {
    expect(await tradeOf(text)).toBe(code);
  });
  it('reads no trade from a wish that names none', async () => {
    expect(await tradeOf('je voudrais être payé combien')).toBeUndefined();
    expect(await tradeOf('je veux faire un apprentissage mais je sais pas dans quoi')).toBeUndefined();
  });
});

/**
 * A word of everyday French that no trade title writes is read as typed, never as a title one typo away ("mieux" is
 * not "mineur", the rock extractor's alias; "pareil" is not "parieur"); a misspelt trade still is ("plombié").
 */
describe('everyday words are not misspelt titles', () => {
  it.each([["le diplôme le mieux c'est lequel ?"], ["c'est mieux en cap ou en bac pro ?"], ['le mieux pour moi ce serait quoi'], ['vers qui je peux me tourner ?'], ['on peut se tourner vers qui ?']])('"%s" names no trade', async (text) => {
    expect(await tradeOf(text)).toBeUndefined();
  });

  it.each([
    ['je veux etre plombié', 'F1603'],
    ['carossier ça me plait', 'I1606'],
    ['je veux devenir tourneur', 'H2903'],
  ])('"%s" still reads its misspelt trade', async (text, code) => {
    expect(await tradeOf(text)).toBe(code);
  });
});

/**
 * Round 15: a misspelt trade named first, then a question ("carossier, je commence par quoi ?"): the question's words
 * no longer dilute the title's match; a first word that is no trade still names none.
 */
describe('a misspelt trade named before a question', () => {
  it.each([
    ['carossier, je commence par quoi ?', 'I1606'],
    ['plombié c quoi la 1ere etape', 'F1603'],
    ['menuisié, par quoi je dois commencer ?', 'H2206'],
    ['esthéticiene, il faut quel diplôme ?', 'D1208'],
  ])('"%s" → %s', async (text, code) => {
    expect(await tradeOf(text)).toBe(code);
  });
  it.each([['bonjour je voudrais des infos'], ['salut, je commence par quoi ?'], ['le salaire c combien ?']])('"%s" names no trade', async (text) => {
    expect(await tradeOf(text)).toBeUndefined();
  });
});

/** Round 15: work told with everyday words names the familiar trade; the plain repair of cars stays the mechanic's. */
describe('everyday words of the gardens and of dented cars', () => {
  it.each([
    ['je veux bosser dehors dans les jardins', 'A1208'],
    ["m'occuper des jardins des gens", 'A1208'],
    ['réparer les voitures cabossées', 'I1606'],
    ['redresser la tole des voitures accidentées', 'I1606'],
    ['jveux reparer la carrosserie', 'I1606'],
    ['je veux réparer les voitures', 'I1604'],
  ])('"%s" → %s', async (text, code) => {
    expect(await tradeOf(text)).toBe(code);
  });
});
