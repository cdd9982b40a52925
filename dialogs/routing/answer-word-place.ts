import { ownWordStems } from '../support/answer-words.js';
import type { RoutingInput } from './route.js';

/** A follow-up that asks the same again: "et dans…", "même pour…", "pareil en…". */
const SAME_FOR = /^(?:et|mais|meme|pareil|et meme)\b/;
/** "et dans l'hôtellerie ?": the sector and nothing more; a longer message says something of its own. */
const MAX_OWN_WORDS = 2;

/**
 * "et dans l'hôtellerie ?" after the minors' night work, whose answer writes the hotel trade's exception: a commune is
 * called L'Hôtellerie, but the follow-up names a word of the answer just given, not a town to search from. A short
 * follow-up whose place was read from words the last answer holds, and whose own words are all in it, asks that
 * answer's sentence. A postcode is always a place.
 */
export function placeWordOfLastAnswer(input: RoutingInput): boolean {
  const { understanding: u, lastAnswerStems: stems } = input;
  if (u.commune === undefined || u.commune.via === 'postcode' || stems === undefined || u.outside) return false;
  if (!u.cues.followUp && !SAME_FOR.test(u.normalized)) return false;
  const span = ownWordStems(u.commune.span);
  const own = ownWordStems(u.normalized);
  return span.length > 0 && span.every((w) => stems.has(w)) && own.length <= MAX_OWN_WORDS && own.every((w) => stems.has(w));
}
