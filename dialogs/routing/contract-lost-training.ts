import type { RoutingInput } from './route.js';

/** The entry on staying at the CFA after a rupture (up to 6 months as a trainee, the CFA helping to find an employer). */
export const TRAINING_AFTER_RUPTURE = 'apres-rupture-cfa';

/**
 * The contract lost, told as what happens or might happen: "si je perds mon patron", "si son contrat s'arrête", "il
 * s'est fait virer", "plus d'employeur depuis lundi". Not a contract not found yet ("pas encore de patron": the start
 * at the CFA without one, cfa-without-employer.ts), nor its natural end ("se termine", "fin du contrat").
 */
const CONTRACT_LOST = new RegExp(
  [
    '\\b(?:perds|perd|perdre|perdu|perdue|perdait|perdrait) (?:mon|son|ma|sa|le|la|l|notre|leur) ?(?:patron|patronne|employeur|entreprise|boite|contrat|alternance|apprentissage|maitre de apprentissage)\\b',
    '\\b(?:contrat|apprentissage|alternance) (?:se |s )?(?:arrete|arreter|arretait|arreterait|stoppe|casse|rompu|est rompu|etait rompu|est annule|saute)\\b',
    '\\b(?:me|se|s|te) (?:fais|fait|faisait|ferait) (?:virer|licencier|renvoyer|jeter)\\b',
    '\\bplus (?:de|d) (?:patron|patronne|employeur|entreprise|boite|contrat)\\b',
  ].join('|'),
);

/** The training asked about: the CFA, the course, the diploma, staying or going on with it. */
const TRAINING_KEPT = /\b(?:cfa|formation|ecole|cours|diplome|examen|rester|continuer|poursuivre|garder|finir)\b/;

/**
 * "que devient sa formation si son contrat s'arrête ?", "si je perds mon patron je peux rester au CFA ?": what becomes
 * of the training once the contract is lost is the entry on staying at the CFA after a rupture (6 months), not the
 * start without an employer (3 months before a first contract) nor "my last answer does not cover it".
 */
export function trainingAfterContractLost(input: RoutingInput): boolean {
  const u = input.understanding;
  if (u.kind !== 'text' || !input.hasFaqEntry(TRAINING_AFTER_RUPTURE)) return false;
  return CONTRACT_LOST.test(u.normalized) && TRAINING_KEPT.test(u.normalized);
}
