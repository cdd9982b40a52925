import { opensOnAntecedent } from './standalone-sentence.js';

/**
 * Phone-first answers (issue 12 §5, round 32): the message above an answer card is one short sentence or two, the
 * answer itself; what it says past that budget goes behind the card's "En savoir plus", where it stays one tap away
 * (and in the card's plain text). Review 22 measured leads of three or four sentences above a card of 8 lines: 20 to
 * 31 lines on a 360 px phone before anything could be opened.
 */

/**
 * About six lines of a 360 px phone (the bound phone-first-exhaustive holds every card's lead to): the lead keeps its
 * sentences while they fit in this many characters, so a coming birthday's pay stays beside the pay asked.
 */
export const LEAD_MAX_CHARS = 260;

/** Words written with a full stop that ends no sentence ("art. L6222-1", "p. ex. Caen", "M. Martin", "n°"). */
const ABBREVIATIONS: ReadonlySet<string> = new Set(['art', 'p', 'ex', 'M', 'Mme', 'Mlle', 'cf', 'etc', 'env', 'min', 'max', 'av', 'J.-C', 'St', 'Ste', 'n', 'no', 'réf', 'tél']);

/**
 * The sentences of one paragraph: cut after ".", "!", "?" or "…" followed by a space and a capital (or an opening
 * quote), never inside brackets or quotes, nor after an abbreviation or an initial.
 */
export function sentencesOf(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '(' || c === '«' || c === '[') depth += 1;
    else if ((c === ')' || c === '»' || c === ']') && depth > 0) depth -= 1;
    if (depth > 0 || !/[.!?…]/.test(c)) continue;
    const next = /^[.!?…]*\s+(?=[\p{Lu}«"\d])/u.exec(text.slice(i + 1));
    if (!next) continue;
    const word = /([\p{L}.-]+)\.$/u.exec(text.slice(start, i + 1))?.[1] ?? '';
    if (c === '.' && (ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(word))) continue;
    out.push(text.slice(start, i + 1 + next[0].trimEnd().length).trim());
    start = i + 1 + next[0].length;
    i = start - 1;
  }
  const last = text.slice(start).trim();
  if (last) out.push(last);
  return out;
}

/** A sentence that only shows the way to the card or to what follows. */
const POINTS_TO_CARD = /(?:ci-dessous|ci-après|dans la carte|sur la carte)[.!]?$|:$/u;

/**
 * The lead a message above a card keeps, and the rest: its first sentence always (the answer), then the next ones
 * while the whole fits LEAD_MAX_CHARS. A message of several paragraphs or lines is laid out already: kept whole.
 */
export function splitLead(text: string, budget = LEAD_MAX_CHARS): { lead: string; rest: string[] } {
  if (text.length <= budget || text.includes('\n')) return { lead: text, rest: [] };
  const sentences = sentencesOf(text);
  // A first sentence that only points to the card ("… est dans la carte ci-dessous.") answers nothing by itself: the
  // sentence after it is the answer, kept whole (review 16 P1: the pay after a coming birthday, said in the message).
  let kept = sentences.length > 1 && POINTS_TO_CARD.test(sentences[0]!) ? 2 : 1;
  let length = sentences.slice(0, kept).join(' ').length;
  while (kept < sentences.length && length + 1 + sentences[kept]!.length <= budget) length += 1 + sentences[kept++]!.length;
  // The cut never falls before a sentence that points back at the kept one ("… au-dessus du seuil. C'est le net de ta
  // fiche de paie qui compte."): behind "En savoir plus" it would dangle, and it is often the answer's condition.
  while (kept < sentences.length && opensOnAntecedent(sentences[kept]!)) kept += 1;
  return { lead: sentences.slice(0, kept).join(' '), rest: sentences.slice(kept) };
}
