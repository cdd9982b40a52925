import { beforeAll, describe, expect, it } from 'vitest';
import { foreignToTheFaq } from '../../dialogs/support/faq-coverage-of.js';
import type { ForeignOptions } from '../../src/nlu/faq-coverage.js';
import { createRecognizer } from '../../src/nlu/understand.js';
import { sharedKnowledge } from '../helpers/knowledge.js';
import { lastReplyOf } from './harness.js';

const recognizer = createRecognizer();
beforeAll(async () => {
  await sharedKnowledge();
}, 300_000);
const knowledgeBase = async () => (await sharedKnowledge()).current;
const read = async (text: string) => recognizer.understand(text, await knowledgeBase(), { maxChars: 2000, today: '2026-11-27' });

/**
 * Round 31 (issue 17, turn cost): the words of a message no FAQ entry writes (foreignToTheFaq) are read once per
 * message and options, not once per routing rule that asks (about ten per turn: a tenth of the routing's CPU). The
 * reading kept must be the reading made: same words for every option, whichever option is asked first.
 */
const OPTIONS: ForeignOptions[] = [{}, { nounsOnly: true }, { shortNouns: true }, { nounsOnly: true, shortNouns: true }];

// Messages with a foreign word (a subject, an aid's own name, a typo near none) and near misses with none.
const MESSAGES = [
  "j'ai le droit de porter un piercing au travail ?",
  "vous connaissez l'aide zorglub ?",
  'la prime machintruc c pour qui',
  'il y a une aide pour le covoiturage ?',
  'comment investir en bitcoin avec mon salaire',
  'Nous sommes une PME de 20 salariés à Évreux. Peut-on rémunérer l’apprenti en stock-options ?',
  'je veux faire un cap cuisine a caen',
  'combien gagne un apprenti de 18 ans',
  "c'est quoi la période d'essai ?",
  'quelles aides pour embaucher un apprenti',
];

describe('the FAQ-foreign words of a message, read once', () => {
  it.each(MESSAGES)('%s: the kept reading is the reading made, for every option', async (text) => {
    const kb = await knowledgeBase();
    const u = await read(text);
    for (const options of OPTIONS) {
      const first = foreignToTheFaq(kb.knowledge, u, options);
      // A copy of the reading is a new key: read afresh, it must give the same words.
      expect(foreignToTheFaq(kb.knowledge, { ...u }, options), JSON.stringify(options)).toEqual(first);
      // Asked again: the same words, without reading again.
      expect(foreignToTheFaq(kb.knowledge, u, options)).toBe(first);
    }
  });

  it('each option keeps its own reading, whichever is asked first', async () => {
    const kb = await knowledgeBase();
    for (const text of MESSAGES) {
      const forward = await read(text);
      const backward = await read(text);
      const a = OPTIONS.map((o) => foreignToTheFaq(kb.knowledge, forward, o));
      const b = [...OPTIONS].reverse().map((o) => foreignToTheFaq(kb.knowledge, backward, o)).reverse();
      expect(b, text).toEqual(a);
    }
  });

  it('an option left false reads as the option left out', async () => {
    const kb = await knowledgeBase();
    const u = await read("j'ai le droit de porter un piercing au travail ?");
    expect(foreignToTheFaq(kb.knowledge, u, { nounsOnly: false, shortNouns: false })).toBe(foreignToTheFaq(kb.knowledge, u, {}));
  });

  it('the foreign words of the near misses are none, of the foreign subjects some', async () => {
    const kb = await knowledgeBase();
    for (const text of ["vous connaissez l'aide zorglub ?", "j'ai le droit de porter un piercing au travail ?", 'comment investir en bitcoin avec mon salaire']) {
      expect(foreignToTheFaq(kb.knowledge, await read(text)).length, text).toBeGreaterThan(0);
    }
    for (const text of ['combien gagne un apprenti de 18 ans', 'quelles aides pour embaucher un apprenti']) {
      expect(foreignToTheFaq(kb.knowledge, await read(text)), text).toEqual([]);
    }
  });
});

/** Over the real bot: the rules that read the foreign words still decide as before (the honest "not covered"). */
describe('the rules reading the foreign words, over the real bot', () => {
  it.each([
    ["vous connaissez l'aide zorglub ?", /zorglub/i],
    ['la prime machintruc c pour qui', /machintruc/i],
  ])('%s: the unknown aid named back', async (text, name) => {
    const { text: reply, rule } = await lastReplyOf([text]);
    expect(rule).toBe('foreign-aid-name');
    expect(reply).toMatch(name);
  });

  it.each(['combien gagne un apprenti de 18 ans', 'quelles aides pour embaucher un apprenti'])('%s: answered, not "not covered"', async (text) => {
    const { text: reply, rule } = await lastReplyOf([text]);
    expect(rule).not.toBe('foreign-aid-name');
    expect(reply).not.toMatch(/Mes sources ne couvrent pas/);
  });
});
