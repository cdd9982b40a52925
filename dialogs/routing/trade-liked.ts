/**
 * "couvreur sur les toits ça me plairait", "carrossier ça me tente grave", "la pâtisserie… non, pâtissier ça me
 * brancherait": a trade named by its title, typed word for word, in a sentence saying one would like it. The person
 * names the trade; the field it belongs to (bâtiment for a roofer), which the same words also read, is no liking to
 * explore with the quiz: the trade's card answers (round 31, blind-39 metiers-couvreur).
 */
import type { Understanding } from '../../src/nlu/understanding.js';
import { typedTitlePattern } from '../../src/nlu/trades.js';
import { otherTopicIsSure } from './trade-asked.js';

/** Verbs and phrases of liking, as people type them (normalised: no accents, "ça" → "ca"). */
const LIKING =
  /(?:^| )(?:me|m|moi) (?:plairait|plait|plaisent|plairaient|tente|tenterait|tentent|interesse|interesserait|interessent|branche|brancherait|branchent|attire|attirerait|attirent|passionne|passionnerait|dit bien|dirait bien|dirait|dit)(?: |$)|(?:^| )(?:j|je) (?:kiffe|kifferais|kiff|aime|aimerais|adore|adorerais)(?: |$)/;

/** "ça me dit rien", "ça me plairait pas trop": a liking denied is no trade chosen. */
const DENIED = /(?:^| )(?:pas|rien|jamais|ne|n|nul|horreur)(?: |$)/;

/** Beyond this many words the sentence tells more than a liking (a story, a question of its own). */
const LIKED_MAX_WORDS = 10;

export function tradeLiked(u: Understanding): boolean {
  const t = u.trade;
  if (t === undefined || !t.whole || t.describedWork === true || u.commune !== undefined || u.outside !== undefined) return false;
  if (u.words > LIKED_MAX_WORDS || u.cues.questionWord || !LIKING.test(u.normalized) || DENIED.test(u.normalized)) return false;
  // The title itself typed (each word side by side, a feminine or plural ending allowed), not a title read by its
  // letters or from words apart: "couvreur", "carrossier peintre", "aide soignante".
  if (!new RegExp(`(?:^| )${typedTitlePattern(t.phrase)}(?: |$)`).test(u.normalized)) return false;
  return !otherTopicIsSure(u);
}
