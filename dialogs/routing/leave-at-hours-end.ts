import type { RoutingInput } from './route.js';

/** The FAQ category of the answers on working time: hours, rest, nights, Sundays, overtime. */
const WORKING_TIME = 'temps-de-travail';
/** At most this many words: "jpeux partir ?", "je peux partir à l'heure ?", "et si je rentre chez moi à 18h ?". */
const MAX_WORDS = 12;

/** Leaving the workplace: "partir", "m'en aller", "rentrer (chez moi)", "quitter le travail", "refuser de rester". */
const LEAVING = /\b(?:partir|pars|part|parte|m en aller|m en vais|rentrer|rentre|quitter le (?:travail|boulot|taf)|refuser de rester|refuse de rester|arreter de (?:travailler|bosser))\b/;
/**
 * What "partir" means when it leaves the contract, not the day's work: the diploma, the contract, the company, the
 * CFA, a resignation ("je peux partir après mon CAP ?", "partir de ma boîte", "partir en vacances").
 */
const LEAVING_MORE_THAN_THE_DAY = /\b(?:diplome|cap|bac|bts|examen|contrat|apprentissage|alternance|entreprise|boite|cfa|formation|demission|demissionner|rompre|rupture|vacances|conges?|definitivement|avant la fin|fin du contrat)\b/;

/**
 * "jpeux partir ?", "je peux partir à l'heure ?" right after an answer on working time (the minors' hours, hours not
 * kept, the adults' hours): leaving when the hours are done, which that answer's limits say, not the entry on leaving
 * the contract once the diploma is won (a FAQ reading of "partir" alone). A message that says what is left beyond the
 * day (the contract, the company, the diploma) is that other question.
 */
export function leavesAtTheEndOfHours(input: RoutingInput, lastFaq: string): boolean {
  const n = input.understanding.normalized;
  if (input.faqEntry?.(lastFaq)?.category !== WORKING_TIME) return false;
  if (n.split(' ').length > MAX_WORDS || !LEAVING.test(n)) return false;
  return !LEAVING_MORE_THAN_THE_DAY.test(n);
}
