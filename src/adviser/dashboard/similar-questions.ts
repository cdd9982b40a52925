import PorterStemmerFr from 'natural/lib/natural/stemmers/porter_stemmer_fr.js';
import { allowedTypos, boundedEditDistance } from '../../text/fuzzy.js';
import { TITLE_STOP_WORDS } from '../../text/stop-words.js';
import { normalize, tokenize } from '../../text/normalize.js';
import { redactQuestion } from './redact.js';

/**
 * Unanswered questions grouped by similarity, so an editor sees "12 people asked about the driving licence" rather
 * than twelve lines. Each question is read the way the bot reads messages (src/text/normalize: SMS spelling,
 * accents, elisions), its grammar words dropped (the stop list of the knowledge's matchers), the rest stemmed with
 * the French Porter stemmer of `natural`, already used by the classifier. Two questions are alike when their
 * stems overlap enough (Jaccard, with a stem matching another within the typos the matchers forgive). Grouping is
 * greedy and deterministic: the most frequent wordings open the groups, each question joins the closest group.
 */
export interface Question {
  question: string;
  createdAt: number;
}

export interface QuestionGroup {
  /** The group's most frequent wording, as it was last typed (redacted). */
  label: string;
  count: number;
  /** Up to `maxExamples` distinct wordings, redacted, most frequent first. */
  examples: string[];
  /** The stems the group was built on, for the CSV and the tests. */
  keywords: string[];
  firstAt: number;
  lastAt: number;
}

export interface GroupingOptions {
  /** Minimum similarity, 0 to 1, to join a group. */
  threshold?: number;
  maxExamples?: number;
  /** At most this many questions are read (the most recent), so a flood cannot stall the console. */
  maxQuestions?: number;
}

const DEFAULTS = { threshold: 0.5, maxExamples: 3, maxQuestions: 5_000 };

/** The content stems of a question (a set, in order of appearance). */
export function questionStems(text: string): string[] {
  const out = new Set<string>();
  for (const token of tokenize(normalize(text))) {
    if (TITLE_STOP_WORDS.has(token) || token.length < 2) continue;
    // Digits carry no topic ("17 ans" and "18 ans" ask the same thing).
    if (/^\d/.test(token)) continue;
    out.add(PorterStemmerFr.stem(token));
  }
  return [...out];
}

function stemsMatch(a: string, b: string): boolean {
  if (a === b) return true;
  const max = allowedTypos(Math.min(a.length, b.length));
  return max > 0 && boundedEditDistance(a, b, max) <= max;
}

/** Jaccard similarity of two stem sets where a stem may match another within the forgiven typos. */
export function similarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const used = new Set<number>();
  let matched = 0;
  for (const x of a) {
    const j = b.findIndex((y, i) => !used.has(i) && stemsMatch(x, y));
    if (j >= 0) {
      used.add(j);
      matched++;
    }
  }
  return matched / (a.length + b.length - matched);
}

interface Wording {
  text: string;
  key: string;
  stems: string[];
  count: number;
  firstAt: number;
  lastAt: number;
}

export function groupSimilarQuestions(questions: readonly Question[], options: GroupingOptions = {}): QuestionGroup[] {
  const { threshold, maxExamples, maxQuestions } = { ...DEFAULTS, ...options };
  const recent = [...questions].sort((a, b) => b.createdAt - a.createdAt).slice(0, maxQuestions);
  // Identical wordings (after normalisation) first, so counting and redaction run once per wording.
  const wordings = new Map<string, Wording>();
  for (const q of recent) {
    // A question of signs only ("???") normalises to nothing: it is still counted, under its own wording.
    const key = normalize(q.question) || q.question.trim();
    if (!key) continue;
    const w = wordings.get(key);
    if (w) {
      w.count++;
      w.firstAt = Math.min(w.firstAt, q.createdAt);
      w.lastAt = Math.max(w.lastAt, q.createdAt);
    } else {
      wordings.set(key, { text: q.question, key, stems: questionStems(q.question), count: 1, firstAt: q.createdAt, lastAt: q.createdAt });
    }
  }
  const ordered = [...wordings.values()].sort((a, b) => b.count - a.count || b.lastAt - a.lastAt || a.key.localeCompare(b.key));
  const groups: { stems: string[]; members: Wording[] }[] = [];
  for (const w of ordered) {
    let best: (typeof groups)[number] | undefined;
    let bestScore = threshold;
    for (const g of groups) {
      // Questions with no content word ("??", "et alors") only group with the same wording.
      const score = w.stems.length === 0 || g.stems.length === 0 ? 0 : similarity(w.stems, g.stems);
      if (score >= bestScore && (!best || score > bestScore)) {
        best = g;
        bestScore = score;
      }
    }
    if (best) best.members.push(w);
    else groups.push({ stems: w.stems, members: [w] });
  }
  return groups
    .map((g) => {
      const examples: string[] = [];
      for (const m of g.members) {
        const text = redactQuestion(m.text);
        if (text && !examples.includes(text)) examples.push(text);
        if (examples.length >= maxExamples) break;
      }
      return {
        label: examples[0] ?? '',
        count: g.members.reduce((n, m) => n + m.count, 0),
        examples,
        keywords: g.stems,
        firstAt: Math.min(...g.members.map((m) => m.firstAt)),
        lastAt: Math.max(...g.members.map((m) => m.lastAt)),
      };
    })
    .sort((a, b) => b.count - a.count || b.lastAt - a.lastAt || a.label.localeCompare(b.label, 'fr'));
}
