import type { KnowledgeBase } from '../../src/knowledge/store.js';
import { HOW_LONG_ASKED } from '../../src/nlu/cues.js';
import { normalize, tokenize } from '../../src/text/normalize.js';
import { stem } from '../../src/text/stem.js';
import { TITLE_STOP_WORDS } from '../../src/text/stop-words.js';

/**
 * The words a message brings of its own: grammar, one-letter elisions ("l'", "j'"), bare numbers and hours ("20h",
 * "22h30": a detail of the question, like a number, never what it is about) dropped, each stemmed. "on l'a comment ?"
 * brings none; "faut la rembourser si l'apprenti part ?" brings three.
 */
export function ownWordStems(normalized: string): string[] {
  return tokenize(normalized)
    .filter((w) => w.length > 1 && !TITLE_STOP_WORDS.has(w) && !MODAL_WORDS.has(w) && !/^\d+(h\d*)?$/.test(w))
    .map(stem);
}

/**
 * The numbers a message or an answer speaks of ("20h", "22 h 30", "35 heures", "8h"), each as "#20", "#22"…: kept apart
 * from the words, so a follow-up that asks about an hour or an amount the last answer gives is seen to be about it.
 */
export function numberKeys(normalized: string): string[] {
  return [...normalized.matchAll(/(?<![\d,.])(\d+)/g)].map((m) => `#${Number(m[1])}`);
}

/**
 * A delay given: "3 mois", "sous 20 jours", "8 semaines", "en 2 ans", "de 6 mois à 3 ans". Years count only with one
 * digit after a word of duration: "de 16 à 29 ans" is an age far more often than a delay.
 */
const DELAY_GIVEN = /\b\d+ (?:jours?|semaines?|mois)\b|\b(?:en|pendant|sur|durant|a) \d (?:ans?|annees?)\b|\b\d annees?\b/;
/**
 * How long, asked ("ça prend combien de temps ?", "quel délai ?") or answered ("sous 20 jours", "dans les 8 mois"): the
 * two share no word, so both are read as one concept, and a delay asked after an answer meets the sentence that gives it.
 */
export const HOW_LONG = new RegExp(`\\b(?:combien de (?:temps|tps)|cmb de (?:temps|tps)|en combien de|longtemps|delai|delais|duree)\\b|${DELAY_GIVEN.source}`);
const MONTH = '(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)';

/** A kind of value asked: a delay, an age, a date ("combien de temps ?", "jusqu'à quel âge ?", "depuis quand ?"). */
const ASKED: ReadonlyArray<readonly [string, RegExp]> = [
  ['@delay', HOW_LONG_ASKED],
  ['@age', /\bquel (?:age|ages)\b/],
  ['@date', /\b(?:depuis quand|a partir de quand|quelle date|de quand)\b/],
];
/** A kind of value given: "pendant 3 mois", "jusqu'à ses 20 ans", "depuis le 1er janvier 2026", "du 8 mars". */
const GIVEN: ReadonlyArray<readonly [string, RegExp]> = [
  ['@delay', DELAY_GIVEN],
  ['@age', /\b(?:jusqu a|a partir de|des|avant|apres|de|a|ses|ton|son|tes|vos|leurs?) \d{2} ans\b/],
  ['@date', new RegExp(`\\b\\d{1,2}(?:er)? ${MONTH}\\b|\\b${MONTH} (?:19|20)\\d{2}\\b|\\b(?:depuis|en) (?:19|20)\\d{2}\\b`)],
];

const keysOf = (kinds: ReadonlyArray<readonly [string, RegExp]>, normalized: string): string[] => kinds.filter(([, re]) => re.test(normalized)).map(([key]) => key);

/**
 * The kinds of value a question asks, as keys ('@delay', '@age', '@date'): "et ça s'arrête à quel âge ?" after the
 * family benefits meets the answer, and the sentence, that gives an age (valuesGiven). An age told ("mon père a 45
 * ans") asks none.
 */
export const valuesAsked = (normalized: string): string[] => keysOf(ASKED, normalized);
/** The kinds of value a text gives, as the same keys. */
export const valuesGiven = (normalized: string): string[] => keysOf(GIVEN, normalized);

/** The message names numbers (hours, durations, amounts), and the answer gives every one of them. */
export function mentionsNumbersOf(normalized: string, stems: ReadonlySet<string>): boolean {
  const keys = numberKeys(normalized);
  return keys.length > 0 && keys.every((k) => stems.has(k));
}

/**
 * Forms of "devoir", "pouvoir", "falloir", and "toujours" / "encore" (still): they say how a question is asked, not
 * what it is about ("toujours en apprentissage ?" after "continuer, souvent encore en apprentissage" asks that part).
 */
const MODAL_WORDS: ReadonlySet<string> = new Set(
  'dois doit devons devez doivent devoir devrais devrait devrions devriez pouvons pouvez peuvent pouvoir pourrais pourrait pourrions pourriez faudrait fallait toujours encore tjrs tjs'.split(' '),
);

/** The stems of each answer a follow-up may continue, per knowledge version: built once, never per turn. */
const stemsCache = new WeakMap<object, Map<string, ReadonlySet<string>>>();

function stemsOf(text: string): ReadonlySet<string> {
  const normalized = normalize(text);
  return new Set([...ownWordStems(normalized), ...numberKeys(normalized), ...valuesGiven(normalized)]);
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
