import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/store.js';
import { createRecognizer, type Recognizer } from '../../src/nlu/understand.js';
import { sharedKnowledge } from '../helpers/knowledge.js';
import { lastReplyOf } from './harness.js';

let kb: KnowledgeBase;
let recognizer: Recognizer;
beforeAll(async () => {
  kb = (await sharedKnowledge()).current;
  recognizer = createRecognizer();
});
const understand = (text: string) => recognizer.understand(text, kb, { maxChars: 2000, today: '2026-11-27' });

/**
 * Round 20, kind 1: a common noun after its article is also the name of a commune outside Normandy (L'Hôpital in the
 * Moselle, La Crèche in the Deux-Sèvres, La Garde in the Var, Le Port in La Réunion, La Couture, La Machine…). After
 * "à" in lower case it is the workplace, not the town; with its capital it is the town.
 */
const WORKPLACES_NOT_TOWNS: readonly string[] = [
  "un apprentissage à l'hôpital ou dans une mairie ?",
  "apprentissage a l'hopital c possible ?",
  "je veux travailler à l'hôpital",
  "mon fils voudrait faire son alternance à l'hôpital, vous savez si ça recrute ?",
  'je veux faire mon CAP petite enfance en apprentissage à la crèche',
  "ma fille est apprentie à la crèche, elle a droit à des congés ?",
  'on peut bosser à la garde côtière en apprenti ?',
  'il travaille à la machine toute la journée',
  "j'aimerais un apprentissage à la montagne",
  'je fais mon apprentissage près de la couture de ma tante',
  'cap cuisine vers le port',
];

const TOWNS_STILL_OUTSIDE: ReadonlyArray<[string, string]> = [
  ["j'habite à L'Hôpital, en Moselle", "L'Hôpital"],
  ['on habite à La Garde, dans le Var', 'La Garde'],
  ['je vais habiter à La Couture', 'La Couture'],
  ['je cherche un CAP cuisine à Rennes', 'Rennes'],
  ['je suis au Mans ou plutôt Le Mans', 'Le Mans'],
  ['le mans', 'Le Mans'],
  ['apprentissage a paris', 'Paris'],
  ['je vis a tours', 'Tours'],
];

describe('round 20: a workplace noun with its article is not a town outside Normandy', () => {
  it.each(WORKPLACES_NOT_TOWNS.map((t) => [t]))('"%s" names no town', (text) => {
    expect(understand(text).outside).toBeUndefined();
  });

  it.each(TOWNS_STILL_OUTSIDE)('"%s" is still %s, outside Normandy', (text, town) => {
    expect(understand(text).outside).toMatchObject({ town });
  });

  it('"à Caen" is still Caen, in Normandy', () => {
    const u = understand('un CAP cuisine à Caen');
    expect(u.outside).toBeUndefined();
    expect(u.commune?.commune.name).toBe('Caen');
  });

  // A wish to work at the hospital is the health trades, like "travailler dans la santé" (the work-wish cue takes "à").
  it.each([["je veux travailler à l'hôpital"], ["j'aimerais bosser a l'hopital"], ['je voudrais travailler à la crèche']])('"%s" is a work wish in a field', async (message) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(rule).toBe('work-wish');
    expect(text).toMatch(/aide-soignant|auxiliaire de puériculture|petite enfance/);
  });

  it('"je veux travailler à Paris dans la coiffure" is still a town outside Normandy', async () => {
    const { text } = await lastReplyOf(['je veux travailler à Paris dans la coiffure']);
    expect(text).toMatch(/Paris/);
  });

  it.each([["un apprentissage à l'hôpital ou dans une mairie ?"], ["Vous pensez qu'on peut faire un apprentissage à l'hôpital ?"], ['je veux travailler à l\'hôpital']])(
    '"%s" never answers that the town is outside Normandy',
    async (message) => {
      const { text } = await lastReplyOf([message]);
      expect(text).not.toMatch(/n'est pas en Normandie/);
    },
  );
});

/**
 * Kind 2: "qui peut être maître d'apprentissage dans ma boîte ?" got the entry on the maître leaving (it shares "la
 * boîte"); who may hold the role is its conditions: adult, competent, volunteer, or the employer.
 */
