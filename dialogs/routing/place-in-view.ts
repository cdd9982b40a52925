import { tokenize } from '../../src/text/normalize.js';
import { namesPlace, TOPIC_OF_INTENT } from './facts.js';
import type { Route, RoutingInput } from './route.js';
import { topic } from './route-to.js';
import { CLEAR_TRADE, FOLLOW_UP_OVERRIDE } from './thresholds.js';

/**
 * "c'est où exactement ?", "le premier il est où ?", "c'est où le plus près ?", "y a une adresse ?" right after a
 * trade's card or a list of places: where the thing in view is taught, its places (around the town known, or the town
 * asked), never "d'accord ! une autre question ?" that a word like "exactement" reads. ONE reading of "where" in a
 * short follow-up, whatever words wrap it, not one pattern per way of ending the question.
 */

/** A follow-up asking where is short: a longer message asks something of its own. */
const PLACE_FOLLOW_UP_MAX_WORDS = 8;
/**
 * "où" asked (normalised "ou"), not the "or" of two alternatives ("payé ou pas ?", "ou bien", "ou plutôt"); or a word
 * of place: an address, a spot, the nearest one.
 */
const WHERE_ASKED = /\bou\b(?!\s+(?:pas|non|bien|plutot|alors|sinon|autre))|\b(?:adresse|adresses|lieu|lieux|endroit|endroits|quelle ville|quel coin|dans quel coin|(?:quel|quels|quelle|quelles|ke?l) (?:etablissement|etablissements|ecole|ecoles|cfa|lycee|lycees|centre|centres)|plus pres|plus proche|plus proches|le plus pres|pas loin|loin)\b/;

/** The last answers whose thing is taught somewhere: a trade's card, a list of places. */
const TAUGHT_IN_VIEW: ReadonlySet<string> = new Set(['trade', 'training']);

/** The places of the trade or course in view, when a short follow-up asks where. */
export function placeOfThingInView(input: RoutingInput): Route | undefined {
  const { understanding: u, data } = input;
  if (u.kind !== 'text' || !data.lastTopic || !TAUGHT_IN_VIEW.has(data.lastTopic)) return undefined;
  if (tokenize(u.normalized).length > PLACE_FOLLOW_UP_MAX_WORDS || !WHERE_ASKED.test(u.normalized)) return undefined;
  // A place named is the carry-over's (the same course there); a trade named or another aid is a question of its own.
  // A field named ("et en informatique c'est où ?") is another course: the rules reading fields take it.
  if (namesPlace(u) || u.outside || (u.trade && u.trade.score >= CLEAR_TRADE) || u.aid || u.facts.interests.length > 0) return undefined;
  // A topic the classifier is sure of, other than where one trains ("où je trouve un patron ?"), asks that topic.
  if (u.confidence >= FOLLOW_UP_OVERRIDE && TOPIC_OF_INTENT.has(u.intent) && u.intent !== 'training' && u.intent !== 'trade') return undefined;
  return topic('training');
}
