import type { Aid } from '../knowledge/schema/aid.js';
import type { Search } from '../knowledge/search.js';
import { tokenize } from '../text/normalize.js';

/**
 * The aid a normalised message names by one of its keywords: every meaningful word of the keyword appears in the
 * message, in any order ("l'aide de 500 euros pour le permis" names "aide permis"). The keyword with most words wins.
 * A number keeps the word it counts ("45 ans"): "45 heures par semaine à 20 ans" does not name the aid for people
 * aged 45 and over.
 */
export function aidNamedIn(search: Search, normalized: string): Aid | undefined {
  const words = new Set(tokenize(normalized));
  const padded = ` ${normalized} `;
  let best: { aid: Aid; size: number } | undefined;
  for (const k of search.aidKeywords) {
    if (k.words.every((w) => words.has(w)) && numbersKeepTheirWord(k.words, padded) && (!best || k.words.length > best.size)) best = { aid: k.aid, size: k.words.length };
  }
  return best?.aid;
}

function numbersKeepTheirWord(keyword: readonly string[], padded: string): boolean {
  return keyword.every((w, i) => !/^\d+$/.test(w) || i + 1 >= keyword.length || padded.includes(` ${w} ${keyword[i + 1]} `));
}
