import { tokenize } from '../../src/text/normalize.js';
import { positionPicked } from '../support/list-pick.js';
import { namesPlace } from './facts.js';
import type { Route, RoutingInput } from './route.js';
import { CLEAR_TRADE } from './thresholds.js';

/**
 * "t'as l'adresse ?", "c'est quoi l'adresse exacte ?", "le 2e c'est à quelle adresse ?", "c où exactement le plus
 * proche ?" right after a list of places (review 19, J7): the street address of the place meant when the data has it,
 * else said honestly that the list has only its town, with where to find it (the CFA's own site, La bonne
 * alternance) — never the same list again, nor the adviser's card that "vous avez l'adresse" reads.
 */

/** A question about an address is short; a longer message asks something of its own. */
const ADDRESS_QUESTION_MAX_WORDS = 14;
/** An address asked: the word (and its SMS spellings), the street, or "where exactly". */
const ADDRESS_ASKED = /\b(?:adresse|adresses|adrese|addresse|adress|adr|rue|ou exactement|exactement ou|ou ca exactement|localisation|gps|itineraire)\b/;
/** An address of something else: an e-mail, a website, the person's own. */
const OTHER_ADDRESS = /\b(?:mail|e mail|email|courriel|site|internet|web|mon adresse|ma adresse|notre adresse)\b/;

export function addressOfPlaceAsked(input: RoutingInput): Route | undefined {
  const { understanding: u, data, chosen } = input;
  const shown = data.placesShown ?? [];
  if (u.kind !== 'text' || chosen !== undefined || data.lastTopic !== 'training' || shown.length === 0) return undefined;
  if (tokenize(u.normalized).length > ADDRESS_QUESTION_MAX_WORDS) return undefined;
  if (!ADDRESS_ASKED.test(u.normalized) || OTHER_ADDRESS.test(u.normalized)) return undefined;
  // Another town or another course named is a new search (carry-over, same-place-other-course).
  if (namesPlace(u) || u.outside || (u.trade && u.trade.score >= CLEAR_TRADE) || u.facts.interests.length > 0) return undefined;
  return { kind: 'places_address', index: positionPicked(u.normalized, shown.length) ?? 0 };
}
