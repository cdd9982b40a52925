import type { Understanding } from '../../src/nlu/understanding.js';
import { namesPlace } from './facts.js';
import { CLEAR_TRADE } from './thresholds.js';
import { APPRENTICESHIP_WORDS } from '../../src/nlu/apprenticeship-word.js';

/** A class below the 3e: "en 4e", "en 5eme", "en quatrième", "en sixième". */
const BELOW_THIRD = /\b(?:en|ma|fin de|fini la|finis la|termine la) (?:4e|4eme|quatrieme|5e|5eme|cinquieme|6e|6eme|sixieme)\b/;
/** Starting as an apprentice. */
const APPRENTICESHIP = new RegExp(`\\b(?:${APPRENTICESHIP_WORDS}|alternant|alternante|cfa|contrat)\\b`);
/** When or whether: "je pourrai", "l'an prochain", "l'année prochaine", "plus tard", "à partir de quand". */
const WHEN_OR_WHETHER = /\b(?:pourrai|pourrais|pourra|pourrait|peux|peut|possible|l an prochain|l annee prochaine|annee prochaine|plus tard|quand|a partir de|des|direct|directement|tout de suite)\b/;
/** Pay or aid: that question, not the minimum age. */
const PAY_OR_AID = /\b(?:combien|salaire|paye|paie|gagne|gagner|gagnerai|touche|toucher|euros?|aides?)\b/;

/**
 * "je suis en 4e, je pourrai partir en apprentissage l'année prochaine ?", "jsuis en 5eme je pourrai faire une
 * alternance plus tard": a pupil below the 3e asks when they may start. That is the minimum age (15 only once the 3e
 * is finished, else 16), never the upper limit nor the field quiz; "l'an prochain" and "plus tard" are not "encore".
 */
export function classBelowThirdAsksStart(u: Understanding): boolean {
  if (u.facts.age !== undefined && u.facts.age >= 18) return false;
  const trade = u.trade !== undefined && u.trade.score >= CLEAR_TRADE;
  if (trade || namesPlace(u) || u.aid !== undefined || PAY_OR_AID.test(u.normalized)) return false;
  return BELOW_THIRD.test(u.normalized) && APPRENTICESHIP.test(u.normalized) && WHEN_OR_WHETHER.test(u.normalized);
}
