import type { RoutingInput } from './route.js';
import { hasQuestionWord } from './asks.js';
import { isSmallTalk } from './small-talk.js';

/**
 * "auprès de quel organisme faire la demande de RQTH ?": the classifier reads "out of scope" (the frame of an
 * administrative question) while the FAQ matcher reads one entry of ours with near certainty, every word of the
 * question written by it and none foreign to our sources. The entry answers; "je ne peux répondre qu'aux questions sur
 * l'apprentissage" would refuse a question our knowledge answers. Truly foreign questions ("un bon resto à Caen ?",
 * "la météo demain ?") read no entry that surely, or hold a word no entry writes.
 */

/** The matcher's reading that outweighs the classifier's "out of scope": near certainty, well above FAQ_ANSWER. */
const ENTRY_OVER_OUT_OF_SCOPE = 0.6;

/** The entry that answers a question read as out of scope (see the module's comment). */
export function entryOverOutOfScope(input: RoutingInput): string | undefined {
  const u = input.understanding;
  if (u.kind !== 'text' || u.intent !== 'out_of_scope' || !isSmallTalk(u)) return undefined;
  if (!(u.text.includes('?') || hasQuestionWord(u))) return undefined;
  const best = u.faq[0];
  if (best === undefined || best.probability < ENTRY_OVER_OUT_OF_SCOPE) return undefined;
  if ((input.faqForeign?.() ?? []).length > 0 || (input.faqUncovered?.(best.entry.id, false) ?? []).length > 0) return undefined;
  return input.hasFaqEntry(best.entry.id) ? best.entry.id : undefined;
}
