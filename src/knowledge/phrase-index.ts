import { allowedTypos, boundedEditDistance, matchKey } from '../text/fuzzy.js';
import { BoundedMemo } from '../text/memo.js';

/** The shortest typed word read as the start of a longer one ("informati" → "informatique"). */
export const TYPED_PREFIX_MIN_LETTERS = 5;

/**
 * A typo-tolerant index of short phrases (job titles, commune names) → items. A query matches a phrase by its
 * words: exact, same matching key (plural/feminine), a forgiven typo, or a long enough prefix. The score is the
 * F-measure of the idf-weighted words covered on both sides, so "boulanger" prefers the phrase "boulanger" to
 * "boulanger pâtissier", and extra words in the query ("je veux être … stp") cost nothing once they are stop words.
 */
export interface PhraseHit<T> {
  item: T;
  phrase: string;
  score: number;
  /** Every word of the phrase is in the query (exactly or by its matching key): the phrase is named whole. */
  whole: boolean;
  /** How many of the phrase's words (stop words aside) the query touches, and how many it has. */
  wordsMatched: number;
  words: number;
}

/** One indexed phrase: plain data, so that a built index can be kept in the knowledge cache (cache.ts). */
export interface PhraseEntry<T> {
  phrase: string;
  keys: readonly string[];
  item: T;
  prior: number;
}

/** Far above a float's rounding, far below any score difference that matters: the pruning never drops a hit. */
const SCORE_MARGIN = 1e-9;

interface KeyMatch {
  key: string;
  similarity: number;
}

export interface PhraseIndexOptions {
  /** Words ignored in queries. */
  stopWords: ReadonlySet<string>;
  /** Words ignored in indexed phrases (default: the query stop words). */
  phraseStopWords?: ReadonlySet<string>;
}

export class PhraseIndex<T> {
  private readonly entries: PhraseEntry<T>[] = [];
  private readonly postings = new Map<string, number[]>();
  private readonly keysByLength = new Map<number, string[]>();
  private idf = new Map<string, number>();
  private readonly keyMatches = new BoundedMemo<KeyMatch[]>(20_000);

  constructor(private readonly options: PhraseIndexOptions) {}

  /**
   * An index made of the entries of an earlier one (`indexedEntries()`): the phrases are not analysed again. Frozen
   * (idf weights) unless `freeze` is false, for an index whose words all weigh 1 (see Search's diploma titles).
   */
  static fromEntries<T>(options: PhraseIndexOptions, entries: readonly PhraseEntry<T>[], freeze = true): PhraseIndex<T> {
    const index = new PhraseIndex<T>(options);
    for (const entry of entries) index.insert(entry);
    return freeze ? index.freeze() : index;
  }

  /** `phrase` is already normalised; `prior` (0–1) breaks ties between equally good phrases. */
  add(phrase: string, item: T, prior = 0): void {
    const keys = this.keysOf(phrase, this.options.phraseStopWords ?? this.options.stopWords);
    if (keys.length === 0) return;
    this.insert({ phrase, keys, item, prior });
  }

  /** What was indexed, in order, as plain data. */
  indexedEntries(): readonly PhraseEntry<T>[] {
    return this.entries;
  }

  private insert(entry: PhraseEntry<T>): void {
    const index = this.entries.length;
    this.entries.push(entry);
    for (const key of new Set(entry.keys)) {
      let list = this.postings.get(key);
      if (!list) {
        list = [];
        this.postings.set(key, list);
        let bucket = this.keysByLength.get(key.length);
        if (!bucket) this.keysByLength.set(key.length, (bucket = []));
        bucket.push(key);
      }
      list.push(index);
    }
  }

  /** Call once after the last `add` (and before the first search: matches are memoised). */
  freeze(): this {
    const n = this.entries.length;
    this.idf = new Map([...this.postings].map(([key, list]) => [key, Math.log(1 + n / list.length)]));
    return this;
  }

  /** Whether every word of this normalised text is a word of some indexed phrase (exactly or by matching key). */
  knowsWord(text: string): boolean {
    const keys = this.keysOf(text);
    return keys.length > 0 && keys.every((k) => this.postings.has(k));
  }

