import type { RoutingInput } from './route.js';

/** The CFA or the course as where the help is wanted ("au CFA", "en formation", "en cours"), not a course to find. */
const AT_THE_CFA = /\b(?:cfa|cfas|(?:a l|au|dans le|a le) (?:ecole|centre de formation|lycee)|(?:en|pendant la|pendant ma|pendant sa) formation|en cours|en classe)\b/;
/** A course or a trade still to find or choose ("qui peut m'aider à trouver une formation ?"): the guidance, not this. */
const STILL_TO_FIND = /\b(?:trouver|trouve|chercher|cherche|choisir|choisi|inscrire|inscription|orienter|orientation)\b/;
/**
 * Someone who helps, asked for: "qui m'aide", "y a quelqu'un", "un référent", "une personne pour", "qui s'occupe
 * des", "on m'accompagne", "un soutien".
 */
const SOMEONE_WHO_HELPS = /\b(?:qui (?:me |m |nous |l |les |le |la )?(?:aide|aider|aidera|peut|pourra|s occupe|s occupera|accompagn\w*|soutient|soutiendra)|quelquun|quelqu un|quelque un|referent|referente|interlocuteur|interlocutrice|une personne|accompagnement|accompagne|soutien)\b/;
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
  if (!AT_THE_CFA.test(text) || !SOMEONE_WHO_HELPS.test(text) || OTHER_DISABILITY_QUESTION.test(text) || STILL_TO_FIND.test(text)) return undefined;
  return input.hasFaqEntry(CFA_ADAPTATIONS) ? CFA_ADAPTATIONS : undefined;
}
