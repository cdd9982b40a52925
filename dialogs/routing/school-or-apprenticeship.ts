import type { Understanding } from '../../src/nlu/understanding.js';

/**
 * "lycée pro ou apprentissage, c'est quoi la différence ?", "vaut mieux le lycée pro ou l'alternance pour être
 * boulanger à Caen ?", "il hésite entre le lycée professionnel et un CFA": the two routes to the same diploma weighed
 * against each other. The answer is the entry comparing them (pupil with placements, or employee with a contract and
 * a pay who needs an employer), even when a trade and a town are named: those say what the person has in mind, while
 * the question is which route; the places come after, if asked.
 */
export const SCHOOL_OR_APPRENTICESHIP_ENTRY = 'lycee-pro-ou-apprentissage';

/** The school route: the vocational lycée, or being a pupil there. */
const SCHOOL = '(?:lycee pro|lycee professionnel|lycee professionel|lycees pro|lycees professionnels|lp|statut scolaire|voie scolaire|statut d eleve)';
/** The apprenticeship route. */
const APPRENTICESHIP = '(?:apprentissage|alternance|cfa|contrat d apprentissage|en apprenti)';

/** Both named and weighed by a word of comparison anywhere: "différence", "mieux", "plutôt", "entre", "hésite"… */
const WEIGHS = /\b(?:diff|difference|differences|plutot|vs|versus|mieux|meilleur|meilleure|lequel|laquelle|entre|pareil|compar\w*|hesite|hesitent|hesitons|choisir|choix|avantages?|inconvenients?|change quoi)\b/;
/** Or by a bare "ou" between the two ("où" folds to "ou": the two must stand on either side of it). */
const EITHER_OR = new RegExp(
  `\\b${SCHOOL} (?:ou|ou bien|ou alors) (?:(?:l|la|le|en|un|une|par|par l|via|via l) )?${APPRENTICESHIP}\\b|\\b${APPRENTICESHIP} (?:ou|ou bien|ou alors) (?:(?:au|le|un|en|par le) )?${SCHOOL}\\b`,
);
const NAMES_SCHOOL = new RegExp(`\\b${SCHOOL}\\b`);
const NAMES_APPRENTICESHIP = new RegExp(`\\b${APPRENTICESHIP}\\b`);

/** The message weighs the vocational lycée against apprenticeship (and asks no amount, pay or aid). */
export function schoolOrApprenticeshipWeighed(u: Understanding): boolean {
  if (u.kind !== 'text' || u.cues.aidWord || u.cues.asksAmount) return false;
  if (u.intent === 'salary' || u.intent === 'aids' || u.intent === 'employer_aids') return false;
  const n = u.normalized;
  if (!NAMES_SCHOOL.test(n) || !NAMES_APPRENTICESHIP.test(n)) return false;
  return EITHER_OR.test(n) || WEIGHS.test(n);
}