  /** Best hits for a normalised query, one per item (its best phrase), best first. */
  search(query: string, limit = 5, minScore = 0.3): PhraseHit<T>[] {
    const queryKeys = [...new Set(this.keysOf(query))].slice(0, 12);
    if (queryKeys.length === 0) return [];
    const matchesPerQueryKey = queryKeys.map((q) => this.keyMatches.get(q, (k) => this.matchKey(k)));
    const queryMass = matchesPerQueryKey.reduce((sum, m) => sum + (m.length > 0 ? this.weight(m[0]!.key) : 0), 0);
    if (queryMass === 0) return [];

    // entry → (entry key → best similarity), and the query mass it covers
    const covered = new Map<number, { entryKeys: Map<string, number>; queryCovered: number }>();
    matchesPerQueryKey.forEach((matches) => {
      const seen = new Set<number>();
      for (const { key, similarity } of matches) {
        for (const e of this.postings.get(key) ?? []) {
          let c = covered.get(e);
          if (!c) covered.set(e, (c = { entryKeys: new Map(), queryCovered: 0 }));
          if ((c.entryKeys.get(key) ?? 0) < similarity) c.entryKeys.set(key, similarity);
          if (!seen.has(e)) {
            seen.add(e);
            c.queryCovered += this.weight(matches[0]!.key) * similarity;
          }
        }
      }
    });

    const best = new Map<T, PhraseHit<T>>();
    for (const [e, c] of covered) {
      const entry = this.entries[e]!;
      // The F-measure is at most 2R / (1 + R) (precision ≤ 1): an entry covering too little of the query cannot reach
      // `minScore`, and is skipped before its own words are weighed (a common word reaches hundreds of titles).
      const reachable = Math.min(1, c.queryCovered / queryMass);
      if ((2 * reachable) / (1 + reachable) + 0.02 * entry.prior + SCORE_MARGIN < minScore) continue;
      let entryMass = 0;
      let entryCovered = 0;
      for (const key of entry.keys) {
        const w = this.weight(key);
        entryMass += w;
        entryCovered += w * (c.entryKeys.get(key) ?? 0);
      }
      const precision = entryCovered / entryMass;
      const recall = Math.min(1, c.queryCovered / queryMass);
      if (precision === 0 || recall === 0) continue;
      const score = (2 * precision * recall) / (precision + recall) + 0.02 * entry.prior;
      if (score < minScore) continue;
      const previous = best.get(entry.item);
      if (!previous || previous.score < score) best.set(entry.item, { item: entry.item, phrase: entry.phrase, score, whole: precision >= 1 - 1e-9, wordsMatched: c.entryKeys.size, words: new Set(entry.keys).size });
    }
    return [...best.values()].sort((a, b) => b.score - a.score || a.phrase.localeCompare(b.phrase)).slice(0, limit);
  }

  private weight(key: string): number {
    return this.idf.get(key) ?? 1;
  }

  private keysOf(text: string, stopWords: ReadonlySet<string> = this.options.stopWords): string[] {
    const out: string[] = [];
    for (const word of text.split(' ')) {
      if (word.length === 0 || stopWords.has(word)) continue;
      out.push(matchKey(word));
    }
    return out;
  }

  /** The index keys a query key may stand for, best first. */
  private matchKey(q: string): KeyMatch[] {
    const out: KeyMatch[] = [];
    // A word we know exactly is taken as typed: fuzzy matching is for the words we do not know.
    if (this.postings.has(q)) return [{ key: q, similarity: 1 }];
    const typos = allowedTypos(q.length);
    if (typos > 0) {
      for (let len = q.length - typos; len <= q.length + typos; len++) {
        for (const key of this.keysByLength.get(len) ?? []) {
          if (key === q) continue;
          const d = boundedEditDistance(q, key, typos);
          if (d <= typos) out.push({ key, similarity: d === 1 ? 0.85 : 0.7 });
        }
      }
    }
    // "informati" → "informatique": a long typed prefix of a word counts, a little less than the word.
    if (q.length >= TYPED_PREFIX_MIN_LETTERS && out.length === 0) {
      for (const [len, keys] of this.keysByLength) {
        if (len <= q.length) continue;
        for (const key of keys) if (key.startsWith(q)) out.push({ key, similarity: 0.75 });
      }
    }
    return out.sort((a, b) => b.similarity - a.similarity);
  }
}
