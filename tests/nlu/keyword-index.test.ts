import { describe, expect, it } from 'vitest';
import type { lunr } from '../../src/knowledge/lunr-fr.js';
import { KeywordIndex, type KeywordClause } from '../../src/nlu/keyword-index.js';
import { modelsFor } from '../../src/nlu/models.js';
import { sharedKnowledge } from '../helpers/knowledge.js';

/**
 * The FAQ matcher's keyword search runs its queries itself on lunr's index instead of through `Index.query` (cheaper):
 * every result, score (bit for bit), order of ties and word found must be lunr's own, for any query it may build.
 */
describe("the FAQ keyword index, queried without lunr's query", { timeout: 120_000 }, () => {
  it('gives what lunr gives: the same documents, scores, order and words found', async () => {
    const kb = (await sharedKnowledge()).current;
    const index = (modelsFor(kb).faq as unknown as { keywords: lunr.Index }).keywords;
    const ours = new KeywordIndex(index);
    const words = Object.keys((index as unknown as { invertedIndex: object }).invertedIndex);
    let seed = 11;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const queries: KeywordClause[][] = [[], [{ term: 'zzzqx', boost: 10 }], [{ term: 'rqth', boost: 10 }, { term: 'rqth', boost: 1 }]];
    for (let q = 0; q < 400; q++) {
      // Index words, words it does not have, repeats, both boosts: what a message's stems and their neighbours give.
      queries.push(
        Array.from({ length: 1 + next(12) }, () => {
          const word = next(10) === 0 ? `${words[next(words.length)]}q` : (words[next(words.length)] as string);
          return { term: word, boost: next(3) === 0 ? 1 : 10 };
        }),
      );
      const last = queries[queries.length - 1] as KeywordClause[];
      if (next(4) === 0) last.push({ ...(last[0] as KeywordClause) });
    }
    for (const clauses of queries) {
      const expected = index.query((query) => {
        for (const c of clauses) query.term(c.term, { usePipeline: false, boost: c.boost });
      });
      const got = ours.query(clauses);
      const label = JSON.stringify(clauses);
      expect(got.map((r) => [r.ref, r.score]), label).toStrictEqual(expected.map((r) => [r.ref, r.score]));
      got.forEach((r, i) => {
        const found = (expected[i] as lunr.Index.Result).matchData.metadata;
        for (const c of clauses) expect(r.has(c.term), `${label} ${r.ref} ${c.term}`).toBe(Object.hasOwn(found, c.term));
      });
    }
  });
});
