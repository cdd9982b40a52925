/**
 * Round 30 (blind-36 rob-chiffres): "17" then "ans, 1ère année, salaire": people send a message in pieces, the Enter key
 * pressed after the number. A message that starts with a unit continues the bare number sent just before: the two are
 * read as one ("17 ans, 1ère année, salaire"). Only a message that is a number alone is kept, and only for the next one.
 */

/** A message that is a number alone: "17", " 2 ", "300". */
const BARE_NUMBER = /^\s*(\d{1,4})\s*[.!?]?\s*$/;
/**
 * A unit first, then anything: "ans", "an", "mois", "semaines", "jours", "euros", "€", "km", "salariés", "heures",
 * "ème année". Case and accents as typed (the raw text is what is joined).
 */
const STARTS_WITH_UNIT = /^\s*(?:ans?|mois|semaines?|jours?|euros?|€|eur|km|kilom[eè]tres?|salari[ée]s?|employ[ée]s?|personnes|heures?|h|[eè]me|e|ere|ère|re|er)(?=$|[\s,.;:!?)])/i;

/** The number a message is, when it is one alone; kept for the next message only. */
export function bareNumberOf(text: string): string | undefined {
  return BARE_NUMBER.exec(text)?.[1];
}

/** The message read with the number sent before it, when it continues that number; else the message as it is. */
export function continuedText(previousNumber: string | undefined, text: string): string {
  if (previousNumber === undefined || !STARTS_WITH_UNIT.test(text)) return text;
  return `${previousNumber} ${text.trimStart()}`;
}
