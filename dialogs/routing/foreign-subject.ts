/**
 * A short question on a subject no FAQ entry writes (a word none has, nor comes a typo near): one our sources do
 * not cover, said so with the free line rather than "rephrase it".
 */
import type { RoutingInput } from './route.js';
import { ownWordStems } from '../support/answer-words.js';
import { COVERAGE_ALL_WORDS_MAX } from './thresholds.js';

/** A short question (COVERAGE_ALL_WORDS_MAX own words at most) with a word no FAQ entry writes nor comes a typo near. */
export function foreignSubjectAsked(i: RoutingInput): boolean {
  const u = i.understanding;
  if (u.kind !== 'text' || !(u.cues.questionWord || u.text.includes('?'))) return false;
  if (ownWordStems(u.normalized).length > COVERAGE_ALL_WORDS_MAX) return false;
  return (i.faqForeign?.() ?? []).length > 0;
}
