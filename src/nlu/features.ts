import { tokenize } from '../text/normalize.js';
import { stem } from '../text/stem.js';
import { conceptOf } from './concepts.js';

/**
 * Turns a normalised message into weighted classifier features:
 * - French Porter stems of the words, and stem bigrams ("sai_pas", "combien_gagn"), because word order carries
 *   intent in short messages; pronouns are kept on purpose ("tu es qui", "je suis artisan");
 * - concept classes ("@pay" for salaire, paie, gagner…: see concepts.ts);
 * - character n-grams of each word ("<sal", "sala", "alai"…), lighter, so that a typo or an unseen form of a word
 *   ("salére", "embaucherais") still shares most of its evidence with the word as it was trained.
 */

/** Beyond this many words, only the start and the end count (the question is usually at one of them). */
export const MAX_FEATURE_TOKENS = 60;
/** The weight of one character n-gram against one word feature (chosen by cross-validation on training phrases). */
export const CHAR_NGRAM_WEIGHT = 0.25;
/** The n-gram sizes read from each word. */
const NGRAM_SIZES = [3, 4];
/** Shorter words give no n-grams: "le", "un", "de" are all noise at the character level. */
const NGRAM_MIN_WORD = 4;

// Articles and prepositions only: they appear in every intent and only add noise to a bag of words.
const NOISE = new Set(['le', 'la', 'les', 'un', 'une', 'des', 'de', 'du', 'a', 'au', 'aux', 'et', 'ou', 'en', 'l', 'd']);

/**
 * "s'il te plaît", "svp", "stp" (normalised to "si il te/vous plait"): politeness, in a message of any intent. Its four
 * words would otherwise dilute the words that say what is asked (the input is scaled to unit length) and lean to the
 * few training phrases that have it ("oui stp"): "c koi la paye d1 apprenti stp" moved from the pay to the FAQ
 * with the training's seed. Kept when the message is nothing else.
 */
function withoutPoliteness(tokens: string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i] === 'si' && tokens[i + 1] === 'il' && (tokens[i + 2] === 'te' || tokens[i + 2] === 'vous') && tokens[i + 3] === 'plait') {
      i += 3;
      continue;
    }
    kept.push(tokens[i] as string);
  }
  return kept.length > 0 ? kept : tokens;
}

/** A feature name and its weight (word features weigh 1). */
export type Features = Map<string, number>;

export function textFeatures(normalized: string, charWeight = CHAR_NGRAM_WEIGHT): Features {
  let tokens = withoutPoliteness(tokenize(normalized));
  if (tokens.length > MAX_FEATURE_TOKENS) {
    const half = MAX_FEATURE_TOKENS / 2;
    tokens = [...tokens.slice(0, half), ...tokens.slice(-half)];
  }
  const features: Features = new Map();
  const kept = tokens.filter((t) => !NOISE.has(t));
  const stems = kept.map((t) => (/^\d{3,}$/.test(t) ? '#num' : stem(t)));
  for (const s of stems) features.set(s, 1);
  for (let i = 0; i + 1 < stems.length; i++) features.set(`${stems[i]}_${stems[i + 1]}`, 1);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as string;
    const concept = conceptOf(t);
    if (concept) features.set(concept, 1);
    if (t === 'ans' && /^\d+$/.test(tokens[i - 1] ?? '')) features.set('@age', 1);
  }
  for (const t of charWeight > 0 ? kept : []) {
    if (t.length < NGRAM_MIN_WORD || /\d/.test(t)) continue;
    const padded = `<${t}>`;
    for (const n of NGRAM_SIZES) {
      for (let i = 0; i + n <= padded.length; i++) {
        const gram = `~${padded.slice(i, i + n)}`;
        features.set(gram, (features.get(gram) ?? 0) + charWeight);
      }
    }
  }
  return features;
}

/** Whether a feature is one of a word (a stem, a bigram, a concept), not a character n-gram. */
export function isWordFeature(feature: string): boolean {
  return !feature.startsWith('~');
}
