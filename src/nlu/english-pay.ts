/**
 * "how much does an apprentice earn at 18?", "apprentice salary 17 years old": a message in English that plainly asks
 * the apprentice's pay at an age. The bot answers in French; that one question is simple and safe to answer anyway
 * (the pay table for that age), after saying so.
 */
const PAY_WORD = /\b(?:earn|earns|earning|salary|salaries|wage|wages|paid|pay|income)\b/;
const APPRENTICE_WORD = /\b(?:apprentice|apprentices|apprenticeship|trainee)\b/;
/** "at 18", "aged 17", "18 years old", "18 yo", "age 19". */
const AGE = /\b(?:at|aged|age)\s+(\d{2})\b|\b(\d{2})\s*(?:years? old|yo|y o)\b/;

/** Any figure: a bare number is an age only when it is the message's one figure ("wage apprentice 17"). */
const FIGURE = /\d+/g;
/** A figure that is an amount, hours or a share, not an age: "1000 euros", "35 hours", "50 %". */
const NOT_AN_AGE = /\b\d+\s*(?:€|euros?|eur|e|hours?|h|%|percent|per cent|k)\b|\d+\s*%/;

/** The one figure of a message that says nothing else about it ("apprentice pay 19"): an age, or NaN. */
function bareAge(normalized: string): number {
  const figures = normalized.match(FIGURE) ?? [];
  return figures.length === 1 && /^\d{2}$/.test(figures[0] as string) && !NOT_AN_AGE.test(normalized) ? Number(figures[0]) : NaN;
}

/** Youngest and oldest age the pay table is asked for in English: beyond, no plain answer is given. */
const MIN_AGE = 14;
const MAX_AGE = 40;

/** The age whose apprentice pay the English message asks, or undefined. */
export function englishPayAge(normalized: string): number | undefined {
  if (!PAY_WORD.test(normalized) || !APPRENTICE_WORD.test(normalized)) return undefined;
  const m = AGE.exec(normalized);
  const age = m ? Number(m[1] ?? m[2]) : bareAge(normalized);
  return age >= MIN_AGE && age <= MAX_AGE ? age : undefined;
}
