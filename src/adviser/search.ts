import type { KnowledgeBase } from '../knowledge/store.js';
import type { Knowledge } from '../knowledge/snapshot.js';
import { TRADE_STOP_WORDS } from '../text/stop-words.js';
import { tradeDiplomaIds } from '../knowledge/schema/trade.js';
import { extractEntities } from '../nlu/entities.js';
import { modelsFor } from '../nlu/models.js';
import { PAY_WORDS } from '../nlu/cues.js';
import { communeInText } from '../nlu/places.js';
import { normalize, tokenize } from '../text/normalize.js';
import {
  aidAnswer,
  diplomaAnswer,
  establishmentAnswer,
  faqAnswer,
  salaryAnswer,
  tradeAnswer,
  type AdviserAnswer,
  type AnswerKind,
} from './answers.js';

export interface SearchHit extends AdviserAnswer {
  /** Relevance in [0, 1]; results are sorted by it. */
  score: number;
}

export interface SearchOptions {
  /** ISO date: ended aids are flagged relative to it. */
  today: string;
  limit?: number;
}

/** Advisers also type the pay as what the apprentice receives ("combien touche un apprenti de 17 ans"). */
const RECEIVES = /\b(?:touche|toucher)\b/;
/** Shown first among equals: a computed answer, then vetted texts, then reference data. */
const KIND_ORDER: readonly AnswerKind[] = ['salary', 'faq', 'aid', 'trade', 'diploma', 'establishment'];
const DIPLOMA_TYPES: Readonly<Record<string, readonly string[]>> = {
  cap: ['CAP', 'CAPA'],
  capa: ['CAPA'],
  bac_pro: ['Bac pro'],
  bp: ['BP', 'BPA'],
  bts: ['BTS', 'BTSA'],
  btsa: ['BTSA'],
  but: ['BUT', 'DUT'],
  dut: ['DUT', 'BUT'],
  mc: ['MC'],
  titre_pro: ['Titre pro'],
  licence_pro: ['Licence pro'],
  licence: ['Licence', 'Licence pro'],
  master: ['Master'],
};

/** Word lists per snapshot, built on first use (a reload makes a new snapshot, hence a new entry). */
interface WordIndex {
  aids: { words: Set<string>; keywords: string[] }[];
  diplomas: { words: Set<string> }[];
  establishments: { words: Set<string> }[];
}
const wordIndexes = new WeakMap<Knowledge, WordIndex>();

function words(text: string): Set<string> {
  return new Set(tokenize(normalize(text)));
}

function wordIndex(k: Knowledge): WordIndex {
  let index = wordIndexes.get(k);
  if (!index) {
    index = {
      aids: k.aids.map((a) => ({ words: words(`${a.title} ${a.keywords.join(' ')}`), keywords: a.keywords.map(normalize) })),
      diplomas: [...k.diplomas.values()].map((d) => ({ words: words(d.title) })),
      establishments: k.establishments.map((e) => ({ words: words(`${e.name} ${k.communes.get(e.commune)?.name ?? ''}`) })),
    };
    wordIndexes.set(k, index);
  }
  return index;
}

/** Share of the query's meaningful words found in `have`. */
function coverage(terms: readonly string[], have: ReadonlySet<string>): number {
  if (terms.length === 0) return 0;
  return terms.filter((t) => have.has(t)).length / terms.length;
}

/**
 * The adviser's search: the same knowledge and the same matchers as the bot (FAQ retrieval, trade matcher, intent
 * classifier, entity extraction, the salary rule), over FAQ, aids (title and keywords), trades, diplomas (title) and
 * establishments (name and town). Pure over one snapshot; never throws on user text.
 */
