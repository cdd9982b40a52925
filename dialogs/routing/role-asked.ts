import type { DefinedTerm } from '../../src/nlu/defined-term.js';
import { escapeRegExp } from '../../src/text/escape-regexp.js';

/**
 * "être" or "devenir" right before a term of the field, with at most an article: "qui peut être maître
 * d'apprentissage dans ma boîte ?", "je peux devenir le tuteur de mon apprenti ?", "qui a le droit d'être tutrice".
 * Not "mon maître d'apprentissage est parti" (the person who holds it), nor "il va être mon tuteur".
 */
const BEFORE_TERM = String.raw`\b(?:etre|etres|devenir|deviens|devient)\s+(?:(?:le|la|un|une|moi meme|lui meme|elle meme|soi meme)\s+)?`;

/**
 * The message asks who may hold the role a term names (its conditions), whatever else it says beside it: the entry
 * that defines the term is the answer, not an entry on another case of that role that shares the message's other
 * words ("dans ma boîte" is in "mon maître d'apprentissage est parti de la boîte").
 */
export function roleAsked(normalized: string, term: DefinedTerm): boolean {
  const words = term.term.split(' ').map(escapeRegExp).join(String.raw`\s+`);
  return new RegExp(`${BEFORE_TERM}${words}s?\\b`).test(normalized);
}
