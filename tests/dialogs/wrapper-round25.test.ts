import { describe, expect, it } from 'vitest';
import { lastReplyOf } from './harness.js';

const LINE = /0800 050 000/;
const SMALL_TALK_REPLY = /Que (?:souhaitez-vous|veux-tu) savoir\s*\?/i;
const FIRST = 'combien gagne un apprenti de 18 ans ?';

/**
 * Round 25 (wrapper). 1. The question inside its wrapper (wrapper.ts): a greeting, a hedge, an apology, a correction,
 * a formula of asking before a question leave the question to be answered, in any order and any spelling.
 */
describe('a question inside its wrapper is answered', () => {
  it.each([
    ['coucou ça va ? question bête mais un apprenti gagne combien à 17 ans', /17 ans|1re année/],
    ["bonjour, dsl de vous déranger, c'est quoi la période d'essai en apprentissage ?", /période d'essai/i],
    ["au fait, je voulais savoir combien de congés payés a un apprenti", /congés/i],
    ['slt, ma question c est : cmb gagne un apprenti de 19 ans ?', /19 ans|1re année/],
    ["bonsoir, excusez-moi de poser la question mais quelle est la durée d'un contrat d'apprentissage ?", /durée|dure/i],
    ["Bonjour madame, j'aimerais savoir combien dure la période d'essai svp", /période d'essai/i],
    ["ok merci. sinon pouvez-vous me dire combien de congés a un apprenti", /congés/i],
    ["salut, je sais pas si je suis au bon endroit mais c koi le smic ?", /SMIC/],
  ])('"%s"', async (message, answer) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(rule).not.toBe('small-talk');
    expect(text).not.toMatch(SMALL_TALK_REPLY);
    expect(text).toMatch(answer);
  });
});

/** 2a. A complaint about the answer: an apology, an invitation to rephrase, the free line and a callback. */
describe('a complaint about the answer', () => {
  it.each([
    "c'est nul ta réponse",
    'ta réponse est vraiment nulle',
    'réponds mieux stp',
    'ça répond pas à ma question',
    "t'as rien compris",
    'vous ne répondez pas du tout à ma question',
    "c'est pas ce que j'ai demandé",
    "ça m'aide pas du tout",
    'mauvaise réponse',
    "tu racontes n'importe quoi",
  ])('after an answer: "%s"', async (complaint) => {
    // the complaint rule, or the classifier's sure insult: the same reply
    const { text, rule } = await lastReplyOf([FIRST, complaint]);
    expect(['complaint', 'small-talk']).toContain(rule);
    expect(text).toMatch(/Désolé/);
    expect(text).toMatch(/reformuler/);
    expect(text).toMatch(LINE);
    expect(text).toMatch(/rappeler/);
  });

  it.each([
    // near misses: not about the answer
    ["je peux faire n'importe quoi comme métier en apprentissage ?", 'complaint'],
    ["c'est nul de gagner si peu à 16 ans ? ça dépend de l'année ?", 'complaint'],
  ])('"%s" is no complaint', async (message, rule) => {
    const { rule: got } = await lastReplyOf([message]);
    expect(got).not.toBe(rule);
  });
});

/** 2b. Saying one is done is a goodbye: the goodbye's wording, after the thanks when thanks are said. */
describe('a closing without goodbye words', () => {
  it.each([
    'ce sera tout',
    "c'est bon j'ai ce qu'il me faut",
    "rien d'autre merci",
    "j'ai eu ma réponse, merci",
    "ok c'est tout pour moi",
    "je n'ai plus de question",
    'ça ira merci',
    "pas d'autre question, merci bcp",
    'super, je vais vous laisser',
  ])('after an answer: "%s"', async (closing) => {
    // the closing rule, or the classifier's sure goodbye: the same reply
    const { text, rule } = await lastReplyOf([FIRST, closing]);
    expect(['closing', 'small-talk']).toContain(rule);
    expect(text).toMatch(/Au revoir|bonne (?:journée|continuation)/);
  });

  it.each([
    // near misses: a question follows, or the "tout" is asked
    "c'est tout ? il n'y a pas d'aide en plus ?",
    "rien d'autre ? et pour le permis il y a une aide ?",
  ])('"%s" is no goodbye', async (message) => {
    const { rule } = await lastReplyOf([FIRST, message]);
    expect(rule).not.toBe('closing');
  });
});

/** 3. A question inside the callback form: answered, and the step asked again. */
describe('a request for the number inside the callback form', () => {
  const NUMBER = /Le numéro(?:, c'est| est) le 0800 050 000/;
  it.each([
    'donne moi le numéro',
    'redonne-moi le num stp',
    'je veux le numéro',
    "c'est quoi le numéro déjà ?",
    'c koi le num deja',
    'tu peux me redonner le téléphone',
    'dites-moi le numéro svp',
    'le numéro svp',
  ])('at the first-name step: "%s"', async (request) => {
    const { text } = await lastReplyOf(['je veux être rappelé', request]);
    expect(text).toMatch(NUMBER);
    expect(text).toMatch(/prénom/);
  });

  it.each(['donne moi le numéro', 'vous pouvez me redire le numéro ?'])('at the phone step: "%s"', async (request) => {
    const { text } = await lastReplyOf(['je veux être rappelé', 'Julie', request]);
    expect(text).toMatch(NUMBER);
    expect(text).toMatch(/numéro de téléphone/);
  });

  it.each(['redonne moi le numéro', "c'est quoi le num déjà"])('at the consent step: "%s"', async (request) => {
    const { text } = await lastReplyOf(['je veux être rappelé', 'Julie', '0612345678', 'le matin', request]);
    expect(text).toMatch(NUMBER);
    expect(text).toMatch(/acceptes-tu/);
  });

  it('at the question of sharing the summary: the number, then the question again', async () => {
    const { text } = await lastReplyOf(['je veux parler à un conseiller', 'ok donne moi le numéro']);
    expect(text).toMatch(NUMBER);
    expect(text).toMatch(/résumé/);
  });

  it('a first name is still a first name', async () => {
    const { text } = await lastReplyOf(['je veux être rappelé', 'Julie']);
    expect(text).toMatch(/Merci Julie/);
  });
});

/** 4. The pay the person says they earn is one fact (own-pay.ts): compared with the minimum, with or without "€". */
describe('one own-pay fact: the pay told is compared with the minimum', () => {
  it.each([
    ["j'ai 18 ans, 1re année, on me paie 500 par mois c normal ?", /500 €/],
    ['18 ans 1ere annee mon patron me verse 600 euros', /600 €/],
    ["j'ai 18 ans et je suis en première année, je gagne 700 € brut, c'est légal ?", /700 €/],
    ['ma fille a 18 ans, en 1re année, elle touche 650 euros par mois, c normal ?', /650 €/],
    ['mon salaire est de 550 € et j ai 18 ans en 1re annee', /550 €/],
    ["j'ai 18 ans en 1re année et mon employeur me donne 450 par mois", /450 €/],
    ['jsuis en 1ere annee, 18 ans, on me verse 720€ c bon ?', /720 €/],
    ["J'ai 18 ans, je suis en 1re année et je touche 690 euros bruts, est-ce normal ?", /690 €/],
  ])('"%s"', async (message, figure) => {
    const { text } = await lastReplyOf([message]);
    expect(text).toMatch(/802,82 €/);
    expect(text).toMatch(figure);
    expect(text).toMatch(/sous ce minimum/);
  });

  it.each([
    "j'ai 19 ans en 2e année et je touche 9 euros de l'heure c'est normal ?",
    "19 ans 2e annee on me paie 8 € de l'heure",
  ])('an hourly figure is not compared with the monthly minimum: "%s"', async (message) => {
    const { text } = await lastReplyOf([message]);
    expect(text).toMatch(/952,18 €/);
    expect(text).not.toMatch(/sous ce minimum|il manque/);
  });

  it('a sum of aid is no pay told', async () => {
    const { text } = await lastReplyOf(["j'ai 18 ans, je touche 500 € d'aide au permis, c'est normal ?"]);
    expect(text).not.toMatch(/sous ce minimum/);
  });
});

/** 2c. A bare "ok" on an answer: another question, with the menu. */
describe('a bare agreement after an answer', () => {
  it.each(['ok', "d'accord", 'dac', 'okk', 'ok cool', "ah d'accord", 'très bien', 'entendu'])('"%s"', async (agreement) => {
    const { text } = await lastReplyOf([FIRST, agreement]);
    expect(text).toMatch(/une autre question/i);
    expect(text).toMatch(/Salaire/);
  });

  it('in the vous register', async () => {
    const { text } = await lastReplyOf(['Pouvez-vous me dire combien gagne un apprenti de 18 ans ?', "D'accord, très bien."]);
    expect(text).toMatch(/Avez-vous une autre question/);
  });

  it('"ok" as the first message keeps its reply', async () => {
    const { text } = await lastReplyOf(['ok']);
    expect(text).not.toMatch(/autre question/);
  });
});

/** 1b. An apology for the typing ("dsl mon tel", "pardon pour les fautes") is a wrapper: the question is answered. */
describe('an apology for the typing before a question', () => {
  it.each([
    ['dsl mon tel. cmb gagne un apprenti de 17 ans', /17 ans|1re année/],
    ["pardon pour les fautes, c koi la période d'essai en apprentissage", /période d'essai/i],
    ['désolée c est le correcteur, combien de congés pour un apprenti ?', /congés/i],
    ["excusez-moi pour l'orthographe, quelle est la durée d'un contrat d'apprentissage ?", /durée|dure/i],
  ])('"%s"', async (message, answer) => {
    const { text } = await lastReplyOf([message]);
    expect(text).toMatch(answer);
    expect(text).not.toMatch(SMALL_TALK_REPLY);
  });
});
