import { describe, expect, it } from 'vitest';
import { lastReplyOf } from './harness.js';

/**
 * Round 28 (mine): a day of the week said with a question places it in the week (src/nlu/when-spans.ts); it is not a
 * subject the entry leaves out, so the entry that answers the question is given instead of "not in my sources".
 */
describe('a weekday told with a question is when, not what is asked', () => {
  it.each([
    ["j'ai 16 ans, je peux finir à 23h au resto le samedi ?", /22 ?h|23 ?h ?30|nuit/i],
    ['ma fille a 17 ans et elle ferme la pizzeria à minuit les vendredis soir, c est légal ?', /22 ?h|nuit/i],
    ['jsuis apprenti boulanger g 16 ans, le mardi je commence a 4h c normal', /nuit|6 ?h|22 ?h/i],
    ['Mon apprenti de 17 ans peut-il faire des heures supplémentaires le samedi ?', /heures? suppl/i],
  ])('%s', async (message, answer) => {
    const { text } = await lastReplyOf([message]);
    expect(text).toMatch(answer);
    expect(text).not.toMatch(/ne couvrent pas ce point/);
  });

  it('near miss: Sunday work is a question of its own, answered by its entry', async () => {
    const { text } = await lastReplyOf(['je peux bosser le dimanche a 17 ans en boulangerie ?']);
    expect(text).toMatch(/dimanche/i);
  });
});
