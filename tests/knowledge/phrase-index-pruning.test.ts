import { describe, expect, it } from 'vitest';
import type { PhraseIndex } from '../../src/knowledge/phrase-index.js';
import { normalize } from '../../src/text/normalize.js';
import { sharedKnowledge } from '../helpers/knowledge.js';

/**
 * The phrase index skips, before weighing its words, a phrase that covers too little of the query to reach the
 * least score asked: the hits must be those of the search without that shortcut (every phrase weighed, then the
 * scores under the least one dropped), on the real trade titles.
 */
describe('the phrase index, skipping phrases that cannot reach the least score', { timeout: 120_000 }, () => {
  it('finds the same hits, scores and order as weighing every phrase', async () => {
    const store = await sharedKnowledge();
    const index = (store.current.search as unknown as { tradeIndex: PhraseIndex<string> }).tradeIndex;
    const titles = index.indexedEntries().map((e) => e.phrase);
    const words = [...new Set(titles.flatMap((t) => t.split(' ')))];
    let seed = 5;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const queries = [
      'je veux etre agent de securite',
      'boulangr',
      'je cherche un apprentissage dans la vente a caen',
      'aide soignante',
      'informati',
      ...titles.filter((_, i) => i % 97 === 0),
      ...Array.from({ length: 300 }, () => Array.from({ length: 1 + next(6) }, () => words[next(words.length)]).join(' ')),
    ].map((q) => normalize(q));
    for (const q of queries) {
      for (const [limit, min] of [[3, 0.5], [5, 0.3], [3, 0.6]] as const) {
        const all = index.search(q, Number.MAX_SAFE_INTEGER, -Infinity);
        expect(index.search(q, limit, min), `${q} ${limit} ${min}`).toStrictEqual(all.filter((h) => h.score >= min).slice(0, limit));
      }
    }
  });
});
