import { EXAM_FAILED_ENTRY, examFailedTold } from './exam-failed.js';
import type { Route, RoutingInput } from './route.js';

/**
 * The contract's end told or asked: "mon contrat se termine fin août", "il finit en juin", "mon contrat s'arrête dans
 * 2 mois", "il me reste 3 mois de contrat", "la fin de mon contrat c'est le 31 août", "mon contrat est fini".
 */
const CONTRACT_ENDS =
  /\b(?:(?:mon|son|le|ce|notre|votre|ton|leur) contrat (?:(?:il |elle |ca |sa )?(?:se |s )?(?:termine|terminera|finit|finira|fini|s arrete|s arretera|arrete|prend fin|prendra fin|expire|expirera|est fini|est termine|va se terminer|va finir|va s arreter|arrive a (?:sa fin|son terme|terme)))|fin (?:de|du) (?:mon|son|ton|votre|notre|leur|le) contrat|(?:me|lui|nous|te|vous|leur) reste (?:\d+|un|une|deux|trois|quelques) (?:mois|semaines|jours) de contrat)\b/;

/**
 * Whether the contract goes on, asked ("et mon contrat il s'arrête ?", "je perds mon contrat ?", "mon contrat
 * continue ?", "il est rompu mon contrat ?"): a question, not an end date told.
 */
const CONTRACT_GOES_ON_ASKED =
  /\b(?:(?:je|il|elle|on) (?:perd|perds|perdra|perdrai|vais perdre|va perdre) (?:mon|son|le|ce|ton|votre|notre|leur) contrat|(?:mon|son|le|ce|ton|votre|notre|leur) contrat (?:il |elle )?(?:continue|continuera|est rompu|sera rompu|saute|tombe|est annule|est arrete|(?:se |s )?arrete|(?:se |s )?arretera|(?:se |s )?termine|prend fin|est fini|est termine)|(?:mon|son|le|ce|ton|votre|notre|leur) contrat (?:il |elle )?(?:va |vas )?(?:continuer|(?:se |s )?arreter|(?:se |s )?terminer|prendre fin|sauter))\b/;

/** An end told with its moment ("fin août", "en juin", "dans 2 mois", "le 31 août"): the end is known, not asked. */
const WHEN_TOLD = /\b(?:fin|en|dans|le|au|debut|mi) (?:\d+|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)\b/;

/** What to do before the contract's end (knowledge/messages.fr.yaml, smalltalk.*). */
const CONTRACT_ENDING = 'exam_failed_contract_ending';
/** Whether the contract goes on after the failure: it runs to its end, then a year more at most (messages.fr.yaml). */
const CONTRACT_GOES_ON = 'exam_failed_contract_goes_on';

/**
 * "mon contrat se termine fin août" right after the answer on a failed exam, or told with the failure ("j'ai raté
 * mon CAP et mon contrat finit en juin"): the extension of a year at most must be agreed with the employer before that
 * end, or a new contract signed with another — said first, then the entry on the failed exam. Not the entry on
 * leaving once the diploma is obtained, which "contrat se termine" reads: the diploma was failed.
 */
export function examFailedContractEnding(input: RoutingInput): Route | undefined {
  const { understanding: u, data } = input;
  if (u.kind !== 'text' || !input.hasFaqEntry(EXAM_FAILED_ENTRY)) return undefined;
  const asked = CONTRACT_GOES_ON_ASKED.test(u.normalized) && !WHEN_TOLD.test(u.normalized);
  if (!asked && !CONTRACT_ENDS.test(u.normalized)) return undefined;
  const failedInView = data.lastTopic === 'faq' && data.lastFaq === EXAM_FAILED_ENTRY;
  if (!failedInView && !examFailedTold(u)) return undefined;
  // "et mon contrat il s'arrête ?": whether it goes on is what that entry says (prolonged a year at most, with this
  // employer or another), not the rupture's rules that "contrat s'arrête" reads on its own.
  if (asked) return failedInView ? { kind: 'say', key: CONTRACT_GOES_ON } : { kind: 'faq_entry', id: EXAM_FAILED_ENTRY, lead: { key: `smalltalk.${CONTRACT_GOES_ON}` } };
  // Right after that entry, the word on the end alone: the entry again would repeat what was just read.
  if (failedInView) return { kind: 'say', key: CONTRACT_ENDING };
  return { kind: 'faq_entry', id: EXAM_FAILED_ENTRY, lead: { key: `smalltalk.${CONTRACT_ENDING}` } };
}
