import { lunr, lunrFr, stemFr } from '../knowledge/lunr-fr.js';
import { BoundedMemo } from '../text/memo.js';
import { normalize, tokenize } from '../text/normalize.js';
import { stem } from '../text/stem.js';
import { TITLE_STOP_WORDS } from '../text/stop-words.js';
import { type Features, textFeatures } from './features.js';
import { type KeywordClause, KeywordIndex } from './keyword-index.js';

/** A FAQ entry's training material: its ways of asking, and its answer texts (its vocabulary). */
export interface FaqMaterial {
  id: string;
  questions: readonly string[];
  texts?: readonly string[];
}

export interface FaqMatch {
  id: string;
  /** How well the entry matches compared with the best entry for this message (0–1; the best has the most). */
  score: number;
  /** Cosine similarity of the message to the entry's ways of asking or its answer (0–1, absolute). */
  similarity: number;
  /** Share of the message's meaningful words found in the entry's questions or answer (0–1). */
  coverage: number;
  /**
   * How much the match says (0–1): the share of the message's distinctive content the entry's ways of asking hold
   * (each word by its rarity among the entries; generic words, question words and bare numbers weigh little), times
   * how much of the entry's own distinctive content those words are. "à quelle heure ?" shares one generic word with
   * the entry on accidents at work (24/48 heures): little; "RQTH ?" is the RQTH entry's key word: much.
   */
  evidence: number;
}

/** A built matcher as plain data (the knowledge cache keeps it): building it costs more than reading it back. */
export interface FaqMatcherData {
  ids: string[];
  /** Per document: its entry and its norm. */
  docs: Array<[entry: number, norm: number]>;
  /** Per feature: its name, its idf, and its postings as [doc, weight, doc, weight…]. */
  features: Array<[feature: string, idf: number, postings: number[]]>;
  /** lunr's own serialisation of the keyword index (`Index.toJSON`, read back by `Index.load`). */
  keywords: object;
  /** Per entry, its key words (stem → share of its ways of asking that have it × the stem's rarity among entries). */
  keyness: Array<Record<string, number>>;
  /** Per stem, its rarity among the entries' ways of asking. */
  rarity: Record<string, number>;
  /** Per keyword-index term, the words of the entries it was stemmed from ("compt" ← compte, comptes, compter). */
  surfaces: Record<string, string[]>;
}

/** Character n-grams weigh more here than in the intent classifier: a FAQ entry is found by its rarer words. */
export const FAQ_CHAR_NGRAM_WEIGHT = 0.35;
/** Weight of the character-n-gram similarity against the keyword (BM25) match in the fused score. */
const SIMILARITY_SHARE = 0.5;
/** How many entries the keyword search returns before fusion. */
const KEYWORD_CANDIDATES = 20;
/** Query words kept for the keyword search (a long paste would otherwise make a huge query). */
const MAX_QUERY_TERMS = 24;
/** Words at least this long also match the index's words one edit away ("imposabl" → "impos"). */
const FUZZY_MIN_LENGTH = 6;
/**
 * Words that say little of what a question is about, whatever their rarity among the entries: how one asks (times,
 * people, doing, being allowed, paying, being true or sure), as stems. A message made of them alone is vague.
 */
const GENERIC_WORDS: ReadonlySet<string> = new Set(
  `heure heures h temps moment jour jours fois quand qui quoi ou comment combien pourquoi quel quelle faire fais fait font
  faut falloir droit droits vrai vraie sur sure certain payer paye paie paient payes aller va vais voir vois dire dit
  question questions chose choses truc possible normal besoin oblige obligatoire ouvert ouvre ferme fermez occupe
  occuper passe passer prend prendre peux peut pouvoir dois doit devoir veux veut vouloir sais savoir
  aider aide jusqu jusque mon ma mes ton ta tes son sa ses autre autres apprentissage apprenti apprentie apprentis alternance alternant`
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .map((w) => stem(w)),
);
/**
 * An entry's distinctive content is its few strongest key words: a message that holds them all covers it ("changer de
 * CFA" holds both of changer-cfa's; "changer d'employeur" only one of them, and both of changer-employeur's).
 */
