import type { Understanding } from '../../src/nlu/understanding.js';
import { namesConcept, namesPlace, OWN_QUESTION_OR_COURSE_CONCEPTS } from './facts.js';


/**
 * "surtout pas un bureau, je veux être dehors", "pas dans la vente": a field the person does not want, with the one
 * they want or alone. It is no bare "no" (the classifier reads the "pas"): the guided orientation takes the field
 * wanted, or asks what they like without offering the field denied. A trade named or a place goes its own way.
 */
export function fieldDenied(u: Understanding): boolean {
  if ((u.facts.deniedInterests ?? []).length === 0 || u.trade !== undefined || namesPlace(u) || u.outside !== undefined) return false;
  return !namesConcept(u, OWN_QUESTION_OR_COURSE_CONCEPTS);
}
