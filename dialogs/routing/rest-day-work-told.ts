import type { Understanding } from '../../src/nlu/understanding.js';
import type { RoutingInput } from './route.js';

/**
 * Round 30: "jai 15 ans et demi, mon patron boucher veut que je bosse le dimanche", "on me demande de venir le 1er
 * mai, j'ai 17 ans": work on a Sunday or a public holiday, told or asked, is the entry on Sundays and holidays (the
 * minor's rule first when the age is under 18, the sectors' dérogations, butchers and bakers among them), not the
 * under-16s' entry nor the pay grid that the age beside it reads. The day is the subject: an age, a trade or a boss
 * told with it are the story.
 */
export const REST_DAY_ENTRY = 'travail-dimanche-feries';

/** A Sunday or a public holiday (the French ones, by their usual names), on the normalised message. */
const REST_DAY =
  /\b(?:dimanches?|dim|jours? feries?|feries?|1e mai|premier mai|8 mai|14 juillet|15 aout|1e novembre|11 novembre|toussaint|noel|25 decembre|jour de le an|1e janvier|paques|pentecote|ascension)\b/;
/** Working that day, or being asked or made to come in. */
const WORK = /\b(?:travaill\w*|bosse\w*|taff?\w*|boulot|venir|viens|vient|venu|venue|ouvert|ouverture|planning|mis|met|mettre|obliger|oblige|obligee|force|forcee|repos|jours? de repos|de garde|permanence|service|fasse|faire|fais)\b/;
/**
 * What makes it an apprentice's work day rather than a school day or a pay question: the course ("le CFA est ouvert
 * le dimanche ?", "des cours le dimanche ?") has its own answers, and the pay of that day ("payé double le dimanche ?")
 * is no rule the entry writes.
 */
const NOT_WORK_RULE = /\b(?:cfa|cours|ecole|lycee|college|examen|exam|paye|payee|payes|paie|salaire|majore|majoree|majoration|double|combien|prime|portes ouvertes)\b/;
/** A job or apprenticeship is the setting: its words, or what the person said they are. */
const AT_WORK = /\b(?:apprenti|apprentie|apprentis|apprentissage|alternance|alternant|alternante|contrat|patron|patronne|employeur|chef|boss|entreprise|boite|boutique|magasin|restaurant|resto|boulangerie|boucherie|salon|taf|taff|boulot|travail|travailler|bosser)\b/;

function aboutRestDayWork(u: Understanding): boolean {
  const n = u.normalized;
  return REST_DAY.test(n) && WORK.test(n) && !NOT_WORK_RULE.test(n) && (AT_WORK.test(n) || u.facts.status === 'apprenti');
}

/** The entry on Sundays and public holidays, when the message is about working on one. */
export function restDayWorkTold(input: RoutingInput): boolean {
  const u = input.understanding;
  return u.kind === 'text' && aboutRestDayWork(u) && input.hasFaqEntry(REST_DAY_ENTRY);
}
