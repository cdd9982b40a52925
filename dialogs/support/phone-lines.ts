/**
 * How many lines a text takes on a 360 px phone (issue 12 §5): about 38 characters a line, words wrapped whole, each
 * paragraph starting a line. tools/eval/reply-length.ts measures the answers with this same count, so that a
 * card's budget is spent in the lines a reader actually scrolls (a rough "characters / 40" undercounts short words
 * pushed to the next line by one line in three).
 */
export const PHONE_WRAP_CHARS = 38;

/** The lines a text takes on a phone, its words wrapped greedily (a word longer than a line takes lines of its own). */
export function wrappedLines(text: string, width = PHONE_WRAP_CHARS): number {
  let total = 0;
  for (const paragraph of text.split('\n')) {
    let lines = 1;
    let used = 0;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const need = used === 0 ? word.length : used + 1 + word.length;
      if (need <= width) used = need;
      else {
        lines += used === 0 ? 0 : 1;
        used = word.length;
        while (used > width) {
          lines += 1;
          used -= width;
        }
      }
    }
    total += lines;
  }
  return total;
}
