import { describe, expect, it } from 'vitest';
import { aspectAsked } from '../../src/nlu/aspect.js';
import { normalize } from '../../src/text/normalize.js';
import { searchToldFailing } from '../../dialogs/support/search-failing.js';
import { lastReplyOf } from './harness.js';

const play = (...messages: string[]): Promise<{ text: string; rule: string | undefined }> => lastReplyOf(messages);
const NOT_COVERED = /ne couvre pas cette question|Je ne peux répondre qu'aux questions/;
const REFUSAL = /Je ne peux répondre qu'aux questions sur l'apprentissage/;

/**
 * Round 32 (review 22, issue 11, E2): "jusqu'à quand peut-on signer pour en bénéficier ?" after the hiring aid asks the
 * last day of its window (the dates its record holds), not a length it does not state (aspect.ts DEADLINE).
 */
describe("a window's last date asked after an aid", () => {
  const AID = "l'aide à l'embauche d'un apprenti c'est combien pour une entreprise de 400 salariés ?";
  it.each([
    "jusqu'à quand peut-on signer ?",
    "c'est valable jusqu'à quand ?",
    "jusqu'a quand on peut en profiter ?",
    "on peut signer jusqu'à quand ?",
    "jusqu'à quand est-ce possible ?",
    "jusqu'à quand peut-on en bénéficier ?",
    "on peut en bénéficier jusqu'à quand ?",
    "Jusqu'à quand peut-on signer pour en bénéficier ?",
  ])('"%s": its dates', async (message) => {
    const { text } = await play(AID, message);
    expect(text).toMatch(/31 décembre 2026/);
    expect(text).not.toMatch(NOT_COVERED);
  }, 120_000);

  // Near misses: how long it is paid or lasts once obtained stays a length.
  it.each(["jusqu'à quand je la touche ?", "elle dure jusqu'à quand ?", "pendant combien de temps ?", "ça dure combien ?"])('"%s" is a length', (message) => {
    expect(aspectAsked(normalize(message))).toBe('duration');
  });
});

/**
 * Round 32 (review 22, E4): a message naming a thing of apprenticeship (a term the FAQ defines, an everyday word of the
 * field) read as out of scope gets its entry or the fallback's choices, never the refusal (field-over-out-of-scope.ts).
 */
describe('the off-topic refusal never fires on a thing of apprenticeship', () => {
  it.each([
    'Quel est mon OPCO ?',
    'quel est mon cerfa ?',
    'mon opco ?',
    'quel est mon contrat ?',
    'Quel est mon maître d apprentissage ?',
    'quelle est mon opco svp',
    'c est lequel mon opco ?',
    'quel est le numéro de mon OPCO ?',
  ])('"%s": not refused', async (message) => {
    const { text } = await play(message);
    expect(text).not.toMatch(REFUSAL);
  }, 120_000);

  it('"Quel est mon OPCO ?" is answered by the OPCO entry', async () => {
    const { text } = await play('Quel est mon OPCO ?');
    expect(text).toMatch(/OPCO \(opérateur de compétences\)/);
  }, 120_000);

  // Near misses: nothing of ours named, still refused.
  it.each(['et la météo demain ?', 'tu connais un bon resto à Caen ?', 'qui a gagné le match hier ?', 'quel est le meilleur film du moment ?'])('"%s": refused', async (message) => {
    const { text } = await play(message);
    expect(text).toMatch(REFUSAL);
  }, 120_000);
});

/**
 * Round 32 (review 22, J7): after the rupture card, the next thing of that story (staying at the CFA) is the entry the
 * card links to, read among the follow-up's first readings (own-reading.ts, decide.ts).
 */
describe('after a rupture, staying at the CFA', () => {
  const RUPT = 'mon patron ma viré au bout de 3 semaines sans raison il a le droit ??';
  it.each([
    'je vais perdre ma place au cfa ?',
    'je peux rester au cfa ?',
    'je garde ma place en formation ?',
    'est ce que je peux finir ma formation ?',
    'je continue les cours ?',
    'je perds ma place au CFA du coup ?',
    'le cfa va me virer aussi ?',
    'je dois arrêter le cfa ?',
  ])('"%s": up to 6 months at the CFA', async (message) => {
    const { text } = await play(RUPT, message);
    expect(text).toMatch(/6 mois/);
    expect(text).not.toMatch(NOT_COVERED);
  }, 120_000);

  // Near miss: a truly off-topic follow-up keeps its honest answer.
  it('"et la météo demain ?" is not answered with the CFA', async () => {
    const { text } = await play(RUPT, 'et la météo demain ?');
    expect(text).not.toMatch(/6 mois/);
    expect(text).toMatch(/0800 050 000/);
  }, 120_000);
});