const KEY_WORDS = 2;
/** How much a match's evidence orders the entries against the two views' fused score (see `match`). */
const EVIDENCE_SHARE = 0.3;
/** What a word that no entry's ways of asking have weighs (about a word half the entries share). */
const UNKNOWN_WEIGHT = 1;
/** What a generic word, or a bare number, weighs against a distinctive one. */
const GENERIC_WEIGHT = 0.25;
/**
 * The least distinctive content a message is measured against: a message of generic words only ("qui paye ?") never
 * counts as fully covered, however many of its words an entry has (the rarity of a word that a few entries share).
 */
const MIN_CONTENT = 2;
/**
 * Endings a word may have beyond its stem and still be the same word ("heures", "changer", "payé"): a stem shared
 * with another ending is another word ("compta", the accounting, is not "compte" of "ça compte pour la retraite").
 */
const INFLECTIONS: ReadonlySet<string> = new Set(
  ['', 's', 'x', 'e', 'es', 'ee', 'ees', 'er', 'ez', 'ent', 'ons', 'ai', 'ais', 'ait', 'aient', 'ant', 'ir', 'is', 'it', 'ie', 'ies', 're', 'res', 'eur', 'eurs', 'euse', 'euses', 'ion', 'ions'],
);

/**
 * What lunr's published types leave out or get wrong: the index's own set of words, which a query intersects with
 * each clause's, and the static that builds a word's set one edit away.
 */
interface IndexWords {
  tokenSet: lunr.TokenSet;
}
const TokenSets = lunr.TokenSet as unknown as { fromFuzzyString(word: string, editDistance: number): lunr.TokenSet };

/**
 * Finds the FAQ entries a message asks, from two views that fail differently:
 * - similarity of character n-grams and words (TF-IDF cosine) to each entry's ways of asking taken together and to its
 *   answer: typos and unseen forms of a word still match ("imposabl", "congés payer");
 * - a keyword search (lunr, BM25 with the French stemmer) weighted by the share of the message's words the entry
 *   covers: a rare word that only one entry has ("RQTH", "médiateur") decides.
 * Scores are fused per message (each view scaled to its best entry). Built once per knowledge version; no training.
 */
export class FaqMatcher {
  private readonly ids: string[] = [];
  private readonly docs: Array<{ entry: number; norm: number }> = [];
  /** Per feature, the documents that have it and its weight in each (typed arrays: the similarity's inner loop). */
  private readonly postings = new Map<string, Posting>();
  private readonly idf = new Map<string, number>();
  private readonly keywords: lunr.Index;
  /**
   * The same index, queried without lunr's per-query set-up (same results: see keyword-index.ts). Built on first
   * need (10–40 ms of CPU on the shared machine): by the warm-up after the server listens, not before it.
   */
  private builtKeywordIndex: KeywordIndex | undefined;
  /** Entry number by id, for the keyword search's results. */
  private readonly entryById = new Map<string, number>();
  /**
   * The index's words one edit away from a query word, in the order lunr's own fuzzy clause finds them: building that
   * automaton and intersecting it with the index was a third of the keyword search, for words people type again and
   * again.
   */
  private readonly fuzzyWords = new BoundedMemo<string[]>(20_000);
  /** Per-message scratch of the similarity (one slot per document), reused: a turn allocates no map for it. */
  private dots = new Float64Array(0);
  private readonly keyness: Array<Map<string, number>> = [];
  /** Per key word, the entries that have it: an entry with none of a message's words has no evidence (see `match`). */
  private readonly entriesWithKey = new Map<string, number[]>();
  /** Per entry, its strongest key words (see KEY_WORDS). */
  private readonly topKeys: Array<ReadonlyArray<[stem: string, weight: number]>> = [];
  private readonly rarity = new Map<string, number>();
  private readonly surfaces = new Map<string, ReadonlySet<string>>();

