import PorterStemmerFr from 'natural/lib/natural/stemmers/porter_stemmer_fr.js';
import { conceptOf } from './concepts.js';
import { tokenize } from './normalize.js';

/**
 * Turns a normalised message into classifier features: French Porter stems of the content words, plus stem
 * bigrams ("sai_pas", "combien_gagn") because word order carries intent in short messages.
 * Pronouns are kept on purpose ("tu es qui", "je suis artisan"): they separate bot questions from the rest.
 */

/** Beyond this many words, only the start and the end count (the question is usually at one of them). */
export const MAX_FEATURE_TOKENS = 60;

// Articles and prepositions only: they appear in every intent and only add noise to a bag of words.
const NOISE = new Set(['le', 'la', 'les', 'un', 'une', 'des', 'de', 'du', 'a', 'au', 'aux', 'et', 'ou', 'en', 'l', 'd']);

const STEM_CACHE_LIMIT = 20_000;
const stemCache = new Map<string, string>();

/** Stems one normalised word; cached because the Porter stemmer costs ~15 µs a word. */
export function stem(word: string): string {
  const hit = stemCache.get(word);
  if (hit !== undefined) return hit;
  // Digits ("17", "2e") and very short words are kept as they are: stemming them only loses information.
  const stemmed = word.length <= 3 || /\d/.test(word) ? word : PorterStemmerFr.stem(word);
  if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
  stemCache.set(word, stemmed);
  return stemmed;
}

export function textFeatures(normalized: string): string[] {
  let tokens = tokenize(normalized);
  if (tokens.length > MAX_FEATURE_TOKENS) {
    const half = MAX_FEATURE_TOKENS / 2;
    tokens = [...tokens.slice(0, half), ...tokens.slice(-half)];
  }
  const stems = tokens.filter((t) => !NOISE.has(t)).map((t) => (/^\d{3,}$/.test(t) ? '#num' : stem(t)));
  const features = new Set<string>(stems);
  for (let i = 0; i + 1 < stems.length; i++) features.add(`${stems[i]}_${stems[i + 1]}`);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as string;
    const concept = conceptOf(t);
    if (concept) features.add(concept);
    if (t === 'ans' && /^\d+$/.test(tokens[i - 1] ?? '')) features.add('@age');
  }
  return [...features];
}
