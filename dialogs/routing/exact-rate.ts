import type { Understanding } from '../../src/nlu/understanding.js';

/*
 * "quel est le taux exact de cotisation accident du travail pour un salon de coiffure ?", "combien exactement de
 * charges patronales pour un apprenti de 20 ans ?": an employer's contribution rate or amount, which depends on the
 * company (its sector's work-accident rate, its size, its wage bill) and which no source of ours gives as a figure.
 * Read on its topic words, it got the work-accident procedure or the apprentice's pay as if they answered. The
 * figure asked decides: "I don't have it", with who computes it (URSSAF, the accountant) and the free line. What an
 * apprentice costs in general ("combien coûte un apprenti à l'employeur ?"), the apprentice's own contributions
 * ("un apprenti paie des cotisations ?") and what a work accident is keep their entries.
 */

/** A rate, a share or an amount asked. */
const FIGURE_ASKED = /\b(?:taux|pourcentage|pourcentages|combien|cmb|cb|montant|montants|chiffre|calcul|calculer)\b|%/;
/** The employer's contributions: the employer's charges, the work-accident (AT/MP) contribution. */
const EMPLOYER_CONTRIBUTION =
  /\b(?:charges? (?:sociales? )?patronales?|cotisations? (?:sociales? )?patronales?|cotisations? (?:de |d |pour |sur )?(?:le |les )?(?:accidents? (?:du|de) travail|at ?mp|at)\b|taux (?:de |d )?(?:accidents? (?:du|de) travail|at ?mp|at)\b|charges? (?:de |d )?(?:le )?employeur|cotisations? (?:de |d )?(?:le )?employeur|taux (?:de )?cotisations?|cotisations? (?:chomage|retraite complementaire|prevoyance|mutuelle))/;

/** The apprentice's own contributions (salariales, CSG, CRDS): an entry answers them. */
const APPRENTICE_CONTRIBUTION = /\b(?:salariales?|csg|crds)\b/;

/** An employer contribution's rate or amount asked: not in our sources as a figure. */
export function exactRateAsked(u: Understanding): boolean {
  if (u.kind !== 'text') return false;
  const text = u.normalized;
  return FIGURE_ASKED.test(text) && EMPLOYER_CONTRIBUTION.test(text) && !APPRENTICE_CONTRIBUTION.test(text);
}