describe("round 20: who may be the maître d'apprentissage", () => {
  it.each([
    ["Qui peut être maître d'apprentissage dans ma boîte ?"],
    ["qui peut etre maitre d'apprentissage dans mon entreprise"],
    ["dans notre entreprise, qui peut devenir tuteur de l'apprenti ?"],
    ["je peux être le maître d'apprentissage de mon apprenti dans ma boite ?"],
    ['qui peut etre tutrice ds notre societe ?'],
  ])('"%s" gets the role and its conditions', async (message) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(text).toMatch(/majeur et volontaire/);
    expect(text).not.toMatch(/Le départ du maître d'apprentissage/);
    expect(rule).toBe('term-named');
  });

  it.each([
    ["mon maitre d'apprentissage est parti de la boite"],
    ["le tuteur de mon apprenti s'en va, qui peut être le nouveau maître d'apprentissage ?"],
  ])('"%s" keeps the entry on the maître leaving', async (message) => {
    const { text } = await lastReplyOf([message]);
    expect(text).toMatch(/Le départ du maître d'apprentissage/);
  });
});

/**
 * Kind 3: after the trial period ("les 45 premiers jours"), a time told past that bound asks what comes after it: how
 * a contract is broken then; a time inside it keeps the trial period.
 */
describe('round 20: a duration past the trial period', () => {
  const TRIAL = "c'est quoi la période d'essai en apprentissage ?";
  it.each([
    [[TRIAL, "et s'il était là depuis 2 mois ?"]],
    [[TRIAL, 'et après 3 mois ?']],
    [[TRIAL, 'et au bout de 50 jours ?']],
    [["Notre apprenti peut-il partir pendant la période d'essai ?", 'et si ça fait deux mois et demi ?']],
    [["periode d'essai apprenti c combien de jours", 'et apres 7 semaines']],
  ])('%j gets the rupture after it', async (messages) => {
    const { text, rule } = await lastReplyOf(messages);
    expect(rule).toBe('after-last-answer');
    expect(text).toMatch(/commun accord|accord écrit/);
    expect(text).toMatch(/Rompre un contrat d'apprentissage|La rupture du contrat par l'employeur/);
  });

  // 6 weeks are 42 days, a month and a half 45: still inside the trial period.
  it.each([['et au bout de 3 semaines ?'], ['et apres 6 semaines'], ['et si ça fait un mois et demi ?']])('"%s" inside the 45 days keeps the trial period', async (message) => {
    const { text, rule } = await lastReplyOf([TRIAL, message]);
    expect(rule).not.toBe('after-last-answer');
    expect(text).not.toMatch(/Rompre un contrat d'apprentissage|La rupture du contrat par l'employeur/);
  });
});

/** Kind 4: counts the knowledge does not hold (apprentices enrolled, places open): said so, with the free line. */
describe('round 20: statistics are an honest "I do not know"', () => {
  it.each([
    ["combien d'apprentis sont inscrits en CAP coiffure dans le Calvados ?"],
    ['il y a combien de places au CFA ?'],
    ['cb de jeunes font un apprentissage en normandie'],
    ["Pourriez-vous me donner le nombre d'inscrits en BTS MCO à Caen ?"],
    ['combien de places il reste en CAP cuisine à Rouen ?'],
  ])('"%s"', async (message) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(rule).toBe('statistic-asked');
    expect(text).toMatch(/Je n'ai pas ces chiffres/);
    expect(text).toMatch(/0800 050 000/);
    expect(text).not.toMatch(/je trouve \d+ lieu/);
  });

  it.each([["Combien d'apprentis un maître d'apprentissage peut-il suivre ?"], ["combien d'apprentis je peux embaucher ?"], ["combien d'apprentis dans une entreprise de 10 salariés ?"]])(
    '"%s" is a rule, not a statistic',
    async (message) => {
      const { rule } = await lastReplyOf([message]);
      expect(rule).not.toBe('statistic-asked');
    },
  );
});

/** Kind 5: a pay question in English without "how much": the language note, then the French pay at that age. */
describe('round 20: the apprentice pay asked in English', () => {
  it.each([
    ['apprentice salary 18 years old first year', 18],
    ['wage apprentice 17', 17],
    ['apprentice pay 19', 19],
    ['apprentice wage at 16', 16],
    ['salary for apprentice aged 20 second year', 20],
  ])('"%s"', async (message, age) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(rule).toBe('english-pay');
    expect(text).toMatch(/I only speak French/);
    expect(text).toMatch(new RegExp(`À ${age} ans`));
  });

  it.each([['salaire apprenti 18 ans'], ['apprenti 17 ans salaire ?']])('"%s" in French stays the French pay question', async (message) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(rule).not.toBe('english-pay');
    expect(text).not.toMatch(/I only speak French/);
  });

  it('"apprentice salary 1000 euros" is no age: the note alone', async () => {
    const { text, rule } = await lastReplyOf(['apprentice salary 1000 euros']);
    expect(rule).not.toBe('english-pay');
    expect(text).toMatch(/I only speak French/);
  });
});
