/**
 * A duration the person tells ("depuis 2 mois", "après 3 mois", "au bout de 50 jours") that is past the bound the last
 * answer sets for its own subject ("pendant tes 45 premiers jours"): what they ask is what comes after that subject
 * (the entries of its `after`), not the same answer again.
 */

const DAYS_PER_UNIT: Readonly<Record<string, number>> = { jour: 1, jours: 1, j: 1, semaine: 7, semaines: 7, sem: 7, mois: 30 };

/** A count then a unit, on the normalised message: numbers are digits there; "un mois", "un mois et demi". */
const DURATION = /\b(\d+|un|une)\s+(jours?|j|semaines?|sem|mois)(\s+et\s+demie?)?\b/g;

/** The durations a normalised message tells, in days. */
export function durationsToldInDays(normalized: string): number[] {
  return [...normalized.matchAll(DURATION)].map((m) => {
    const count = m[1] === 'un' || m[1] === 'une' ? 1 : Number(m[1]);
    const unit = DAYS_PER_UNIT[m[2] as string] as number;
    return (count + (m[3] ? 0.5 : 0)) * unit;
  });
}

/**
 * The span an answer sets for its subject: "tes 45 premiers jours", "les 3 premiers mois" (a count of first days, weeks
 * or months). Only that wording: an answer's other figures ("un préavis d'au moins 7 jours") are no bound of its subject.
 */
const FIRST_SPAN = /\b(\d+)\s+premi(?:er|ere)s\s+(jours|semaines|mois)\b/i;

/** The bound in days an answer's text sets for its subject, if it sets one. */
export function answerBoundInDays(answer: string): number | undefined {
  const m = FIRST_SPAN.exec(answer);
  return m ? Number(m[1]) * (DAYS_PER_UNIT[m[2]?.toLowerCase() as string] as number) : undefined;
}

/** The message tells a duration past the answer's own bound ("et après 3 mois ?" after the 45 first days). */
export function durationPastBound(normalized: string, answer: string): boolean {
  const bound = answerBoundInDays(answer);
  return bound !== undefined && durationsToldInDays(normalized).some((days) => days > bound);
}

/**
 * The message tells only durations within the answer's own bound ("ça fait 2 semaines" after the 45 first days): the
 * person is in the case that answer opens with.
 */
export function durationWithinBound(normalized: string, answer: string): boolean {
  const bound = answerBoundInDays(answer);
  const told = durationsToldInDays(normalized);
  return bound !== undefined && told.length > 0 && told.every((days) => days <= bound);
}

/** The sentence of an answer that sets the bound ("Pendant tes 45 premiers jours en entreprise, …"), if any. */
export function boundSentence(sentences: readonly string[]): string | undefined {
  return sentences.find((s) => FIRST_SPAN.test(s));
}
