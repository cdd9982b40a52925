import type { Understanding } from '../../src/nlu/understanding.js';

/**
 * "rappeler" in the sense of reminding: "je te rappelle que j'ai 17 ans", "nous sommes 20 salariés, je le rappelle",
 * "pour rappel". The thing recalled is a clause ("que…") or a pronoun (le, l'), never the speaker.
 */
const REMINDING = /\brappel(?:le|les|lons|lez|e)? (?:que|qu)\b|\b(?:je|j|on|nous) (?:vous |te |t )?(?:le|l) rappel(?:le|lons|e)?\b|\bpour rappel\b|\bcomme rappel\b/;
/** The callback sense: the speaker is the one to call back ("rappelez-moi", "me rappeler", "être rappelé"). */
const CALL_ME_BACK = /\b(?:me|m|nous) rappel\w*|\brappel\w* (?:moi|nous)\b|\betre rappele\w*|\bdemande de rappel\b|\brappel (?:par|d un|du) conseill/;

/** The reminding words with their subject ("je te rappelle que", "je le rappelle", "pour rappel"): a frame, no content. */
const REMINDING_FRAME = /\b(?:(?:je|j|on|nous) (?:vous |te |t )?)?rappel(?:le|les|lons|lez|e)? (?:que|qu)\b|\b(?:je|j|on|nous) (?:vous |te |t )?(?:le|l) rappel(?:le|lons|e)?\b|\b(?:pour|comme) rappel\b/g;

/**
 * The normalised message without its reminding frame: "je te rappelle que j'ai 17 ans" tells what "j'ai 17 ans"
 * tells. Unchanged when the speaker asks to be called back.
 */
export function withoutReminderFrame(normalized: string): string {
  if (!remindsOnly({ normalized })) return normalized;
  return normalized.replace(REMINDING_FRAME, ' ').replace(/\s+/g, ' ').trim();
}

/** A callback read from a verb that only reminds: no callback is asked. */
export function remindsOnly(u: Pick<Understanding, 'normalized'>): boolean {
  return REMINDING.test(u.normalized) && !CALL_ME_BACK.test(u.normalized);
}
