import type { Understanding } from '../../src/nlu/understanding.js';
import { namesPlace } from './facts.js';
import { CLEAR_TRADE } from './thresholds.js';

/** After the 3e or the collège: "après la 3e", "apré la 3em", "après le collège", "en sortant de 3e". */
const AFTER_THIRD = /\b(?:apres|apre|apré|sortant de|sortie de|fin de) (?:la |le |ma )?(?:3e|3eme|3em|troisieme|college)\b/;
/** School not liked: "j'aime pas l'école", "jaime pa lecole", "marre des cours", "pas fait pour les études". */
const SCHOOL_DISLIKED = /\b(?:(?:aime|aimes|aimais|kiffe|kiff|supporte) (?:pas|pa|plus) (?:trop |vraiment |du tout )?(?:l ecole|le ecole|la ecole|lecole|ecole|les cours|les etudes|etudier|le college|le lycee)|marre (?:de|d|des) (?:l ecole|le ecole|la ecole|lecole|ecole|cours|etudes|college|les cours|les etudes)|pas (?:fait|faite) pour (?:l ecole|le ecole|la ecole|lecole|les etudes))\b/;

/**
 * "ke fer apré la 3em si jaime pa lecole", "après le collège je fais quoi, j'aime pas les cours ?": a pupil at the end
 * of the 3e who does not like school asks what there is. The answer is the vocational path (a CAP or bac pro, in a
 * lycée pro or in apprenticeship at a CFA with an employer), not the field quiz alone; a trade or a town named is a
 * course asked and keeps its own rules.
 */
export function schoolDislikedAfterThird(u: Understanding): boolean {
  const trade = u.trade !== undefined && u.trade.score >= CLEAR_TRADE;
  if (trade || namesPlace(u)) return false;
  return AFTER_THIRD.test(u.normalized) && SCHOOL_DISLIKED.test(u.normalized);
}
