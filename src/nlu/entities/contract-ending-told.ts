/**
 * Round 29 (review 19, J3): what a person tells of their contract ending, which changes later answers of the same
 * conversation. Read on the normalised text.
 *
 * Leaving at one's own initiative ("je veux arrêter mon apprentissage", "j'en peux plus je quitte mon patron", "ma
 * fille veut lâcher son contrat"): a resignation in principle opens no unemployment right, so the unemployment answer
 * leads with that (chomage-apres-apprentissage's `answer_when: resigned`). Breaking it by agreement ("rompre d'un
 * commun accord") is not a resignation, nor the employer ending it ("mon patron veut arrêter mon contrat").
 */
const QUIT_VERB = String.raw`(?:arreter|arrete|arretes|arreterai|quitter|quitte|quittes|quitterai|lacher|lache|laches|lacherai|abandonner|abandonne|abandonnes|abandonnerai|stopper|stoppe|stoppes|plaquer|plaque|partir de|pars de|part de|me barrer de|me casser de|sortir de)`;
const OWN_CONTRACT = String.raw`(?:mon|son|ma|sa|notre) ?(?:apprentissage|contrat|alternance|patron|patronne|employeur|boite|entreprise|taf|taff|job|boulot|maitre de apprentissage)`;
const QUIT = new RegExp(String.raw`\b${QUIT_VERB} ${OWN_CONTRACT}\b`);
/** The employer as the one who ends it: "mon patron veut arrêter mon contrat", "l'entreprise va stopper son apprentissage". */
const EMPLOYER_ENDS = new RegExp(String.raw`\b(?:patron|patronne|employeur|entreprise|boite|chef)\b(?: \w+){0,3} ${QUIT_VERB}\b`);

/** The person (or their child) leaves the contract of their own will. */
export function quitTold(normalized: string): boolean {
  return QUIT.test(normalized) && !EMPLOYER_ENDS.test(normalized);
}

/**
 * The contract has ended or is ending before its term, whoever ends it: "mon contrat a été rompu", "rupture de mon
 * contrat", "mon patron m'a viré", "je me suis fait licencier", "plus de patron depuis lundi", or a leave of one's
 * own (quitTold). After it, staying at the CFA is the 6 months after a rupture (apres-rupture-cfa), not the 3 months of
 * a start without an employer.
 */
const BROKEN = new RegExp(
  [
    String.raw`\b(?:contrat|apprentissage|alternance)\b(?: \w+){0,6} (?:rompu|rompue|casse|annule|resilie|stoppe)\b`,
    String.raw`\b(?:contrat|apprentissage|alternance) (?:a ete |est |se est |s est |va etre |vient de etre )?arrete\b`,
    String.raw`\b(?:rupture|rompre|rompu|rompt|romps)\b(?: \w+){0,3} (?:mon|son|ma|sa|notre|le|du|de) ?(?:contrat|apprentissage|alternance)\b`,
    String.raw`\b(?:vire|viree|virer|licencie|licenciee|licencier|renvoye|renvoyee|remercie|remerciee)\b`,
    String.raw`\bplus (?:de|d) (?:patron|patronne|employeur|entreprise|boite|contrat)\b`,
    String.raw`\b(?:perdu|perdue|perd|perds) (?:mon|son|ma|sa|notre) (?:patron|patronne|employeur|entreprise|contrat|apprentissage|alternance)\b`,
    String.raw`\b(?:demission\w*)\b`,
  ].join('|'),
);

export function contractEndingTold(normalized: string): boolean {
  return BROKEN.test(normalized) || quitTold(normalized);
}