  /** `data`: what `toData()` of a matcher built from the same entries by the same code gave (the entries are then unused). */
  constructor(entries: readonly FaqMaterial[], data?: FaqMatcherData) {
    if (data) {
      this.ids = data.ids;
      for (const [entry, norm] of data.docs) this.docs.push({ entry, norm });
      for (const [f, idf, flat] of data.features) {
        this.idf.set(f, idf);
        const docs = new Uint32Array(flat.length >> 1);
        const weights = new Float64Array(flat.length >> 1);
        for (let i = 0; i < docs.length; i++) {
          docs[i] = flat[2 * i] as number;
          weights[i] = flat[2 * i + 1] as number;
        }
        this.postings.set(f, { docs, weights });
      }
      this.keywords = lunr.Index.load(data.keywords);
      for (const k of data.keyness) this.keyness.push(new Map(Object.entries(k)));
      for (const [t, r] of Object.entries(data.rarity)) this.rarity.set(t, r);
      for (const [t, words] of Object.entries(data.surfaces)) this.surfaces.set(t, new Set(words));
      this.indexEntries();
      return;
    }
    this.learnKeyWords(entries);
    const vectors: Array<{ entry: number; features: Features }> = [];
    entries.forEach((e, entry) => {
      this.ids.push(e.id);
      vectors.push({ entry, features: sumOf(e.questions) });
      if (e.texts && e.texts.length > 0) vectors.push({ entry, features: sumOf(e.texts) });
    });
    const df = new Map<string, number>();
    for (const v of vectors) for (const f of v.features.keys()) df.set(f, (df.get(f) ?? 0) + 1);
    for (const [f, n] of df) this.idf.set(f, Math.log(1 + vectors.length / n));
    const lists = new Map<string, { docs: number[]; weights: number[] }>();
    vectors.forEach((v, doc) => {
      let norm = 0;
      for (const [f, x] of v.features) {
        const w = x * (this.idf.get(f) as number);
        norm += w * w;
        let list = lists.get(f);
        if (!list) lists.set(f, (list = { docs: [], weights: [] }));
        list.docs.push(doc);
        list.weights.push(w);
      }
      this.docs.push({ entry: v.entry, norm: Math.sqrt(norm) });
    });
    for (const [f, list] of lists) this.postings.set(f, { docs: Uint32Array.from(list.docs), weights: Float64Array.from(list.weights) });
    this.keywords = lunr(function (this: lunr.Builder) {
      this.use(lunrFr);
      this.ref('id');
      this.field('questions', { boost: 3 });
      this.field('answer');
      // Accents are folded by our normaliser on both sides; lunr's own pipeline then stems and drops stop words.
      for (const e of entries) this.add({ id: e.id, questions: normalize(e.questions.join(' . ')), answer: normalize((e.texts ?? []).join(' . ')) });
    });
    this.indexEntries();
  }

  private get keywordIndex(): KeywordIndex {
    return (this.builtKeywordIndex ??= new KeywordIndex(this.keywords));
  }

  private indexEntries(): void {
    this.ids.forEach((id, i) => this.entryById.set(id, i));
    this.dots = new Float64Array(this.docs.length);
    for (const k of this.keyness) this.topKeys.push([...k].sort((a, b) => b[1] - a[1]).slice(0, KEY_WORDS));
    this.keyness.forEach((k, entry) => {
      for (const t of k.keys()) {
        const list = this.entriesWithKey.get(t);
        if (list) list.push(entry);
        else this.entriesWithKey.set(t, [entry]);
      }
    });
  }

