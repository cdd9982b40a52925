import type { Route, RoutingInput } from './route.js';
import { partKeys } from '../support/answer-parts.js';
import { TRAINING_AFTER_RUPTURE, trainingAfterContractLost } from './contract-lost-training.js';
import { WITHOUT_EMPLOYER_ENTRY } from './cfa-without-employer.js';

/**
 * Round 29 (review 19, J3 T5): "je peux rester au cfa le temps de trouver un autre patron ?" from someone who has
 * told, earlier in the conversation or now, that their contract is broken or that they are leaving it ("je veux
 * arrêter mon apprentissage", "mon patron m'a viré"). The situation told selects the entry: after a rupture the CFA
 * keeps the young person up to 6 months (apres-rupture-cfa); the 3 months without an employer (sans-employeur) are
 * for someone who has not found a first one. Only when the message reads one of these two entries among its first
 * readings, or asks to stay at, go on with, or keep the CFA.
 */

/** How far down the FAQ readings the start without an employer may be and still be what the message asks. */
const READINGS_LOOKED_AT = 3;

/** Staying at the CFA, going on with the course, while looking for an employer. */
const STAY_AT_CFA = /\b(?:rester|reste|restes|continuer|continue|poursuivre|garder|garde|finir|terminer|aller)\b(?: \w+){0,4} (?:cfa|formation|cours|ecole|centre de formation)\b|\b(?:cfa|formation|cours)\b(?: \w+){0,4} (?:sans (?:patron|employeur|entreprise|contrat)|le temps de|en attendant|pendant que)\b/;

/** Not yet an employer at all: the start without one is then the answer, whatever was told before. */
const NEVER_HAD_ONE = /\b(?:pas encore (?:de|d|trouve)|jamais eu (?:de|d)|premier patron|premier employeur|premiere entreprise)\b/;

export function cfaAfterContractEnded(input: RoutingInput): boolean {
  const { understanding: u, data } = input;
  if (u.kind !== 'text' || !input.hasFaqEntry(TRAINING_AFTER_RUPTURE)) return false;
  const told = [...(data.profile.situations ?? []), ...(u.facts.situations ?? [])];
  if (!told.includes('contract-ended')) return false;
  const persona = u.facts.persona ?? data.profile.persona;
  if (persona === 'employeur' || NEVER_HAD_ONE.test(u.normalized)) return false;
  const reads = u.faq.slice(0, READINGS_LOOKED_AT).some((h) => h.entry.id === WITHOUT_EMPLOYER_ENTRY);
  // The entry itself read first is the answer already, by its own rule.
  if (u.faq[0]?.entry.id === TRAINING_AFTER_RUPTURE) return false;
  // The contract lost told in the message itself has its own rule, which gives the same entry (contract-lost-training.ts).
  if (trainingAfterContractLost(input)) return false;
  return (reads && /\bcfa|formation|cours|ecole\b/.test(u.normalized)) || STAY_AT_CFA.test(u.normalized);
}

/**
 * The entry, its sentence on the months at the CFA after a rupture kept first: the message's own words ("le temps de
 * trouver un patron") would put the CFA's help to find one before the answer to whether one may stay.
 */
export function cfaAfterContractEndedRoute(): Route {
  return { kind: 'faq_entry', id: TRAINING_AFTER_RUPTURE, focus: [...partKeys('apres une rupture continuer formation cfa mois')] };
}
