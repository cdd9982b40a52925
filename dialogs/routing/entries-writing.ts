import type { FaqEntry } from '../../src/knowledge/schema/faq.js';
import { normalize } from '../../src/text/normalize.js';
import { ownWordStems } from '../support/answer-words.js';
import { notionsOf } from './everyday-words.js';

/**
 * How many FAQ entries write each word stem and each everyday notion ('@…', everyday-words.ts): the rarity of what a
 * follow-up asks, for in-view-entry.ts (its rare stems) and content-in-view.ts (all its stems and notions). One count
 * per knowledge version (the entries array is the same object for a version); the two readers once kept a twin each.
 */

/** What an entry writes (its answers, details, title and the terms it defines), never the questions it is asked by. */
export function faqWritten(entry: FaqEntry): string[] {
  return [
    entry.answer.tu,
    entry.answer.vous,
    ...(entry.answer_minor ? [entry.answer_minor.tu, entry.answer_minor.vous] : []),
    ...(entry.details ? [entry.details.tu, entry.details.vous] : []),
    entry.title ?? '',
    ...(entry.defines ?? []),
  ];
}

const counted = new WeakMap<readonly FaqEntry[], ReadonlyMap<string, number>>();

/** The number of entries that write each stem or notion. */
export function entriesWriting(entries: readonly FaqEntry[]): ReadonlyMap<string, number> {
  let known = counted.get(entries);
  if (known) return known;
  const counts = new Map<string, number>();
  for (const entry of entries) {
    const text = normalize(faqWritten(entry).join(' \n '));
    for (const key of new Set([...ownWordStems(text), ...notionsOf(text, 'written').notions])) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  counted.set(entries, (known = counts));
  return known;
}
