import type { KnowledgeBase } from '../../src/knowledge/store.js';
import { normalize, tokenize } from '../../src/text/normalize.js';
import { stem } from '../../src/text/stem.js';
import { TITLE_STOP_WORDS } from '../../src/text/stop-words.js';

/**
 * The words a message brings of its own: grammar, one-letter elisions ("l'", "j'") and bare numbers dropped, each
 * stemmed. "on l'a comment ?" brings none; "faut la rembourser si l'apprenti part ?" brings three.
 */
export function ownWordStems(normalized: string): string[] {
  return tokenize(normalized)
    .filter((w) => w.length > 1 && !TITLE_STOP_WORDS.has(w) && !MODAL_WORDS.has(w) && !/^\d+$/.test(w))
    .map(stem);
}

/** Forms of "devoir", "pouvoir", "falloir": they say how a question is asked, not what it is about. */
const MODAL_WORDS: ReadonlySet<string> = new Set(
  'dois doit devons devez doivent devoir devrais devrait devrions devriez pouvons pouvez peuvent pouvoir pourrais pourrait pourrions pourriez faudrait fallait'.split(' '),
);

/** The stems of each answer a follow-up may continue, per knowledge version: built once, never per turn. */
const stemsCache = new WeakMap<object, Map<string, ReadonlySet<string>>>();

function stemsOf(text: string): ReadonlySet<string> {
  return new Set(ownWordStems(normalize(text)));
}

/**
 * The words of the answer shown last (a FAQ entry's questions, answer and details; an aid's title, keywords,
 * summary, conditions and steps), stemmed: a follow-up whose own words are all in it asks about that answer.
 */
export function answerStems(kb: KnowledgeBase, last: { kind: 'faq' | 'aid'; id: string }): ReadonlySet<string> | undefined {
  let byId = stemsCache.get(kb.knowledge);
  if (!byId) stemsCache.set(kb.knowledge, (byId = new Map()));
  const key = `${last.kind}:${last.id}`;
  const known = byId.get(key);
  if (known) return known;
  let text: string | undefined;
  if (last.kind === 'faq') {
    const e = kb.search.faqEntry(last.id);
    if (e) text = [...e.questions, e.answer.vous, e.answer.tu, e.details?.vous ?? ''].join(' ');
  } else {
    const a = kb.knowledge.aids.find((x) => x.id === last.id);
    if (a) text = [a.title, ...a.keywords, a.summary.vous, a.summary.tu, ...a.other_conditions, a.how_to_apply.vous].join(' ');
  }
  if (text === undefined) return undefined;
  const stems = stemsOf(text);
  byId.set(key, stems);
  return stems;
}
