import PorterStemmerFr from 'natural/lib/natural/stemmers/porter_stemmer_fr.js';

const STEM_CACHE_LIMIT = 20_000;
const stemCache = new Map<string, string>();

/**
 * The French Porter stem of one normalised word ("salaires" → "salair"), cached because the stemmer costs ~15 µs a
 * word and people type the same words again and again. Digits ("17", "2e") and very short words are kept as they
 * are: stemming them only loses information.
 */
export function stem(word: string): string {
  const hit = stemCache.get(word);
  if (hit !== undefined) return hit;
  const stemmed = word.length <= 3 || /\d/.test(word) ? word : PorterStemmerFr.stem(word);
  if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
  stemCache.set(word, stemmed);
  return stemmed;
}
