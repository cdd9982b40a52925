import type { Understanding } from '../../src/nlu/understanding.js';
import { namesPlace } from './facts.js';
import { CLEAR_TRADE } from './thresholds.js';
import { APPRENTICESHIP_WORDS } from '../../src/nlu/apprenticeship-word.js';

/** The entry on leaving the seconde or première générale for apprenticeship. */
export const LEAVE_GENERAL_LYCEE_ENTRY = 'quitter-lycee-general-apprentissage';

/**
 * In a seconde or a première of the general (or technological) lycée: "en seconde générale", "en 2nde", "en 1re G",
 * "au lycée général". Not a vocational class ("seconde pro", "1re bac pro") nor a year of a course ("seconde année",
 * "première année de CAP").
 */
const GENERAL_LYCEE_CLASS =
  /\b(?:(?:seconde|2nde|2nd)(?!\s+(?:annee|annees|pro|professionnelle|bac pro|cap))|(?:premiere|1ere|1re|1e)\s+(?:generale?|g|gt|techno|technologique|stmg|sti2d|st2s)|lycee general|lycee generale|lycee gt)\b/;
/** Apprenticeship, or a vocational diploma prepared through it, named as where to go. */
const TOWARDS_APPRENTICESHIP = new RegExp(`\\b(?:${APPRENTICESHIP_WORDS}|cfa|cap|bac pro)\\b`);
/** Whether they may, or how: "je peux ?", "c'est possible ?", "partir", "quitter", "arrêter", "comment faire ?". */
const MAY_OR_HOW =
  /\b(?:peux|peut|pourrais|pourrait|possible|envisageable|partir|pars|quitter|quitte|arreter|arrete|lacher|changer|passer|aller|comment|faire|droit)\b/;

/**
 * "jsuis en seconde generale, je peux partir en cap ?", "notre fils est en seconde générale, peut-il préparer un CAP
 * en apprentissage ?": leaving the general lycée for apprenticeship has its entry; "partir" or "arrêter" there is no
 * contract's rupture nor a departure after a diploma. A course asked with its town is the course search's.
 */
export function leaveGeneralLyceeAsked(u: Understanding): boolean {
  if (u.kind !== 'text' || u.aid !== undefined || namesPlace(u) || (u.trade !== undefined && u.trade.score >= CLEAR_TRADE)) return false;
  return GENERAL_LYCEE_CLASS.test(u.normalized) && TOWARDS_APPRENTICESHIP.test(u.normalized) && MAY_OR_HOW.test(u.normalized);
}
