import PorterStemmerFr from 'natural/lib/natural/stemmers/porter_stemmer_fr.js';

const STEM_CACHE_LIMIT = 20_000;

/**
 * Words both stemmers (Porter here, Snowball in lunr-fr.ts) cut to the stem of a word of another meaning, kept apart
 * under a stem of their own: "payant" (it costs money: "la formation est payante ?") is cut to "pai" like "payer" and
 * "paie" (the pay: "les heures au CFA sont payées ?"), so a question on what training costs read as one on wages.
 */
export const STEMS_KEPT_APART: ReadonlyMap<string, string> = new Map([
  ['payant', 'payant'], ['payante', 'payant'], ['payants', 'payant'], ['payantes', 'payant'],
]);
const stemCache = new Map<string, string>();

/**
 * The French Porter stem of one normalised word ("salaires" → "salair"), cached because the stemmer costs ~15 µs a
 * word and people type the same words again and again. Digits ("17", "2e") and very short words are kept as they
 * are: stemming them only loses information.
 */
export function stem(word: string): string {
  const hit = stemCache.get(word);
  if (hit !== undefined) return hit;
  const stemmed = STEMS_KEPT_APART.get(word) ?? (word.length <= 3 || /\d/.test(word) ? word : PorterStemmerFr.stem(word));
  if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
  stemCache.set(word, stemmed);
  return stemmed;
}