  /**
   * Each entry's key words: a word most of its ways of asking use, and few other entries do ("rqth", "essai",
   * "retraite"), weighs most; and the words of the entries behind each keyword-index term.
   */
  private learnKeyWords(entries: readonly FaqMaterial[]): void {
    const perEntry = entries.map((e) => {
      const counts = new Map<string, number>();
      for (const q of e.questions) for (const t of new Set(contentStems(normalize(q)))) counts.set(t, (counts.get(t) ?? 0) + 1);
      return { counts, n: Math.max(1, e.questions.length) };
    });
    const df = new Map<string, number>();
    for (const { counts } of perEntry) for (const t of counts.keys()) df.set(t, (df.get(t) ?? 0) + 1);
    for (const [t, n] of df) this.rarity.set(t, Math.log(1 + entries.length / n));
    for (const { counts, n } of perEntry) {
      const key = new Map<string, number>();
      for (const [t, c] of counts) key.set(t, (c / n) * (this.rarity.get(t) as number) * (GENERIC_WORDS.has(t) ? GENERIC_WEIGHT : 1));
      this.keyness.push(key);
    }
    const surfaces = new Map<string, Set<string>>();
    for (const e of entries) {
      for (const w of tokenize(normalize([...e.questions, ...(e.texts ?? [])].join(' . ')))) {
        const t = stemFr(w);
        if (!t) continue;
        let set = surfaces.get(t);
        if (!set) surfaces.set(t, (set = new Set()));
        set.add(w);
      }
    }
    for (const [t, set] of surfaces) this.surfaces.set(t, set);
  }

  /** The built matcher as plain data, for `new FaqMatcher(entries, data)`. */
  toData(): FaqMatcherData {
    return {
      ids: this.ids,
      docs: this.docs.map((d) => [d.entry, d.norm]),
      features: [...this.idf].map(([f, idf]) => [f, idf, flatPostings(this.postings.get(f))]),
      keywords: this.keywords.toJSON(),
      keyness: this.keyness.map((k) => Object.fromEntries(k)),
      rarity: Object.fromEntries(this.rarity),
      surfaces: Object.fromEntries([...this.surfaces].map(([t, set]) => [t, [...set]])),
    };
  }

  /** The entries a normalised message may ask, best first (at most `limit`). Never throws on user text. */
  match(normalized: string, limit = 5): FaqMatch[] {
    const similar = this.similarities(textFeatures(normalized, FAQ_CHAR_NGRAM_WEIGHT));
    const keyword = this.keywordScores(normalized);
    const simMax = Math.max(0, ...similar.values());
    const keyMax = Math.max(0, ...[...keyword.values()].map((k) => k.score));
    if (simMax === 0 && keyMax === 0) return [];
    const ids = new Set([...similar.keys(), ...keyword.keys()]);
    const content = this.contentOf(normalized);
    const holding = this.entriesHolding(content);
    const scored = [...ids].map((entry) => {
      const similarity = similar.get(entry) ?? 0;
      const key = keyword.get(entry);
      const fused =
        SIMILARITY_SHARE * (simMax > 0 ? similarity / simMax : 0) + (1 - SIMILARITY_SHARE) * (key && keyMax > 0 ? key.score / keyMax : 0);
      const evidence = holding.has(entry) ? this.evidence(entry, content) : 0;
      const score = fused * (1 - EVIDENCE_SHARE + EVIDENCE_SHARE * evidence);
      return { id: this.ids[entry] as string, score, similarity, coverage: key?.coverage ?? 0, evidence };
    });
    return bestFirst(scored, limit);
  }

  /**
   * The entries whose key words hold some matchable word of the message: the others' evidence is 0 (nothing held),
   * so it is not computed for the hundred-odd entries the character n-grams reach.
   */
  private entriesHolding(content: ReadonlyMap<string, { matchable: boolean }>): Set<number> {
    const holding = new Set<number>();
    for (const [t, { matchable }] of content) if (matchable) for (const entry of this.entriesWithKey.get(t) ?? []) holding.add(entry);
    return holding;
  }

