import { lunr } from '../knowledge/lunr-fr.js';

/** One clause of a keyword query: an index word (no pipeline: already stemmed) and its boost. */
export interface KeywordClause {
  term: string;
  boost: number;
}

/** A document the query reaches: its ref, its score, and whether a query word is found in it (in any field). */
export interface KeywordResult {
  ref: string;
  score: number;
  has(term: string): boolean;
}

/** A result: the words found in it are read from the query's words on demand (most results are never asked). */
class Found implements KeywordResult {
  constructor(
    readonly ref: string,
    public score: number,
    private readonly doc: number,
    private readonly words: ReadonlyMap<string, TermEntry>,
  ) {}

  has(term: string): boolean {
    return this.words.get(term)?.anyField.has(this.doc) === true;
  }
}

/** Per field of an index word: the documents that have it (numbers, in the order lunr lists them) and its weight in each. */
interface TermField {
  docs: Uint32Array;
  weights: Float64Array;
}
interface TermEntry {
  /** The word's position in lunr's vectors (`posting._index`). */
  index: number;
  fields: TermField[];
  /** The documents that have the word in any field. */
  anyField: ReadonlySet<number>;
}

/** What lunr's published types leave out: the inverted index, the field vectors and the words' set. */
interface LunrInternals {
  invertedIndex: Record<string, Record<string, unknown> & { _index: number }>;
  fieldVectors: Record<string, { elements: number[] }>;
  fields: string[];
  tokenSet: lunr.TokenSet;
}
const TokenSets = lunr.TokenSet as unknown as { fromString(word: string): lunr.TokenSet };

/**
 * lunr's `Index.query` for what the FAQ matcher asks of it (optional clauses of exact words, every field, no
 * pipeline), with the same results bit for bit, in the same order, at a fraction of the cost: lunr builds a token
 * set per clause to look a word up, and scores each document by walking its whole field vector (a FAQ answer has
 * hundreds of words) for a query of a few; here a word is a map lookup and a document's score adds only the query's
 * words, in the same order (the vectors' order) and with the same arithmetic, so every float is lunr's own.
 */
export class KeywordIndex {
  private readonly terms = new Map<string, TermEntry>();
  private readonly fields: readonly string[];
  private readonly refs: string[] = [];
  /** Per field, per document: the dot product being summed, and the query that last reached it (no clearing). */
  private readonly dots: Float64Array[];
  private readonly stamps: Uint32Array[];
  private queries = 0;
  /** The documents in the order of lunr's field vectors: what lunr returns, all scored 0, for a query of no clause. */
  private readonly allDocs: string[] = [];

  constructor(private readonly index: lunr.Index) {
    const { invertedIndex, fieldVectors, fields } = index as unknown as LunrInternals;
    this.fields = fields;
    const docNo = new Map<string, number>();
    const weightsOf = new Map<string, Map<number, number>>();
    const all = new Set<string>();
    for (const [fieldRef, vector] of Object.entries(fieldVectors)) {
      all.add(fieldRef.slice(fieldRef.indexOf('/') + 1));
      const byIndex = new Map<number, number>();
      for (let i = 0; i < vector.elements.length; i += 2) byIndex.set(vector.elements[i] as number, vector.elements[i + 1] as number);
      weightsOf.set(fieldRef, byIndex);
    }
    for (const term of Object.keys(invertedIndex)) {
      const posting = invertedIndex[term] as LunrInternals['invertedIndex'][string];
      const entry: TermEntry = { index: posting._index, fields: [], anyField: new Set() };
      for (const field of fields) {
        const refs = Object.keys(posting[field] as object);
        const docs = new Uint32Array(refs.length);
        const weights = new Float64Array(refs.length);
        refs.forEach((ref, i) => {
          let n = docNo.get(ref);
          if (n === undefined) docNo.set(ref, (n = this.refs.push(ref) - 1));
          docs[i] = n;
          weights[i] = weightsOf.get(`${field}/${ref}`)?.get(posting._index) ?? 0;
          (entry.anyField as Set<number>).add(n);
        });
        entry.fields.push({ docs, weights });
      }
      this.terms.set(term, entry);
    }
    this.allDocs = [...all];
    this.dots = fields.map(() => new Float64Array(this.refs.length));
    this.stamps = fields.map(() => new Uint32Array(this.refs.length));
  }

  /** The index words a clause's word stands for: itself if the index has it (a `*` is lunr's wildcard). */
  private expand(term: string): string[] {
    if (term.includes('*')) return (this.index as unknown as LunrInternals).tokenSet.intersect(TokenSets.fromString(term)).toArray();
    return this.terms.has(term) ? [term] : [];
  }

  /** The documents the clauses reach, best first (ties in the order lunr reaches them), as lunr scores them. */
  query(clauses: readonly KeywordClause[]): KeywordResult[] {
    // lunr takes a query of no clause for one whose every clause is prohibited: every document, scored 0.
    if (clauses.length === 0) return this.allDocs.map((ref) => ({ ref, score: 0, has: () => false }));
    const stamp = ++this.queries;
    // The query vector (the same for every field: every clause is in every field): word index → summed boost.
    const boosts = new Map<number, number>();
    const words = new Map<string, TermEntry>();
    // (field, document) pairs in the order lunr's `matchingFields` first meets them.
    const reached: number[] = [];
    for (const clause of clauses) {
      for (const word of this.expand(clause.term)) {
        const entry = this.terms.get(word) as TermEntry;
        const boost = boosts.get(entry.index);
        boosts.set(entry.index, boost === undefined ? clause.boost : boost + clause.boost);
        if (words.has(word)) continue;
        words.set(word, entry);
        for (let f = 0; f < this.fields.length; f++) {
          const seen = this.stamps[f] as Uint32Array;
          const dots = this.dots[f] as Float64Array;
          for (const doc of (entry.fields[f] as TermField).docs) {
            if (seen[doc] === stamp) continue;
            seen[doc] = stamp;
            dots[doc] = 0;
            reached.push(f, doc);
          }
        }
      }
    }
    return this.scored(reached, [...words.values()].sort((a, b) => a.index - b.index), boosts, words);
  }

  /** lunr's scoring: per (field, document), dot(query, field vector) / |query|, added up per document; sorted stably. */
  private scored(reached: readonly number[], queryTerms: readonly TermEntry[], boosts: ReadonlyMap<number, number>, words: ReadonlyMap<string, TermEntry>): KeywordResult[] {
    let sumOfSquares = 0;
    for (const t of queryTerms) {
      const b = boosts.get(t.index) as number;
      sumOfSquares += b * b;
      // Each document's products are added in the order of the vectors' indexes, as lunr's dot product does.
      for (let f = 0; f < this.fields.length; f++) {
        const { docs, weights } = t.fields[f] as TermField;
        const dots = this.dots[f] as Float64Array;
        for (let i = 0; i < docs.length; i++) {
          const doc = docs[i] as number;
          dots[doc] = (dots[doc] as number) + b * (weights[i] as number);
        }
      }
    }
    const magnitude = Math.sqrt(sumOfSquares);
    const results: Found[] = [];
    const byDoc = new Map<number, Found>();
    for (let i = 0; i < reached.length; i += 2) {
      const doc = reached[i + 1] as number;
      const dot = (this.dots[reached[i] as number] as Float64Array)[doc] as number;
      const score = dot / magnitude || 0;
      const known = byDoc.get(doc);
      if (known) known.score += score;
      else {
        const result = new Found(this.refs[doc] as string, score, doc, words);
        byDoc.set(doc, result);
        results.push(result);
      }
    }
    return results.sort((a, b) => b.score - a.score);
  }
}
