import { describe, expect, it } from 'vitest';
import { lastReplyOf } from './harness.js';

const NOT_COVERED = /Mes sources ne couvrent pas ce point précis/;
const NO_EMAIL = /Je n'ai pas d'adresse e-mail/;
const EVERYONE = /ouvert à tout le monde/;

/**
 * Round 26 (guard). 1. A correction that restates a covered question without a question word ("pardon je voulais dire
 * l'âge minimum pour l'apprentissage"): the correction announces the question, as a formula of asking does, and the
 * question alone gets its entry (wrapper.ts), never "not in my sources" held to "pardon".
 */
describe('a correction that restates a covered question gets the entry', () => {
  it.each([
    ["pardon je voulais dire l'âge minimum pour l'apprentissage", /16 ans|15 ans/],
    ["dsl je voulais dire la durée d'un contrat d'apprentissage", /dur/i],
    ['non je voulais dire la période d essai en apprentissage', /période d'essai/i],
    ['oups je me suis trompée, les congés payés d un apprenti', /congés|semaines/i],
    ["euh je reformule : l'âge max pour être apprenti", /29 ans|30 ans/],
    ["excusez-moi je voulais plutôt dire l'âge minimum pour signer un contrat", /16 ans|15 ans/],
    ['ah non je voulais dire le salaire minimum d un apprenti', /SMIC/i],
    ['zut je me suis mal exprimé, la période d’essai d’un apprenti', /période d'essai/i],
  ])('"%s"', async (message, answer) => {
    const { text, rule } = await lastReplyOf(['blablabla xkcd', message]);
    expect(rule).not.toBe('faq-not-covered');
    expect(text).not.toMatch(NOT_COVERED);
    expect(text).toMatch(answer);
  });

  it('a correction of an uncovered subject stays honest', async () => {
    const { text } = await lastReplyOf(['blablabla xkcd', 'pardon je voulais dire le code wifi du cfa']);
    expect(text).toMatch(/n'ai pas cette information|ne couvrent pas/);
  });
});

/**
 * 2. A time said in a question ("l'an prochain", "dans 6 mois", "cette année") says when, not what is asked: it is
 * never held against the entry (src/nlu/when-spans.ts). A parent's hypothetical on the age rule is answered.
 */
describe('a time said is not a detail the entry leaves out', () => {
  it.each([
    ['mon fils a 14 ans, il est en 4e, peut-il entrer en apprentissage ?', "et s'il termine sa 3e l'an prochain à 15 ans ?"],
    ['ma fille a 14 ans, elle peut faire un apprentissage ?', "et si elle a fini la 3e l'année prochaine et qu'elle a 15 ans ?"],
    ['mon fils a 14 ans en 4e, il peut être apprenti ?', 'et dans un an quand il aura fini sa 3e a 15 ans ?'],
  ])('"%s" / "%s"', async (first, second) => {
    const { text, rule } = await lastReplyOf([first, second]);
    expect(rule).not.toBe('faq-not-covered');
    expect(text).toMatch(/15 ans/);
  });

  it.each([
    ["jpeux commencer mon contrat l'année prochaine en septembre ?"],
    ['je veux signer un contrat d apprentissage dans 3 mois, il y a une période d essai ?'],
  ])('"%s" is not refused for its time words', async (message) => {
    const { text } = await lastReplyOf([message]);
    expect(text).not.toMatch(NOT_COVERED);
  });

  it('a subject no entry writes is still refused with a time said', async () => {
    const { text } = await lastReplyOf(["j'ai droit à combien de jours pour mon pacs l'an prochain ?"]);
    expect(text).toMatch(NOT_COVERED);
  });
});

/**
 * 3. Who may call the free line: its record says everyone (young people, parents, employers), free. "ouvert" there is
 * not the opening hours we do not have (line-questions.ts).
 */
describe('who may call the free line: everyone, free', () => {
  it.each([
    "c'est ouvert à tout le monde ?",
    "c'est accessible à tous ?",
    "n'importe qui peut appeler ?",
    "c'est que pour les jeunes ?",
    'les parents aussi peuvent appeler ?',
    'c ouvert a tt le monde ?',
    'ce numéro est réservé aux apprentis ?',
    'Est-ce que tout le monde peut appeler ce numéro ?',
  ])('"%s"', async (message) => {
    const { text } = await lastReplyOf(["quel est le numéro de téléphone pour l'orientation ?", 'non merci', message]);
    expect(text).toMatch(EVERYONE);
    expect(text).toMatch(/gratuit/);
  });

  it('the hours are still not in our sources', async () => {
    const { text } = await lastReplyOf(["quel est le numéro de téléphone pour l'orientation ?", 'non merci', "c'est ouvert le samedi ?"]);
    expect(text).toMatch(/horaires/);
    expect(text).not.toMatch(EVERYONE);
  });
});

/** 4. An e-mail of the Région's service: the record has a line and no e-mail; we say so and give the line. */
describe('an e-mail of the Région service: none in our sources, the line instead', () => {
  it.each([
    "Quelle est l'adresse e-mail du service apprentissage de la Région Normandie ?",
    'vous avez un mail pour la région normandie ?',
    'c koi le mail de la region pour l apprentissage',
    'Je souhaiterais écrire par courriel au service orientation de la Région, quelle adresse ?',
    'le mail du numéro vert svp ?',
    'un email pour contacter la région ?',
    'adresse mail de la région normandie pour les aides ?',
    "j'ai besoin du mail du conseil régional pour mon apprentissage ?",
  ])('"%s"', async (message) => {
    const { text } = await lastReplyOf([message]);
    expect(text).toMatch(NO_EMAIL);
    expect(text).toMatch(/0800 050 000/);
  });

  it("an e-mail to an employer is not the Région's", async () => {
    const { text } = await lastReplyOf(['comment écrire un mail à un employeur pour un apprentissage ?']);
    expect(text).not.toMatch(NO_EMAIL);
  });
});

/**
 * 5. An aid to buy a personal device (laptop, tablet, phone): none in our sources. We say so, with the line, and give
 * the OPCO's first equipment as the closest (device-aid.ts, through the first-equipment rule).
 */
describe('an aid for a laptop, a tablet or a phone: none, the first equipment as the closest', () => {
  const NO_DEVICE_AID = /Je n'ai pas d'aide pour acheter un ordinateur/;
  it.each([
    'est-ce qu il y a une aide pour acheter un ordinateur portable pour les cours ?',
    "une aide pour m'acheter un pc pour le cfa ?",
    'ya une prime pour un ordi ?',
    'ma tablette pour la formation, elle peut être remboursée ?',
    'Existe-t-il une aide financière pour l’achat d’un ordinateur pour notre fils apprenti ?',
    'qui paie le laptop dont j ai besoin en BTS ?',
    'on peut avoir une aide pour un téléphone quand on est apprenti ?',
    'un smartphone c financé pour les apprentis ?',
  ])('"%s"', async (message) => {
    const { text } = await lastReplyOf([message]);
    expect(text).toMatch(NO_DEVICE_AID);
    expect(text).toMatch(/0800 050 000/);
    expect(text).toMatch(/premier équipement/);
  });

  it.each([
    "faut que j'achète des chaussures de sécu pour mon CAP, y a une aide ?",
    'ma mallette de couteaux pour le CFA c est remboursé ?',
  ])('training gear "%s" keeps the first equipment without the device lead', async (message) => {
    const { text } = await lastReplyOf([message]);
    expect(text).not.toMatch(NO_DEVICE_AID);
    expect(text).toMatch(/premier équipement/);
  });

  it('help by phone is not a device', async () => {
    const { text } = await lastReplyOf(['vous pouvez m aider par téléphone pour les aides ?']);
    expect(text).not.toMatch(NO_DEVICE_AID);
  });
});
