import { conceptOf } from './concepts.js';
import { tokenize } from '../text/normalize.js';
import { stem } from '../text/stem.js';

/**
 * Turns a normalised message into classifier features: French Porter stems of the content words, plus stem
 * bigrams ("sai_pas", "combien_gagn") because word order carries intent in short messages.
 * Pronouns are kept on purpose ("tu es qui", "je suis artisan"): they separate bot questions from the rest.
 */

/** Beyond this many words, only the start and the end count (the question is usually at one of them). */
export const MAX_FEATURE_TOKENS = 60;

// Articles and prepositions only: they appear in every intent and only add noise to a bag of words.
const NOISE = new Set(['le', 'la', 'les', 'un', 'une', 'des', 'de', 'du', 'a', 'au', 'aux', 'et', 'ou', 'en', 'l', 'd']);

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
