import { subjectInViewOf } from '../support/subject-in-view.js';
import { namesPlace } from './facts.js';
import type { RoutingInput } from './route.js';

/**
 * "c'est quoi le diplôme qu'il faut ?", "il faut quel diplôme ?", "quelle formation il faut faire ?" with a trade in
 * view (named a few messages ago, or its card shown): the diplomas that lead to THAT trade, as its card lists them
 * (review 21, J1: "boulanger", then the entry "no diploma is needed to sign a contract", which answers another
 * question). Without a trade in view the FAQ's entries answer as before; with a trade or a place in the message its
 * own rules do. "faut-il un diplôme pour signer un contrat ?" asks whether one is needed, not which: not this.
 */

/** Which diploma or training is needed or leads to it: "c'est quoi le diplôme", "quel diplôme faut", "quelle formation". */
const WHICH_DIPLOMA =
  /\b(?:quel|quels|quelle|quelles|ce est quoi|c est quoi|cest quoi|ces quoi|c quoi|quoi comme|que est ce que) (?:est |sont )?(?:le |les |la )?(?:diplome|diplomes|formation|formations|cap|bac)\b/;
/** A contract's entry condition ("pour signer", "pour entrer en apprentissage") is the no-diploma entry's question. */
const CONTRACT_CONDITION = /\b(?:signer|contrat|entrer en apprentissage|commencer un apprentissage|sans diplome|besoin de un diplome)\b/;

export function tradeDiplomaAsked(input: RoutingInput): boolean {
  const u = input.understanding;
  if (u.kind !== 'text' || u.trade !== undefined || namesPlace(u) || u.facts.diplomaType !== undefined) return false;
  if (!WHICH_DIPLOMA.test(u.normalized) || CONTRACT_CONDITION.test(u.normalized)) return false;
  // A trade the person named, not the trades of a field listed after an interest ("j'aime l'informatique" then "et en
  // alternance ça donne quoi comme diplôme ?" asks the field's diplomas, blind-24).
  return input.data.lastTopic !== 'orientation' && subjectInViewOf(input.data)?.tradeCode !== undefined && input.data.profile.tradeCode !== undefined;
}
