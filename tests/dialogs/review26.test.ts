import { describe, expect, it } from 'vitest';
import { lastReplyOf, startConversation } from './harness.js';

/**
 * Review 26 (2026-12-07, 30 fresh conversations, first screens, 40/60): kinds fixed over the real bot, each with
 * phrasings of our own and a near miss.
 */
const PAY = 'combien gagne un apprenti de 18 ans';

describe('the source of the last answer asked as "sourcé" or "sur quoi tu te bases"', () => {
  it.each([
    "Merci, c'est sourcé où ?",
    "c'est sourcé ?",
    'ces infos sont sourcées ?',
    'sur quoi tu te bases ?',
    'vous vous basez sur quoi ?',
  ])('%s: the source and the day it was checked', async (question) => {
    const { text } = await lastReplyOf([PAY, question]);
    expect(text).toMatch(/travail-emploi\.gouv\.fr|Ma source|ma source/);
    expect(text).not.toMatch(/ne couvrent pas ce point/);
  });

  it('near miss: "c\'est source de stress …" is not a question about the source', async () => {
    const { text } = await lastReplyOf([PAY, "c'est source de stress l'apprentissage ?"]);
    expect(text).not.toMatch(/Ma source pour cette réponse|Ces montants viennent de/);
  });
});

describe('"c\'est long le CAP ?" asks how long the diploma takes, not how far the CFA is (J1)', () => {
  it.each([
    ['c long le cap ?', /2 ans/],
    ["c'est long un bts ?", /2 ans/],
    ["c'est trop long le bac pro ?", /3 ans/],
  ])('%s', async (question, length) => {
    const { text } = await lastReplyOf([question]);
    expect(text).toMatch(length);
    expect(text).not.toMatch(/abonnement de transport|loin de chez/);
  });

  it('after a list of places for a trade, too', async () => {
    const { text } = await lastReplyOf(['je veux faire cuisinier', 'et ya des cfa vers evreux ?', 'c long le cap ?']);
    expect(text).toMatch(/2 ans/);
    expect(text).not.toMatch(/abonnement de transport/);
  });

  it('near miss: a long way to the CFA is still the trip', async () => {
    const { text } = await lastReplyOf(['mon cfa est à 50 km de chez moi, je fais comment pour y aller ?']);
    expect(text).toMatch(/trajet|transport|CFA/);
    expect(text).not.toMatch(/se prépare en général en 2 ans/);
  });
});

describe('looking for an employer in a town outside Normandy is told the bot covers Normandy (X1)', () => {
  it.each([
    ['Je cherche un apprentissage en boulangerie à Lyon', /^Lyon n'est pas en Normandie/],
    ['comment trouver un patron à Rennes ?', /^Rennes n'est pas en Normandie/],
    ['je cherche un patron dans le 69', /^Ce lieu n'est pas en Normandie/],
  ])('%s', async (message, notice) => {
    const { text } = await lastReplyOf([message]);
    expect(text).toMatch(notice);
    // The national services follow: they work there too.
    expect(text).toMatch(/La bonne alternance/);
  });

  it('near miss: a Normandy town gets the services with no notice', async () => {
    const { text } = await lastReplyOf(['comment trouver un patron à Rouen ?']);
    expect(text).not.toMatch(/pas en Normandie/);
    expect(text).toMatch(/La bonne alternance/);
  });
});

describe('a question about an aid our sources do not have, right after saying so (X2)', () => {
  it.each([
    ["C'est quoi le chèque apprenti Normandie de 1000 euros ?", 'Comment je le demande ?'],
    ["C'est quoi le chèque apprenti Normandie de 1000 euros ?", 'elle est pour qui ?'],
    ["on m'a parlé de l'aide Pass Apprenti Normand, c'est quoi ?", "c'est pour qui ?"],
  ])('%s → %s: why it cannot be answered, and the free line', async (claim, question) => {
    const { text } = await lastReplyOf([claim, question]);
    expect(text).toMatch(/n'est pas dans mes sources officielles, je ne peux pas te dire comment la demander/);
    expect(text).toMatch(/0800 050 000/);
    expect(text).not.toMatch(/Voici ce que je sais faire|pas bien compris/);
  });

  it('near miss: a question of its own right after is answered as such', async () => {
    const { text } = await lastReplyOf(["C'est quoi le chèque apprenti Normandie de 1000 euros ?", 'combien gagne un apprenti boulanger à Caen ?']);
    expect(text).toMatch(/SMIC/);
    expect(text).not.toMatch(/comment la demander/);
  });
});

describe('the trades asked while the quiz, told the fields liked, asks an age (J11)', () => {
  it.each(['quel metier je pourrais faire', 'et du coup je pourrais faire quoi ?', 'quels métiers alors ?'])('%s: the fields\' trades now', async (question) => {
    const c = await startConversation();
    const first = c.read(await c.send('bonjour jaime bien les animaux et la nature'));
    expect(first).toMatch(/Quel âge as-tu/);
    const text = c.read(await c.send(question));
    expect(text).toMatch(/voici les principaux métiers/);
    expect(text).not.toMatch(/Quel âge as-tu/);
  });

  it('near miss: with no field told, the quiz starts', async () => {
    const { text } = await lastReplyOf(['quel metier je pourrais faire']);
    expect(text).not.toMatch(/voici les principaux métiers/);
  });
});

describe('"Combien ?" right after a list of aids: each aid with its amount, not the list again (E5)', () => {
  const DISABLED_HIRE = "Je souhaite embaucher un apprenti en situation de handicap, existe-t-il des aides spécifiques ?";

  it.each(['Combien ?', 'ça fait combien ?'])('%s', async (question) => {
    const c = await startConversation();
    await c.send(DISABLED_HIRE);
    const replies = await c.send(question);
    const text = c.read(replies);
    expect(text).toMatch(/^Comme dans ma réponse juste au-dessus : Aide à l'embauche d'un apprenti : jusqu'à 6[\s\u202f\u00a0]000 €/);
    expect(text).toMatch(/Agefiph[^;]*: contrat d'apprentissage jusqu'à 3[\s\u202f\u00a0]000 €/);
    expect(text).toMatch(/Source : Ministère du Travail/);
    // Said in words, without the card shown just before.
    expect(replies.some((r) => (r.attachments ?? []).length > 0)).toBe(false);
  });

  it('near miss: a fact told after the list (an age) gets the list for it', async () => {
    const c = await startConversation();
    await c.send('quelles aides pour un apprenti ?');
    await c.send('Je suis un jeune');
    const replies = await c.send("j'ai 19 ans");
    expect(replies.some((r) => (r.attachments ?? []).length > 0)).toBe(true);
  });
});

describe('review 27 (J8): "y a un préavis ?" right after the steps to resign keeps those steps', () => {
  it('the steps (and their 7 days), never the notice of a CDI nobody has', async () => {
    const { text } = await lastReplyOf(['je veux arreter mon apprentissage jen peux plus', 'comment on fait pour demissionner', 'y a un preavis ?']);
    expect(text).toMatch(/7 jours calendaires/);
    expect(text).not.toMatch(/CDI|convention collective/);
  });

  it('near miss: the notice asked by someone leaving a CDI is the CDI\'s', async () => {
    const { text } = await lastReplyOf(["je suis en CDI et je veux faire un apprentissage, je dois démissionner ?", 'y a un preavis ?']);
    expect(text).toMatch(/préavis/);
  });
});
