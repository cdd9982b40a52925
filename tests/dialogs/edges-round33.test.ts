import { describe, expect, it } from 'vitest';
import { lastReplyOf } from './harness.js';

/**
 * Round 33 (issue 11, the read sets' failures answered "not covered", "pas compris" or small talk): the knowledge
 * answered, but the honest guard held against the entry a word that does not say what is asked.
 */
const NOT_COVERED = /Mes sources ne couvrent pas ce point précis|Je n'ai pas bien compris/;

/**
 * Kind 1: where the story happens (the place an apprentice works at, the employer's trade, the time spent at
 * someone's, the course followed) is its setting: an entry on conflicts, hours or what comes after a diploma answers
 * every trade alike (src/nlu/workplace.ts settingSpans).
 */
describe('the setting of a question is not held against the entry', () => {
  it.each([
    ["apprentie dans un élevage de chevaux, à qui m'adresser pour un litige ?", /médiateur/],
    ['apprenti en charcuterie, il y a un médiateur si ça se passe mal ?', /médiateur/],
    ["mon patron est plombier et ça se passe super mal, il existe un médiateur ?", /médiateur/],
    ['apprenti en carrosserie à Vire, ça se passe mal, il y a un médiateur ?', /médiateur/],
    ['Mon fils de 16 ans fait des journées de 11 heures chez un couvreur. Est-ce légal ?', /8 heures/],
    ['Ma fille de 17 ans travaille 10 heures par jour chez un traiteur. Est-ce autorisé ?', /8 heures/],
    ['je fais un CAP charcuterie, après je peux continuer en apprentissage ?', /brevet professionnel|BP/],
    ['je prépare un bac pro menuiserie, après je peux continuer en alternance ?', /BTS/],
  ])('"%s": the entry answers', async (message, expected) => {
    const { text } = await lastReplyOf([message]);
    expect(text).not.toMatch(NOT_COVERED);
    expect(text).toMatch(expected);
  });

  it.each([
    "je suis apprenti chez un garagiste, j'ai droit à une voiture de service ?",
    'apprenti dans une ferme, je peux avoir un chien de berger ?',
  ])('near miss: "%s" asks a subject no entry writes, still not covered', async (message) => {
    const { text } = await lastReplyOf([message]);
    expect(text).toMatch(/Mes sources ne couvrent pas ce point précis/);
  });

  it('near miss: a time abroad told after the course keeps its own answer', async () => {
    const { rule } = await lastReplyOf(['je fais un CAP cuisine, je peux partir en Erasmus au Japon ?']);
    expect(rule).toBe('goes-abroad');
  });
});

/**
 * Kind 2: a word of the entry's own family ("imposée" for "imposable", "transmis" for "transmet"), a conjunction
 * ("puisqu'il"), a participle of "être" ("en étant apprenti") says nothing the entry leaves out (src/nlu/faq-coverage.ts).
 */
describe("grammar and a word's other forms are not held against the entry", () => {
  it.each([
    ["en étant apprenti, j'ai droit à une carte d'étudiant ?", /étudiant des métiers/],
    ["étant apprentie, suis-je imposable sur mon salaire ?", /SMIC/],
    ["je vais être imposée sur ma paie d'apprentie ?", /SMIC/],
    ['mon salaire d\'apprentie sera imposé ?', /SMIC/],
    ["Qui doit signer le contrat, puisqu'il a 16 ans ?", /représentant légal/],
    ["qui signe mon contrat d'apprentissage, puisque je suis mineur ?", /représentant légal/],
    ["lorsqu'on est apprenti, on a une carte d'étudiant ?", /étudiant des métiers/],
    ["Le contrat une fois transmis, l'OPCO a combien de jours pour se prononcer ?", /20 jours/],
  ])('"%s": the entry answers', async (message, expected) => {
    const { text } = await lastReplyOf([message]);
    expect(text).not.toMatch(NOT_COVERED);
    expect(text).toMatch(expected);
  });
});

/**
 * Kind 3: a bare acknowledgement ("ok", a thumb) opens the subjects the bot helps with; a thanks said in vous is
 * answered with the pleasure of it, not only "je vous en prie" (messages.fr.yaml smalltalk.affirm, smalltalk.thanks).
 */
