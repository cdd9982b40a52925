import { conceptOf } from '../../src/nlu/concepts.js';
import type { Understanding } from '../../src/nlu/understanding.js';
import { namesPlace } from './facts.js';

/** Words of another question asked beside the field denied (pay, aids, hiring, a course). */
const OTHER_QUESTION_CONCEPTS: ReadonlySet<string> = new Set(['@pay', '@aid', '@hire', '@course']);

/**
 * "surtout pas un bureau, je veux être dehors", "pas dans la vente": a field the person does not want, with the one
 * they want or alone. It is no bare "no" (the classifier reads the "pas"): the guided orientation takes the field
 * wanted, or asks what they like without offering the field denied. A trade named or a place goes its own way.
 */
export function fieldDenied(u: Understanding): boolean {
  if ((u.facts.deniedInterests ?? []).length === 0 || u.trade !== undefined || namesPlace(u) || u.outside !== undefined) return false;
  return !u.normalized.split(' ').some((w) => OTHER_QUESTION_CONCEPTS.has(conceptOf(w) ?? ''));
}