/**
 * Round 32 (review 22, E6): after the Agefiph aid, a longer contract asked is the entry on the longer training with an
 * RQTH, which holds all its words (own-reading.ts, read alone).
 */
describe('a longer contract with an RQTH', () => {
  const RQTH = 'Bonjour, je voudrais embaucher un apprenti reconnu travailleur handicapé. Quelles aides existent ?';
  const AGEFIPH = "L'aide de l'Agefiph se cumule-t-elle avec celle de l'État ?";
  it.each([
    'Et la durée du contrat peut-elle être allongée ?',
    'on peut prolonger la formation ?',
    "la formation peut être rallongée d'un an ?",
    'le contrat peut aller jusqu a 4 ans ?',
    'le contrat peut-il être allongé ?',
    'la formation peut-elle être plus longue ?',
    'on peut allonger son contrat ?',
    'la durée de la formation peut être allongée ?',
  ])('"%s": one more year, 4 years at most', async (message) => {
    const { text } = await play(RQTH, AGEFIPH, message);
    expect(text).toMatch(/allongée d'un an|4 ans/);
    expect(text).not.toMatch(NOT_COVERED);
  }, 180_000);
});

/**
 * Round 32 (review 22, J6): telling someone discreetly of a problem at work is the complaint kind: the labour
 * inspectorate's entry, which names the CFA and the mediator (where-to-complain.ts).
 */
describe('telling someone discreetly of a problem at work', () => {
  const NIGHT = 'jsui apprentie en boulangerie jai 17 ans et il me fait commencer a 4h du mat il a le droit ?';
  it.each([
    'jpeux en parler a qui sans que ca se sache',
    'je peux en parler à qui sans que mon patron le sache ?',
    'à qui je peux en parler discrètement ?',
    "j'aimerais en parler à quelqu'un, à qui ?",
    'je voudrais en discuter avec quelqu un, qui ?',
    'je peux le dire à qui anonymement ?',
    'qui je peux prévenir de façon confidentielle ?',
    'je peux en parler à qui sans que ça se sache ?',
  ])('"%s": the labour inspectorate', async (message) => {
    const { text } = await play(NIGHT, message);
    expect(text).toMatch(/inspection du travail/i);
  }, 120_000);

  // Near miss: whom to talk to about one's orientation, with no work story, is the adviser.
  it('"je peux en parler à qui pour mon orientation ?": the adviser', async () => {
    const { text } = await play('je peux en parler à qui pour mon orientation ?');
    expect(text).not.toMatch(/inspection du travail/i);
    expect(text).toMatch(/0800 050 000/);
  }, 120_000);
});

/** Round 32 (review 22, J5): a search for an employer told as failing gets who helps (support/search-failing.ts). */
describe('a search for an employer told as failing', () => {
  const FIND = 'jtrouve pas de patron pour mon cap coiffure jsuis a cherbourg';
  it.each([
    'jai deja envoyé genre 30 cv personne repond',
    "j'ai envoyé plein de candidatures et aucune réponse",
    "j'ai déjà envoyé 15 candidatures, personne me répond",
    'que des refus partout',
    'envoyé des dizaines de cv, aucune réponse',
    'envoyé 50 cv sans réponse',
    "j'ai déjà envoyé mon cv partout, personne ne répond",
    'toujours aucune réponse des entreprises',
  ])('"%s": the services that help', async (message) => {
    const { text } = await play(FIND, message);
    expect(text).toMatch(/Mission|bonne alternance|CFA/i);
    expect(text).not.toMatch(NOT_COVERED);
  }, 120_000);

  // Near misses: no failure told.
  it.each(['ça marche aussi pour un BTS ?', 'personne ne peut me conseiller ?', "j'ai envoyé mon dossier au CFA", 'pas de souci merci'])('"%s" tells no failing search', (message) => {
    expect(searchToldFailing(normalize(message))).toBe(false);
  });
});
