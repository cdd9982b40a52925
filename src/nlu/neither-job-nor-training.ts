/**
 * "il ne travaille pas et n'est pas en formation", "jbosse pas et jvais plus a l'ecole", "pas de taf ni de formation":
 * no job and no training said as two negations, which the fixed phrases of understand.ts ("ni emploi ni formation",
 * "sans emploi ni formation") missed. It keeps the CEJ, whose condition is exactly that, on an aids list (review 16,
 * J6/P4); it does not set the status, which the routing of out-of-work questions reads (young-job-seeker-aid.ts). A single
 * negation ("je travaille pas le dimanche", "il n'est pas en formation pour l'instant") is not enough.
 */
const NO_JOB = String.raw`(?:(?:ne |n )?(?:travaille|travailles|bosse|bosses|bossent|travaillent) (?:pas|plus|rien)|(?:pas|plus|aucun|sans) (?:de |d )?(?:travail|boulot|job|emploi|taf))`;
const NO_TRAINING = String.raw`(?:(?:pas|plus|ni|aucune|sans) (?:de |d |en |a la |a le |dans une )?(?:formation|ecole|lycee|cours|etudes)|(?:va|vais|vas|allons) (?:plus|pas) (?:a le|au|en) (?:ecole|lycee|cours)|(?:pas|plus) scolarise|(?:arrete|quitte|lache) (?:les|le|la|l) ?(?:cours|ecole|lycee|etudes))`;

const NEITHER = new RegExp(String.raw`\b(?:${NO_JOB}\b.{0,40}\b${NO_TRAINING}|${NO_TRAINING}\b.{0,40}\b${NO_JOB})\b`);

export function neitherJobNorTrainingTold(normalized: string): boolean {
  return NEITHER.test(normalized);
}