export function searchAll(kb: KnowledgeBase, query: string, options: SearchOptions): SearchHit[] {
  const q = normalize(query.slice(0, 300));
  const tokens = tokenize(q);
  if (tokens.length === 0) return [];
  const k = kb.knowledge;
  const index = wordIndex(k);
  const commune = communeInText(kb.search, q);
  // A town's words say where, not what: "CFA Caen" must not find every diploma with Caen in its title.
  const townWords = new Set(commune ? commune.span.split(' ') : []);
  const allTerms = [...new Set(tokens.filter((t) => !TRADE_STOP_WORDS.has(t) && !/^\d+$/.test(t) && t.length > 1))];
  const terms = allTerms.filter((t) => !townWords.has(t));
  const hits: SearchHit[] = [];
  const entities = extractEntities(q);

  // Pay: computed exactly as the bot does, when the question gives an age.
  const age = entities.age?.value;
  if (age !== undefined && (PAY_WORDS.test(q) || RECEIVES.test(q) || modelsFor(kb).intents.classify(q).intent === 'salary')) {
    const a = salaryAnswer(k, age, entities.contractYear);
    if (a) hits.push({ ...a, score: 1 });
  }

  const faq = kb.search.faq(q, 5);
  const top = faq[0]?.score ?? 1;
  for (const h of faq) {
    if (h.coverage < 0.5) continue;
    // One shared word is thin evidence for a whole question: a one-word query favours trades and aids.
    const single = allTerms.length < 2 ? 0.85 : 1;
    hits.push({ ...faqAnswer(h.entry), score: 0.9 * single * h.coverage * (0.5 + (0.5 * h.score) / top) });
  }

  const padded = ` ${q} `;
  k.aids.forEach((aid, i) => {
    const entry = index.aids[i];
    if (!entry) return;
    const named = entry.keywords.some((kw) => kw.length > 0 && padded.includes(` ${kw} `));
    const c = coverage(terms, entry.words);
    const ended = aid.valid_to !== null && aid.valid_to < options.today;
    const score = (named ? 0.95 : c >= 0.5 ? 0.85 * c : 0) * (ended ? 0.8 : 1);
    if (score > 0) hits.push({ ...aidAnswer(k, aid, options.today), score });
  });

  const tradeDiplomas = new Set<string>();
  for (const t of kb.search.trades(q, 5)) {
    if (t.score < 0.55) continue;
    for (const d of tradeDiplomaIds(t.trade)) tradeDiplomas.add(d);
    hits.push({ ...tradeAnswer(k, t.trade), score: Math.min(0.92, t.score * 0.9) });
  }

  const wantedTypes = new Set(entities.diplomas.flatMap((d) => DIPLOMA_TYPES[d.type] ?? []));
  if (terms.length > 0) {
    const diplomas = [...k.diplomas.values()];
    const found: SearchHit[] = [];
    diplomas.forEach((d, i) => {
      const entry = index.diplomas[i];
      if (!entry || (wantedTypes.size > 0 && !wantedTypes.has(d.type))) return;
      const c = coverage(terms, entry.words);
      if (c < 0.6) return;
      // Active diplomas open to apprenticeship first.
      found.push({ ...diplomaAnswer(k, d), score: 0.8 * c * (d.active ? 1 : 0.8) * (d.apprenticeship ? 1 : 0.9) });
    });
    hits.push(...found.sort((a, b) => b.score - a.score).slice(0, 8));
  }

  const estFound: SearchHit[] = [];
  k.establishments.forEach((e, i) => {
    const entry = index.establishments[i];
    if (!entry) return;
    const inTown = commune !== undefined && e.commune === commune.commune.insee;
    const c = coverage(allTerms, entry.words);
    // "CFA Rouen boulanger": the town's places that teach the trade first.
    const teaches = e.offers.some((o) => tradeDiplomas.has(o.diploma));
    const townScore = !inTown ? 0 : tradeDiplomas.size === 0 ? 0.85 : teaches ? 0.9 : 0.55;
    const score = Math.max(townScore, c >= 0.6 ? 0.8 * c : 0);
    if (score > 0) estFound.push({ ...establishmentAnswer(k, e, options.today), score });
  });
  hits.push(...estFound.sort((a, b) => b.score - a.score).slice(0, 10));

  const seen = new Set<string>();
  return hits
    .filter((h) => !seen.has(h.id) && seen.add(h.id))
    .sort((a, b) => b.score - a.score || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind))
    .slice(0, options.limit ?? 20);
}

/** An answer by its permalink id, or undefined. */
export function answerById(kb: KnowledgeBase, id: string, options: { today: string }): AdviserAnswer | undefined {
  const m = /^(faq|aid|trade|diploma|establishment|salary):([A-Za-z0-9_-]{1,80})$/.exec(id);
  if (!m) return undefined;
  const [, kind, key = ''] = m;
  const k = kb.knowledge;
  switch (kind) {
    case 'faq': {
      const e = kb.search.faqEntry(key);
      return e ? faqAnswer(e) : undefined;
    }
    case 'aid': {
      const a = k.aids.find((x) => x.id === key);
      return a ? aidAnswer(k, a, options.today) : undefined;
    }
    case 'trade': {
      const t = k.trades.get(key);
      return t ? tradeAnswer(k, t) : undefined;
    }
    case 'diploma': {
      const d = k.diplomas.get(key);
      return d ? diplomaAnswer(k, d) : undefined;
    }
    case 'establishment': {
      const e = k.establishments.find((x) => x.uai === key);
      return e ? establishmentAnswer(k, e, options.today) : undefined;
    }
    case 'salary': {
      const s = /^(\d{1,2})(?:-([1-4]))?$/.exec(key);
      if (!s) return undefined;
      return salaryAnswer(k, Number(s[1]), s[2] ? Number(s[2]) : undefined);
    }
    default:
      return undefined;
  }
}
