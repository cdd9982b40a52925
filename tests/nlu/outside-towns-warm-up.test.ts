import { describe, expect, it } from 'vitest';
import { indexOutsideTowns, outsideTownInText } from '../../src/nlu/outside-towns.js';
import { normalize } from '../../src/text/normalize.js';
import { sharedKnowledge } from '../helpers/knowledge.js';

/** The warm-up builds the index of towns outside Normandy in steps, after the start: the same index as at once. */
describe('the towns outside Normandy, indexed by the warm-up', () => {
  it('answers as the index built at the first message does, in steps of at most perStep towns', async () => {
    const france = (await sharedKnowledge()).current.knowledge.files.france;
    const atOnce = structuredClone(france);
    const steps = [...indexOutsideTowns(france, 5_000)].length;
    expect(steps).toBe(Math.floor(france.communes.length / 5_000));
    // Built: a second warm-up has nothing to do.
    expect([...indexOutsideTowns(france, 5_000)].length).toBe(0);
    const names = [...new Set(france.communes.filter((c) => c.population >= 2_000).map((c) => c.name))].slice(0, 400);
    const messages = ['je suis à Rennes', 'Le Mans', 'un CAP à Saint-Denis', 'près de Lyon', 'je veux être boulanger', ...names.map((n) => `j'habite à ${n}`)];
    for (const message of messages) {
      expect(outsideTownInText(france, normalize(message)), message).toStrictEqual(outsideTownInText(atOnce, normalize(message)));
    }
    expect(outsideTownInText(france, normalize('je suis à Rennes'))?.town).toBe('Rennes');
  });
});