  /** The message's content words (stems) and what each weighs: its rarity among the entries, less if generic. */
  private contentOf(normalized: string): Map<string, { weight: number; matchable: boolean }> {
    // A word no entry has (a typo, a name, "gastro") weighs as a common word: it may say what the message is about,
    // or nothing; only the words the entries share are measured by their rarity.
    const unknown = UNKNOWN_WEIGHT;
    const content = new Map<string, { weight: number; matchable: boolean }>();
    for (const w of contentWords(normalized)) {
      const t = keyStem(w);
      const generic = GENERIC_WORDS.has(t) || /^\d/.test(t);
      // "compta" weighs as the word it is, and holds nothing of the entries that say "compte".
      const matchable = t.startsWith('@') || this.sameWord(w) || content.get(t)?.matchable === true;
      content.set(t, { weight: (this.rarity.get(t) ?? unknown) * (generic ? GENERIC_WEIGHT : 1), matchable });
    }
    return content;
  }

  /** See `FaqMatch.evidence`. */
  private evidence(entry: number, content: ReadonlyMap<string, { weight: number; matchable: boolean }>): number {
    const key = this.keyness[entry];
    const top = this.topKeys[entry];
    if (!key || !top || top.length === 0) return 0;
    let total = 0;
    let held = 0;
    let keyHeld = 0;
    for (const [t, { weight: w, matchable }] of content) {
      total += w;
      const k = key.get(t);
      if (k === undefined || !matchable) continue;
      held += w;
      keyHeld += k;
    }
    if (total === 0 || keyHeld === 0) return 0;
    // The entry's strongest key words the message leaves out weigh against what it holds.
    let missed = 0;
    for (const [t, k] of top) if (!content.get(t)?.matchable) missed += k;
    return (held / Math.max(total, MIN_CONTENT)) * (keyHeld / (keyHeld + missed));
  }

  /** Best cosine per entry (its questions, or its answer). */
  private similarities(features: Features): Map<number, number> {
    const dots = this.dots;
    // Documents in the order they are first reached: the entries' order, and so the order of equal scores, as before.
    const reached: number[] = [];
    let norm = 0;
    for (const [f, x] of features) {
      const idf = this.idf.get(f);
      if (idf === undefined) continue;
      const q = x * idf;
      norm += q * q;
      const { docs, weights } = this.postings.get(f) as Posting;
      for (let i = 0; i < docs.length; i++) {
        const doc = docs[i] as number;
        if (dots[doc] === 0) reached.push(doc);
        dots[doc] = (dots[doc] as number) + q * (weights[i] as number);
      }
    }
    const best = new Map<number, number>();
    const qNorm = Math.sqrt(norm);
    for (const doc of reached) {
      const dot = dots[doc] as number;
      dots[doc] = 0;
      if (norm === 0) continue;
      const d = this.docs[doc] as { entry: number; norm: number };
      const sim = dot / (qNorm * d.norm);
      if (sim > (best.get(d.entry) ?? 0)) best.set(d.entry, sim);
    }
    return best;
  }

  /** lunr score × coverage² per entry: a question that covers every word asked beats one that shares a rare word. */
  private keywordScores(normalized: string): Map<number, { score: number; coverage: number }> {
    const out = new Map<number, { score: number; coverage: number }>();
    const words = tokenize(normalized);
    const terms = [...new Set(words.map(stemFr).filter((t): t is string => !!t && t.length > 1))].slice(0, MAX_QUERY_TERMS);
    if (terms.length === 0) return out;
    // A term only some word of the message is a form of: "compta" keeps its place in the coverage, but is not looked for.
    const sought = new Set(words.filter((w) => this.sameWord(w)).map(stemFr));
    // The query is built term by term, never parsed from user text, so nothing can throw. A long word's fuzzy clause
    // is given as the index words it reaches (one clause each, in lunr's order, the same boost): the same query.
    const clauses: KeywordClause[] = [];
    for (const term of terms) {
      if (!sought.has(term)) continue;
      clauses.push({ term, boost: 10 });
      if (term.length >= FUZZY_MIN_LENGTH) for (const word of this.wordsNear(term)) clauses.push({ term: word, boost: 1 });
    }
    const results = this.keywordIndex.query(clauses);
    for (const r of results.slice(0, KEYWORD_CANDIDATES)) {
      const entry = this.entryById.get(r.ref);
      if (entry === undefined) continue;
      let covered = 0;
      for (const t of terms) if (r.has(t)) covered++;
      const coverage = covered / terms.length;
      out.set(entry, { score: r.score * coverage * coverage, coverage });
    }
    return out;
  }

