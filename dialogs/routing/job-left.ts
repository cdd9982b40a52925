import type { Understanding } from '../../src/nlu/understanding.js';
import { namesConcept, namesPlace, OWN_QUESTION_CONCEPTS } from './facts.js';

/**
 * "je suis caissière, je veux changer", "je travaille comme serveur mais j'en ai marre": the job held is the person's
 * situation, not the trade wished (the recogniser drops its words). With no trade wished, no field liked and no place,
 * the guided orientation asks what they like, never a FAQ answer about changing one's diploma.
 */
export function leavesJobWithNoWish(u: Understanding): boolean {
  if (u.facts.leavingJob !== true || u.trade !== undefined || u.facts.interests.length > 0 || namesPlace(u) || u.outside !== undefined) return false;
  // "je suis vendeuse, je veux changer : c'est combien le salaire ?" asks that question.
  return !namesConcept(u, OWN_QUESTION_CONCEPTS);
}

