import type { Understanding } from '../../src/nlu/understanding.js';
import { APPRENTICESHIP_AGE_LIMIT } from '../support/person-conditions.js';
import { namesPlace } from './facts.js';
import { CLEAR_TRADE } from './thresholds.js';
import { APPRENTICESHIP_WORDS } from '../../src/nlu/apprenticeship-word.js';

/** Adults only: a minor's wish to change is a question of orientation, not of the age limit. */
const ADULT_AGE = 18;
/** Changing trade: "me reconvertir", "une reconversion", "changer de métier / de voie", "me réorienter". */
const RETRAINING = /\b(?:reconvertir|reconverti|reconvertie|reconversion|changer de (?:metier|voie|boulot|job|travail|domaine)|reorienter|reorientation)\b/;
/** Through apprenticeship or alternance. */
const BY_APPRENTICESHIP = new RegExp(`\\b(?:${APPRENTICESHIP_WORDS}|alternant|alternante|contrat pro)\\b`);
/** A question about pay or aid is that question (the pay at their age, the aids), not whether they may. */
const PAY_OR_AID = /\b(?:combien|salaire|paye|paie|gagne|gagner|gagnerai|touche|toucher|euros?|aides?)\b/;

/**
 * "j'ai 25 ans, je suis vendeuse, je veux me reconvertir en alternance", "27 ans, reconversion en apprentissage
 * possible ?": an adult under the limit who wants to retrain as an apprentice. The first thing they need is that they
 * may (up to 29 révolus: the age-limit entry), not the field quiz alone; a clear trade or a town is a course asked
 * and keeps its own rules. The job they hold is their story.
 */
export function retrainingAdultUnderLimit(u: Understanding): boolean {
  const age = u.facts.age;
  if (age === undefined || age < ADULT_AGE || age >= APPRENTICESHIP_AGE_LIMIT) return false;
  const trade = u.trade !== undefined && u.trade.score >= CLEAR_TRADE;
  if (trade || namesPlace(u) || u.aid !== undefined || PAY_OR_AID.test(u.normalized)) return false;
  return RETRAINING.test(u.normalized) && BY_APPRENTICESHIP.test(u.normalized);
}
