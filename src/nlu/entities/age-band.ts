/**
 * An age said as a band of the pay grid rather than a number: "un apprenti mineur", "moins de 18 ans", "plus de 26
 * ans", "26 ans et plus". The apprentice's minimum pay is one rate for everyone under 18 and one from 26 (Code du
 * travail, D6222-26), so such a band answers a pay question as well as an age does: asking "quel âge as-tu ?" after
 * "combien gagne un apprenti mineur ?" would ask what was said. Other bands (18–20, 21–25) are said with numbers,
 * which the age reader takes ("entre 18 et 20 ans" → 20, same rate).
 */

/** The two bands a word or a bound names whole: under 18, and 26 and over. */
export type AgeBand = 'under18' | 'from26';

const UNDER_18 = /\b(?:mineure?s?|moins de 18 ans|de moins de 18|pas encore 18 ans|avant (?:ses |mes |tes |ses |leurs )?18 ans)\b/;
const FROM_26 = /\b(?:plus de 2[56] ans|26 ans (?:et|ou) plus|a partir de 26 ans|des 26 ans|au dela de 2[56] ans|apres (?:ses |mes |tes )?26 ans)\b/;
/** "majeur" is no band of the grid: from 18 to 29 the rate changes three times. "pas mineur" says the opposite. */
const NEGATED = /\b(?:pas|plus|non) (?:mineure?s?|encore mineure?s?)\b/;

export function ageBandOf(normalized: string): AgeBand | undefined {
  if (UNDER_18.test(normalized) && !NEGATED.test(normalized)) return 'under18';
  if (FROM_26.test(normalized)) return 'from26';
  return undefined;
}

/** An age inside the band, for the pay rules (every age of a band has the same rate). */
export const AGE_IN_BAND: Readonly<Record<AgeBand, number>> = { under18: 17, from26: 26 };
