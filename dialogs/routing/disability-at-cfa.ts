import type { RoutingInput } from './route.js';

/** The CFA or the course, where the help is asked for. */
const AT_THE_CFA = /\b(?:cfa|cfas|ecole|centre de formation|formation|cours|en classe|lycee)\b/;
/**
 * Someone who helps, asked for: "qui m'aide", "y a quelqu'un", "un référent", "une personne pour", "qui s'occupe
 * des", "on m'accompagne", "un soutien".
 */
const SOMEONE_WHO_HELPS = /\b(?:qui (?:me |m |nous |l |les |le |la )?(?:aide|aider|aidera|peut|pourra|s occupe|accompagne|soutient)|quelquun|quelqu un|quelque un|referent|referente|interlocuteur|interlocutrice|une personne|accompagnement|accompagne|soutien)\b/;
/**
 * The other questions of an apprentice with a disability, each with its entry: money (the aids), the age limit, a
 * longer contract or its pay, getting the RQTH.
 */
const OTHER_DISABILITY_QUESTION = /\b(?:argent|financ\w*|euros?|montant|prime|primes|combien|salaire|paye|paie|age|ans|duree|prolong\w*|plus de temps|an de plus|annee de plus|obtenir|demande|demander|dossier)\b/;

/** The entry on what the CFA and the workplace adapt, and the CFA's référent handicap who sees to it. */
const CFA_ADAPTATIONS = 'handicap-amenagements-formation';

/**
 * "qui m'aide au CFA avec mon handicap ?", "y a quelqu'un pour les handicapés au cfa ?", "je suis dyslexique, qui peut
 * m'aider au cfa ?": who helps an apprentice with a disability at the CFA is its référent handicap, in the entry on
 * the adaptations of the course; not the aid list "aide" reads, nor the adviser that "quelqu'un" reads.
 */
export function disabilityHelpAtCfa(input: RoutingInput): string | undefined {
  const u = input.understanding;
  if (u.facts.disability !== true || u.aid !== undefined) return undefined;
  const text = u.normalized;
  if (!AT_THE_CFA.test(text) || !SOMEONE_WHO_HELPS.test(text) || OTHER_DISABILITY_QUESTION.test(text)) return undefined;
  return input.hasFaqEntry(CFA_ADAPTATIONS) ? CFA_ADAPTATIONS : undefined;
}
