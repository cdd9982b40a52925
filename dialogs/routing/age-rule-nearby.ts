import type { FaqEntry } from '../../src/knowledge/schema/faq.js';
import { normalize } from '../../src/text/normalize.js';
import type { RoutingInput } from './route.js';

/** The age a rule is written for, in an entry's own words: "moins de 21 ans", "de moins de 18 ans". */
const UNDER_AGE = /\bmoins de (\d{2}) ans\b/g;
const ADULT_AGE = 18;

/** The ages under which the entry's rule is written ("moins de 21 ans" → 21; a minors' rule → 18). */
function agesUnderOf(entry: FaqEntry): number[] {
  const text = normalize(`${entry.title ?? ''} ${entry.answer.vous}`);
  const bounds = [...text.matchAll(UNDER_AGE)].map((m) => Number(m[1]));
  if (entry.for_minors === true || entry.answer_minor !== undefined) bounds.push(ADULT_AGE);
  return bounds;
}

/**
 * "j'ai 17 ans, ça change quoi ?" after the paid holidays: the entry linked to the last answer (its `related`) whose
 * rule is written for people under an age the person is under (30 days of leave under 21), not the pay grid the age
 * alone would read, nor the same card again. The last answer's own minor version, when it has one, is that answer
 * again (answerFor picks it), so it is never looked past.
 */
export function ageRuleNearby(input: RoutingInput, lastId: string, age: number): string | undefined {
  const last = input.faqEntry?.(lastId);
  if (last === undefined || (age < ADULT_AGE && (last.for_minors === true || last.answer_minor !== undefined))) return undefined;
  for (const id of input.faqRelated?.(lastId) ?? []) {
    const entry = input.faqEntry?.(id);
    if (entry !== undefined && agesUnderOf(entry).some((bound) => age < bound)) return id;
  }
  return undefined;
}

/** Any age an entry's answer writes: "16 ans, ou 15 ans si tu as terminé ta 3e". */
const AGE_WRITTEN = /\b(\d{1,2}) ans\b/g;

/**
 * Round 30 (blind-36 ori-age-12): "et à 15 ans ?" after the minimum age ("16 ans, ou 15 ans si tu as terminé ta 3e")
 * got the maximum age, an entry linked to it whose "moins de 30 ans" the age is under. An answer whose own ages span
 * the one asked (from its lowest to its highest) is itself the rule for it: that answer again, led by its sentence.
 */
export function writesAgesAround(entry: FaqEntry, age: number): boolean {
  const ages = [...normalize(`${entry.answer.tu} ${entry.answer.vous}`).matchAll(AGE_WRITTEN)].map((m) => Number(m[1]));
  return ages.length > 0 && age >= Math.min(...ages) && age <= Math.max(...ages);
}

/**
 * "et à 17 ans ?", "et pour un 19 ans ?", "et si j'ai 16 ans ?", "mm a 17 ans": the same question for another age; also
 * an age to come ("et quand j'aurai 18 ans ?", "une fois que j'aurai 18 ans ?", "et à mes 18 ans ?"): the rule at that age.
 */
const AGE_FOLLOW_UP = /^(?:et|mais|meme|mm|pareil|quand|qd|une fois)(?: (?:a|pour|si|avec|quand|qd|de|un|une|on|il|elle|je|j|ai|a|g|jai|est|mon|ma|fils|fille|fois|que|qu|aurai|auras|aura|aurons|aurez|auront|serai|seras|sera|mes|ses|tes))* \d{1,2} ans$/;

/**
 * "et à 17 ans ?" right after an entry with a rule of its own for an age (the minors' night work, its minor version)
 * or linked to one (the paid holidays → the under-21s' leave): that rule for that age, not the pay grid the age alone
 * reads. After an entry with no rule for any age, the message keeps its reading (the pay, after the pay).
 */
export function ageAskedAgainst(input: RoutingInput, lastId: string): string | undefined {
  const u = input.understanding;
  if (u.facts.age === undefined || !AGE_FOLLOW_UP.test(u.normalized)) return undefined;
  const last = input.faqEntry?.(lastId);
  if (last === undefined) return undefined;
  if (last.for_minors === true || last.answer_minor !== undefined) return lastId;
  if (writesAgesAround(last, u.facts.age)) return lastId;
  return ageRuleNearby(input, lastId, u.facts.age);
}
