import type { FeedbackEntry, UnansweredQuestion } from '../storage/types.js';
import { normalize } from '../text/normalize.js';
import { toCsv } from './csv.js';

export interface FeedbackRow {
  kind: 'sans_reponse' | 'avis_negatif';
  question: string;
  topic: string;
  count: number;
  /** Thumbs up on the same question and topic, to weigh the down votes. */
  upCount: number;
  reasons: string;
  firstSeen: string;
  lastSeen: string;
}

const HEADER = ['type', 'question', 'sujet', 'nombre', 'avis_positifs', 'raisons', 'premiere_fois', 'derniere_fois'];

// One CSV writer for every export of the console (formula-safe): see csv.ts.
export { csvCell, toCsv } from './csv.js';

function day(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * Unanswered questions and down-voted answers, grouped by question (compared without case and accents) with
 * their counts, most frequent first: what the people who maintain the knowledge base should look at.
 */
export function feedbackRows(unanswered: readonly UnansweredQuestion[], votes: readonly FeedbackEntry[]): FeedbackRow[] {
  const groups = new Map<string, FeedbackRow & { first: number; last: number; reasonSet: Set<string> }>();
  const add = (kind: FeedbackRow['kind'], question: string, topic: string, at: number, reason: string | null, up: boolean): void => {
    const key = `${kind}|${topic}|${normalize(question)}`;
    let g = groups.get(key);
    if (!g) {
      g = { kind, question, topic, count: 0, upCount: 0, reasons: '', firstSeen: '', lastSeen: '', first: at, last: at, reasonSet: new Set() };
      groups.set(key, g);
    }
    if (up) g.upCount++;
    else g.count++;
    g.first = Math.min(g.first, at);
    g.last = Math.max(g.last, at);
    if (reason) g.reasonSet.add(reason.trim());
  };
  for (const u of unanswered) add('sans_reponse', u.question, '', u.createdAt, null, false);
  const downKeys = new Set(votes.filter((v) => v.rating === 'down').map((v) => `${v.topic ?? ''}|${normalize(v.question ?? '')}`));
  for (const v of votes) {
    // Thumbs up only count next to a down-voted answer; alone they need no work.
    if (!downKeys.has(`${v.topic ?? ''}|${normalize(v.question ?? '')}`)) continue;
    add('avis_negatif', v.question ?? '', v.topic ?? '', v.createdAt, v.reason, v.rating === 'up');
  }
  return [...groups.values()]
    .filter((g) => g.count > 0)
    .map(({ first, last, reasonSet, ...g }) => ({ ...g, reasons: [...reasonSet].join(' | '), firstSeen: day(first), lastSeen: day(last) }))
    .sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind) || a.question.localeCompare(b.question, 'fr'));
}

export function feedbackCsv(unanswered: readonly UnansweredQuestion[], votes: readonly FeedbackEntry[]): string {
  const rows = feedbackRows(unanswered, votes).map((r) => [r.kind, r.question, r.topic, r.count, r.upCount, r.reasons, r.firstSeen, r.lastSeen]);
  return toCsv([HEADER, ...rows]);
}
