import type { Understanding } from '../../src/nlu/understanding.js';

/**
 * "je veux un métier manuel où on est payé pendant la formation", "se former tout en étant rémunéré c possible ?",
 * "je cherche une formation payée", "apprendre un métier et gagner des sous en même temps": the person describes
 * apprenticeship without naming it. The answer says it is exactly that (paid, a contract, a diploma), then offers to
 * find the trades; the quiz started blind ("quel âge as-tu ?") left the description unanswered. A message that names
 * apprenticeship already asks something about it (the pay, how it works), which the other rules answer.
 */

/** Being paid, or earning. */
const PAID = /\b(?:paie|paies|paye|payee|payes|payees|payer|remunere|remuneree|remuneres|remunerees|remunerer|remuneration|salarie|salariee|touche un salaire|touche un salaire|gagner (?:de l argent|des sous|ma vie|sa vie|un salaire|des thunes|de la thune)|toucher un salaire|avoir un salaire|un salaire)\b/;
/** Training: a course, studies, learning a trade, school. */
const TRAINING = /\b(?:formation|formations|former|forme|formant|etudes|etudier|etudie|apprendre|apprend|apprends|ecole|cours|diplome)\b/;
/** Both at once: "pendant", "en même temps", "tout en", "et", "où on…", "une formation rémunérée". */
const AT_ONCE = /\b(?:pendant|en meme temps|tout en|en etant|durant|et|ou on|ou l on|qui paye|qui paie|payee?s?|remunerees?)\b/;
/** A wish, a search or whether it exists: the person looks for such a way, not for a figure of it. */
const LOOKS_FOR = /\b(?:veux|veut|veu|voudrais|voudrait|aimerais|aimerait|souhaite|souhaiterais|cherche|recherche|existe|existent|ya|y a|il y a|possible|solution|solutions|metier|metiers|trouver|faire)\b/;
/** Apprenticeship named already: then the message asks about it. */
const NAMED = /\b(?:apprentissage|apprenti|apprentie|apprentis|alternance|alternant|alternante|contrat pro|contrat de professionnalisation)\b/;
/** A precise figure or condition asked: how much, from what age, how long. */
const PRECISE = /\b(?:combien|cmb|quel salaire|montant|smic|age|duree)\b/;

export function paidWhileTrainingWished(u: Understanding): boolean {
  if (u.kind !== 'text' || NAMED.test(u.normalized) || PRECISE.test(u.normalized)) return false;
  return PAID.test(u.normalized) && TRAINING.test(u.normalized) && AT_ONCE.test(u.normalized) && LOOKS_FOR.test(u.normalized);
}
