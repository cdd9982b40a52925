import { describe, expect, it } from 'vitest';
import { lastReplyOf } from './harness.js';

const LINE = /0800 050 000/;
const NOT_COVERED = /Mes sources ne couvrent pas ce point précis/;
const SMALL_TALK_REPLY = /(?:que (?:souhaitez-vous|veux-tu) savoir|Que souhaitez-vous savoir|Que veux-tu savoir)\s*\?/i;

/**
 * Round 24 (guard). 1. A question that is an entry's own question, written in capitals or after a correction ("pardon
 * je voulais dire…", "non je me suis trompé, …"), gets that entry: the capitals of "EST", "QUOI" are no acronyms, and
 * the correction's words are not what is asked (lead-in.ts, faq-coverage.ts).
 */
describe('an entry\'s own question in capitals or after a correction gets the entry', () => {
  it.each([
    ["C'EST QUOI LA PÉRIODE D'ESSAI EN APPRENTISSAGE ?", /période d'essai/i],
    ['C QUOI LA DUREE D UN CONTRAT D APPRENTISSAGE', /durée|dure/i],
    ["pardon je voulais dire : c quoi la durée d'un contrat d'apprentissage", /durée|dure/i],
    ["non je me suis trompé, c'est quoi la période d'essai ?", /période d'essai/i],
    ['dsl je me suis trompée, combien de congés payés pour un apprenti ?', /congés/i],
    ["excusez-moi, je me suis mal exprimé : quelle est la période d'essai d'un apprenti ?", /période d'essai/i],
  ])('"%s"', async (message, answer) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(text).not.toMatch(NOT_COVERED);
    expect(rule).not.toBe('faq-not-covered');
    expect(text).toMatch(answer);
  });

  it('an acronym no entry writes, in a message in small letters, is still held against the entry', async () => {
    const { rule } = await lastReplyOf(['le CACES il est pris en charge ?']);
    expect(rule).toBe('faq-not-covered');
  });
});

/** 2. A greeting or an acknowledgement before a question: the question is answered, not the small talk. */
describe('a greeting or an acknowledgement with a question: the question is answered', () => {
  it.each([
    ["Bonjour ! J'espère que vous allez bien. Je voudrais connaître le montant du SMIC", /SMIC/],
    ['salut ça va ? combien gagne un apprenti de 17 ans', /17 ans|1re année/],
    ['slt sa va? cmb gagne 1 apprenti de 18 ans', /18 ans|1re année/],
    ['Bonsoir, vous allez bien ? Quelle est la durée de la période d\'essai ?', /période d'essai/i],
    ['coucou ! c quoi la durée d un contrat d apprentissage', /durée|dure/i],
  ])('"%s"', async (message, answer) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(rule).not.toBe('small-talk');
    expect(text).not.toMatch(SMALL_TALK_REPLY);
    expect(text).toMatch(answer);
  });

  it.each([
    [['combien gagne un apprenti de 17 ans ?', 'ok tant pis. et pour me loger ?']],
    [['combien gagne un apprenti de 17 ans ?', "d'accord merci, et les aides pour le permis ?"]],
    [["c'est quoi la période d'essai ?", 'ok merci ! et combien de congés payés pour un apprenti ?']],
    [["c'est quoi la période d'essai ?", 'super merci, vous savez combien dure un contrat d apprentissage ?']],
  ])('after an answer: %j', async (messages) => {
    const { text, rule } = await lastReplyOf(messages);
    expect(rule).not.toBe('small-talk');
    expect(text).not.toMatch(SMALL_TALK_REPLY);
  });

  it.each([['bonjour'], ['bonjour, ça va ?'], ['ok merci'], ["d'accord"], ['merci beaucoup pour votre aide']])('"%s" alone keeps its small-talk reply', async (message) => {
    const { rule } = await lastReplyOf([message]);
    expect(rule).toBe('small-talk');
  });
});

/** 3. French SMS with one English-looking word is French. */
describe('French SMS is not English', () => {
  it.each([['sa pay cmb 1 aprenti 17an 1er anné'], ['cb gagne 1 apprenti 18an']])('"%s" gets the pay', async (message) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(text).not.toMatch(/français uniquement/);
    expect(rule).not.toBe('not-text');
    expect(text).toMatch(/SMIC|brut/);
  });

  it('"how much does an apprentice earn?" keeps the French-only reply', async () => {
    const { text } = await lastReplyOf(['how much does an apprentice earn?']);
    expect(text).toMatch(/français/);
  });
});

/** 4. An employer's contribution rate: not in our sources, said so, with URSSAF and the free line. */
describe('an exact contribution rate is not ours', () => {
  it.each([
    ['quel est le taux exact de cotisation accident du travail pour un salon de coiffure ?'],
    ['combien exactement de charges patronales pour un apprenti de 20 ans ?'],
    ['cb de charges patronales g a payer pr mon apprenti'],
    ["Quel est le taux AT/MP d'un garage automobile ?"],
  ])('"%s"', async (message) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(rule).toBe('rate-unknown');
    expect(text).toMatch(/URSSAF/);
    expect(text).toMatch(LINE);
  });

  it.each([
    ["c'est quoi un accident du travail pour un apprenti ?", 'rate-unknown'],
    ["combien coûte un apprenti à l'employeur ?", 'rate-unknown'],
    ['un apprenti paie des cotisations ?', 'rate-unknown'],
  ])('"%s" keeps its entry', async (message, notRule) => {
    const { rule } = await lastReplyOf([message]);
    expect(rule).not.toBe(notRule);
  });
});

/** 5. The exact price not ours, the OPCO's part: with the free line too. */
describe('the no-exact-price answer offers the free line', () => {
  it.each([['combien coûte la cantine au CFA de Caen ?'], ["le prix de l'internat au CFA c'est combien ?"]])('"%s"', async (message) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(rule).toBe('stay-or-gear-price');
    expect(text).toMatch(/prix exact/);
    expect(text).toMatch(LINE);
  });
});
