import { sentencesOf } from './lead-sentence.js';

/**
 * Round 31 (issue 12 §5, review 21 E1): a 4-person bakery was shown the commitment of companies of 250 employees or
 * more, in the conditions and in how to apply. A sentence that holds for companies from a size on ("Entreprises de
 * 250 salariés et plus : …", "À partir de 250 salariés, vous devez aussi …", "au-delà de 249 salariés") applies only
 * to them: it is left out once the company's size is known to be below. Unknown, it may apply and stays.
 */
const FROM_SIZE = /(?:(\d[\d\s\u202f\u00a0]*) salariés et plus|à partir de (\d[\d\s\u202f\u00a0]*) salariés|(?:au-delà|plus) de (\d[\d\s\u202f\u00a0]*) salariés)/i;

/** The smallest company size a sentence is for, if it says one. */
export function sizeFloorOf(sentence: string): number | undefined {
  const m = FROM_SIZE.exec(sentence);
  if (!m) return undefined;
  const n = Number((m[1] ?? m[2] ?? m[3] ?? '').replace(/\D/g, ''));
  // "au-delà de 249", "plus de 249": from the next size on.
  return m[3] !== undefined ? n + 1 : n;
}

/** The sentence applies to a company of this size (or of a size not known). */
export function appliesToSize(sentence: string, size: number | undefined): boolean {
  const floor = sizeFloorOf(sentence);
  return size === undefined || floor === undefined || size >= floor;
}

/** The sentences of a text that apply to a company of this size. */
export function textForSize(text: string, size: number | undefined): string {
  if (size === undefined) return text;
  return sentencesOf(text).filter((s) => appliesToSize(s, size)).join(' ');
}
