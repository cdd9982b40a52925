import { EXAM_FAILED_ENTRY, examFailedTold } from './exam-failed.js';
import { partKeys } from '../support/answer-parts.js';
import { sentencesOf } from '../support/lead-sentence.js';
import { normalize } from '../../src/text/normalize.js';
import type { Route, RoutingInput } from './route.js';

/**
 * Whether the employer must keep them: "il est obligé de me garder ?", "mon patron doit me garder ?", "ils vont me
 * garder ?", "il peut me lâcher ?" (normalised: "oblige de me garder").
 */
const KEPT_ASKED = /\b(?:oblige|obligee|obliges|force|forcee|doit|doivent|devra|tenu|tenue) (?:de |d )?(?:me|le|la|nous|te|les) garder\b|\b(?:va|vont|voudra|veut|peut|pourra) (?:me|le|la|te) (?:garder|lacher|virer|renvoyer)\b|\b(?:me|le|la|te) gardera\b/;

/** The sentence of the answer on the contract after a failure that says who keeps them (the employer if they agree). */
const KEEPING_SENTENCE = /\b(?:employeur actuel|accord de l employeur)\b/;

/**
 * "il est obligé de me garder ?" after the failed exam (or told with it): the part of that answer saying the contract
 * goes on only if the employer agrees, or with another employer, first (not an entry sharing "garder": the time at
 * the CFA the employer cannot keep them from).
 */
export function keptAfterExamFailed(input: RoutingInput): Route | undefined {
  const { understanding: u, data } = input;
  if (u.kind !== 'text' || !KEPT_ASKED.test(u.normalized) || !input.hasFaqEntry(EXAM_FAILED_ENTRY)) return undefined;
  const afterIt = data.lastFaq === EXAM_FAILED_ENTRY && input.inContext;
  if (!afterIt && !examFailedTold(u)) return undefined;
  const entry = input.faqEntry?.(EXAM_FAILED_ENTRY);
  const keys = new Set<string>();
  for (const text of entry ? [entry.answer.tu, entry.answer.vous] : []) {
    const sentence = sentencesOf(text).find((s) => KEEPING_SENTENCE.test(normalize(s)));
    if (sentence !== undefined) for (const key of partKeys(normalize(sentence))) keys.add(key);
  }
  return { kind: 'faq_entry', id: EXAM_FAILED_ENTRY, focus: [...keys] };
}
