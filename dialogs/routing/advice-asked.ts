import type { Understanding } from '../../src/nlu/understanding.js';

/** "me conseiller", "nous orienter", "la guider": advice asked of the bot, the verb with its object pronoun. */
const ADVICE_VERB = /\b(?:me|m|nous|le|la|les|lui|leur) (?:conseiller|orienter|guider|aiguiller)\b/;

/**
 * "vous pouvez me conseiller, mon fils aime soigner les animaux": the verb "conseiller" asks the bot for advice on the
 * subject told (a field, a trade), not for an adviser's callback, whatever the classifier reads in the word. A request
 * for a person names them ("qu'un conseiller me rappelle", "parler à une conseillère") and stays one.
 */
export function adviceOnSubjectAsked(u: Understanding): boolean {
  if (u.intent !== 'callback' && u.intent !== 'human') return false;
  return ADVICE_VERB.test(u.normalized) && (u.facts.interests.length > 0 || u.trade !== undefined) && !u.cues.asksForPerson;
}
