import { EXAM_FAILED_ENTRY, examFailedTold } from './exam-failed.js';
import type { Route, RoutingInput } from './route.js';

/**
 * The contract's end told or asked: "mon contrat se termine fin août", "il finit en juin", "mon contrat s'arrête dans
 * 2 mois", "il me reste 3 mois de contrat", "la fin de mon contrat c'est le 31 août", "mon contrat est fini".
 */
const CONTRACT_ENDS =
  /\b(?:(?:mon|son|le|ce|notre|votre|ton|leur) contrat (?:(?:se |s )?(?:termine|terminera|finit|finira|fini|s arrete|s arretera|arrete|prend fin|prendra fin|expire|expirera|est fini|est termine|va se terminer|va finir|va s arreter|arrive a (?:sa fin|son terme|terme)))|fin (?:de|du) (?:mon|son|ton|votre|notre|leur|le) contrat|(?:me|lui|nous|te|vous|leur) reste (?:\d+|un|une|deux|trois|quelques) (?:mois|semaines|jours) de contrat)\b/;

/** What to do before the contract's end (knowledge/messages.fr.yaml, smalltalk.*). */
const CONTRACT_ENDING = 'exam_failed_contract_ending';

/**
 * "mon contrat se termine fin août" right after the answer on a failed exam, or told with the failure ("j'ai raté
 * mon CAP et mon contrat finit en juin"): the extension of a year at most must be agreed with the employer before that
 * end, or a new contract signed with another — said first, then the entry on the failed exam. Not the entry on
 * leaving once the diploma is obtained, which "contrat se termine" reads: the diploma was failed.
 */
export function examFailedContractEnding(input: RoutingInput): Route | undefined {
  const { understanding: u, data } = input;
  if (u.kind !== 'text' || !CONTRACT_ENDS.test(u.normalized) || !input.hasFaqEntry(EXAM_FAILED_ENTRY)) return undefined;
  const failedInView = data.lastTopic === 'faq' && data.lastFaq === EXAM_FAILED_ENTRY;
  if (!failedInView && !examFailedTold(u)) return undefined;
  // Right after that entry, the word on the end alone: the entry again would repeat what was just read.
  if (failedInView) return { kind: 'say', key: CONTRACT_ENDING };
  return { kind: 'faq_entry', id: EXAM_FAILED_ENTRY, lead: { key: `smalltalk.${CONTRACT_ENDING}` } };
}
