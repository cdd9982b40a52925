/**
 * "how much does an apprentice earn at 18?", "apprentice salary 17 years old": a message in English that plainly asks
 * the apprentice's pay at an age. The bot answers in French; that one question is simple and safe to answer anyway
 * (the pay table for that age), after saying so.
 */
const PAY_WORD = /\b(?:earn|earns|earning|salary|salaries|wage|wages|paid|pay|income)\b/;
const APPRENTICE_WORD = /\b(?:apprentice|apprentices|apprenticeship|trainee)\b/;
/** "at 18", "aged 17", "18 years old", "18 yo", "age 19". */
const AGE = /\b(?:at|aged|age)\s+(\d{2})\b|\b(\d{2})\s*(?:years? old|yo|y o)\b/;

/** Youngest and oldest age the pay table is asked for in English: beyond, no plain answer is given. */
const MIN_AGE = 14;
const MAX_AGE = 40;

/** The age whose apprentice pay the English message asks, or undefined. */
export function englishPayAge(normalized: string): number | undefined {
  if (!PAY_WORD.test(normalized) || !APPRENTICE_WORD.test(normalized)) return undefined;
  const m = AGE.exec(normalized);
  const age = m ? Number(m[1] ?? m[2]) : NaN;
  return age >= MIN_AGE && age <= MAX_AGE ? age : undefined;
}