describe('acknowledgements and thanks', () => {
  it.each(['ok', '👍', 'ok super', 'mdr ok', "d'accord", 'oki', 'ça marche', 'ok cool'])('"%s" opens the subjects', async (message) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(rule).toBe('small-talk');
    expect(text).toMatch(/question/);
    expect(text).toMatch(/métier, une formation, un salaire ou une aide/);
  });

  it.each([
    'Je vous remercie pour votre réponse.',
    'Merci beaucoup pour vos explications.',
    'Bonsoir, je vous remercie de ces précisions.',
    'Parfait, je vous remercie.',
    'Merci à vous, bonne journée.',
    'Je vous remercie infiniment.',
    'Très bien, merci beaucoup, madame.',
    'Merci pour votre aide précieuse.',
  ])('"%s": thanked back with pleasure, in vous', async (message) => {
    const { text } = await lastReplyOf([message]);
    expect(text).toMatch(/plaisir/);
    expect(text).toMatch(/vous/);
    expect(text).not.toMatch(/\btu\b|\bt'/);
  });

  it('near miss: "ok" after an answer still asks for another question', async () => {
    const { text } = await lastReplyOf(["c'est quoi l'aide mobili-jeune ?", 'ok']);
    expect(text).toMatch(/autre question/);
  });
});

/**
 * Kind 4 (review 24, P4 and X2): the register follows the person. A question about an apprentice described in the
 * third person by their age, written with its capital and question mark, is an adult's (a parent's, an employer's):
 * answered in vous; so is a first message in administrative words ("comment l'obtenir ?"). Spoken or lower-case
 * writing, and a young person's own age, keep tu (src/nlu/formal-opener.ts).
 */
describe('a formally written question about an apprentice of some age is answered in vous', () => {
  it.each([
    "Combien d'heures par jour peut travailler un apprenti de 16 ans ?",
    'Un apprenti de 17 ans peut-il travailler le dimanche ?',
    "Jusqu'à quelle heure peut travailler une apprentie de 16 ans ?",
    "Quel est le salaire d'une apprentie de 19 ans en deuxième année ?",
    'Une apprentie de 17 ans a-t-elle droit à des congés en plus ?',
    "Combien touche un apprenti de 20 ans en première année ?",
    'Bonjour, comment obtenir la carte d’étudiant des métiers ?',
    "Un jeune de 16 ans peut-il signer seul son contrat d'apprentissage ?",
  ])('"%s" → vous', async (message) => {
    const { text } = await lastReplyOf([message]);
    expect(text).not.toMatch(/\b(?:tu|ton|ta|tes|toi)\b/);
  });

  it.each([
    "combien d'heures peut travailler un apprenti de 16 ans ?",
    "J'ai 16 ans, combien d'heures je peux travailler par semaine ?",
    "un apprenti de 16 ans ça peut bosser combien d'heures ?",
  ])('near miss: "%s" stays in tu', async (message) => {
    const { text } = await lastReplyOf([message]);
    expect(text).toMatch(/\btu\b/);
  });
});

/**
 * Kind 5 (review 24, E6): after an aid, or a list of aids, "which proof, to whom?" is answered by the entry that shows
 * that aid with its claim's steps (`see_aids`), which says the proof goes to the ASP; not "pas compris"
 * (dialogs/routing/in-view-entry.ts entriesShowing).
 */
describe("the claim's steps of an aid in view answer which proof, to whom", () => {
  const DISABLED = 'Nous voulons embaucher une apprentie handicapée, quelles aides existent ?';
  it.each([
    [DISABLED, 'À qui dois-je transmettre le justificatif ?'],
    [DISABLED, 'il faut fournir quel justificatif ?'],
    [DISABLED, "Le justificatif, je l'envoie à qui ?"],
    ["Quelle aide pour l'embauche d'un apprenti handicapé ?", "Et le justificatif, on l'envoie où ?"],
    ['mon apprenti est handicapé, il y a une aide pour moi employeur ?', 'quel justificatif faut-il fournir ?'],
    ['Quelles aides pour embaucher un apprenti en situation de handicap ?', 'Le justificatif est à adresser à qui ?'],
    ['quelle aide pour embaucher un apprenti dans une entreprise de 400 salariés ?', "le formulaire d'engagement, je l'envoie à qui ?"],
    ['Quelles aides pour embaucher un apprenti en situation de handicap ?', 'Un justificatif est-il demandé ?'],
  ])('"%s" then "%s": the proof goes to the ASP', async (first, follow) => {
    const { text } = await lastReplyOf([first, follow]);
    expect(text).not.toMatch(/Je n'ai pas bien compris/);
    expect(text).toMatch(/justificatif/);
    expect(text).toMatch(/ASP|Agence de services et de paiement/);
  });

  it('near miss: a document no entry writes after the aids stays unanswered', async () => {
    const { text } = await lastReplyOf([DISABLED, 'faut-il une attestation de vaccination ?']);
    expect(text).toMatch(/Mes sources ne couvrent pas ce point précis/);
  });
});