  /**
   * Whether a word of the message is the word the index knows by its stem: one of the entries' own words, a form of
   * one ("heures", "changer"), or its stem plus an inflection. A stem shared by another word ("compta" and "compte")
   * is not a match; a stem the index does not have is looked for as it is (its fuzzy neighbours may be).
   */
  private sameWord(word: string): boolean {
    const t = stemFr(word);
    if (!t) return false;
    const known = this.surfaces.get(t);
    if (!known || known.has(word)) return true;
    for (const u of known) if (u.startsWith(word) || word.startsWith(u)) return true;
    return word.startsWith(t) && INFLECTIONS.has(word.slice(t.length));
  }

  /** The index's words one edit away from `term`, as lunr's fuzzy clause would expand it. */
  private wordsNear(term: string): string[] {
    return this.fuzzyWords.get(term, (t) => (this.keywords as unknown as IndexWords).tokenSet.intersect(TokenSets.fromFuzzyString(t, 1)).toArray());
  }
}

/**
 * The `limit` best matches, best first, equal scores in their order: what a stable sort by score then a slice gives,
 * without sorting the hundred-odd entries a message reaches.
 */
function bestFirst(matches: readonly FaqMatch[], limit: number): FaqMatch[] {
  if (limit <= 0 || matches.some((m) => Number.isNaN(m.score))) return [...matches].sort((a, b) => b.score - a.score).slice(0, limit);
  const top: FaqMatch[] = [];
  for (const m of matches) {
    if (top.length >= limit && (top[top.length - 1] as FaqMatch).score >= m.score) continue;
    let at = top.length;
    while (at > 0 && (top[at - 1] as FaqMatch).score < m.score) at--;
    top.splice(at, 0, m);
    if (top.length > limit) top.pop();
  }
  return top;
}

interface Posting {
  docs: Uint32Array;
  weights: Float64Array;
}

/** A posting as [doc, weight, doc, weight…] for the cache. */
function flatPostings(posting: Posting | undefined): number[] {
  const flat: number[] = [];
  if (posting) for (let i = 0; i < posting.docs.length; i++) flat.push(posting.docs[i] as number, posting.weights[i] as number);
  return flat;
}

/** The stems of a message's words that may say what it is about (grammar and one-letter elisions dropped). */
function contentStems(normalized: string): string[] {
  return contentWords(normalized).map(keyStem);
}

/**
 * Words people use for the same party of the contract, counted as one key word: an entry asked with "patron" in some
 * phrasings and "employeur" or "entreprise" in others has that party as one key word, not three weaker ones.
 */
const EMPLOYER_WORDS: ReadonlySet<string> = new Set(['patron', 'patronne', 'patrons', 'employeur', 'employeurs', 'employeuse', 'entreprise', 'entreprises', 'boite', 'boites', 'boss', 'taf']);

/** The stem a word counts under as a key word. */
function keyStem(word: string): string {
  return EMPLOYER_WORDS.has(word) ? '@employeur' : stem(word);
}

function contentWords(normalized: string): string[] {
  return tokenize(normalized).filter((w) => w.length > 1 && !TITLE_STOP_WORDS.has(w));
}

/** The features of several phrasings added together: the entry as one document. */
function sumOf(texts: readonly string[]): Features {
  const sum: Features = new Map();
  for (const t of texts) for (const [f, x] of textFeatures(normalize(t), FAQ_CHAR_NGRAM_WEIGHT)) sum.set(f, (sum.get(f) ?? 0) + x);
  return sum;
}
