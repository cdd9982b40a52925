import { BoundedMemo } from './memo.js';
import { normalize } from './normalize.js';

/**
 * Texts of our own — quick-reply labels, diploma and trade titles — come back at every turn and were normalised
 * again each time (several times per turn when a sort compared them): a bounded memo keeps the few thousand of them.
 * People's messages go through `normalize` itself: each is read once per turn.
 */
const known = new BoundedMemo<string>(20_000);

/** `normalize(text)` for a text of the knowledge or of the bot's own messages, memoised. */
export function normalizeKnown(text: string): string {
  return known.get(text, normalize);
}
