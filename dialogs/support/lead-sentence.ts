/** A sentence ends with . ! ? or … followed by a space and a capital (not "2,5 %", "art. L6222", "M. Dupont"). */
const SENTENCE_END = /(?<=[^A-Z.][.!?…])\s+(?=[A-ZÀ-Ý«"])/u;

/**
 * Phone-first answers: the first sentence of a text as the message itself, the rest for the card below it. A text of
 * one sentence stays whole.
 */
export function leadSentence(text: string): { first: string; rest?: string } {
  const trimmed = text.trim();
  const match = SENTENCE_END.exec(trimmed);
  if (!match) return { first: trimmed };
  const first = trimmed.slice(0, match.index).trim();
  const rest = trimmed.slice(match.index + match[0].length).trim();
  return rest.length > 0 ? { first, rest } : { first };
}
