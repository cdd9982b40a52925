import { describe, expect, it } from 'vitest';
import { createRecognizer } from '../../src/nlu/understand.js';
import { sharedKnowledge } from '../helpers/knowledge.js';

const recognizer = createRecognizer();
const read = async (text: string) => recognizer.understand(text, (await sharedKnowledge()).current, { maxChars: 2000, today: '2026-11-27' });

/** Round 15: the job a person holds and wants to leave is their situation, neither the trade wished nor an interest. */
describe('a job held and left', () => {
  it.each([
    ['je suis caissière, je veux changer'],
    ['jsuis serveur mais j en ai marre'],
    ['je travaille comme vendeuse et je veux faire autre chose'],
    ['actuellement je suis magasinier, je voudrais me reconvertir'],
  ])('"%s": no trade, no interest', async (text) => {
    const u = await read(text);
    expect(u.facts.leavingJob).toBe(true);
    expect(u.trade).toBeUndefined();
    expect(u.facts.interests).toEqual([]);
  });

  it('keeps the trade wished after the job held', async () => {
    expect((await read('je suis caissière et je voudrais devenir fleuriste, je veux changer')).trade?.trade.code).toBe('D1209');
  });

  it.each([['je suis perdu, je veux changer de voie'], ['je suis serveur'], ['je suis intéressée par la cuisine, je veux changer']])('"%s" tells no job left', async (text) => {
    expect((await read(text)).facts.leavingJob).toBeUndefined();
  });
});
