import { EXAM_FAILED_ENTRY } from './exam-failed.js';
import type { Route, RoutingInput } from './route.js';

/**
 * "il finit quand mon contrat", "jusqu'à quand je suis sous contrat ?", "et mon contrat il se termine quand alors",
 * "Quand se termine le contrat de mon fils ?", "c koi la date de fin de mon contrat": one's own contract's end asked.
 * Its words read weakly as anything (a trade's card, the unemployment after it, a researcher's card in review 18, J3);
 * the entry on the contract's length answers it (it runs as long as the training, 6 months to 3 years). Right after
 * a failed exam, what to do before that end (the extension), as exam-failed-contract-end.ts says when the end is told.
 */
const CONTRACT = /\b(?:contrat|contrats|apprentissage|alternance|apprenti|apprentie)\b/;
/** The end: its verbs, "la fin", "jusqu'à quand", "sous contrat jusqu'à". */
const ENDS =
  /\b(?:finit|finis|fini|finira|finir|finissent|termine|terminera|terminer|s arrete|arrete|arretera|prend fin|prendra fin|expire|expirera|fin|jusqu a quand|jusque a quand|jusque quand|sous contrat jusqu)\b/;
/** Asked when: "quand", "quelle date", "combien de temps il me reste", "jusqu'à quand". */
const WHEN = /\b(?:quand|quelle date|a quelle date|date de fin|combien de temps (?:il )?(?:me|lui|te|vous|nous) reste|jusqu a quand|jusque a quand|jusque quand|c est quand)\b/;
/** Other ends with their own answers: the trial period, the break, leaving after the diploma, the school year. */
const OTHER_END = /\b(?:essai|rupture|rompre|demission|demissionner|diplome obtenu|eu mon|obtenu|annee scolaire|les cours|vacances|journee|horaires|heures?)\b/;

export const CONTRACT_LENGTH_ENTRY = 'duree-contrat';

export function contractEndAsked(input: RoutingInput): Route | undefined {
  const { understanding: u, data } = input;
  if (u.kind !== 'text' || u.words > 16) return undefined;
  const n = u.normalized;
  if (!CONTRACT.test(n) || !ENDS.test(n) || !WHEN.test(n) || OTHER_END.test(n)) return undefined;
  if (data.lastTopic === 'faq' && data.lastFaq === EXAM_FAILED_ENTRY) return { kind: 'say', key: 'exam_failed_contract_ending' };
  if (!input.hasFaqEntry(CONTRACT_LENGTH_ENTRY) || (data.lastTopic === 'faq' && data.lastFaq === CONTRACT_LENGTH_ENTRY)) return undefined;
  return { kind: 'faq_entry', id: CONTRACT_LENGTH_ENTRY };
}
