import { normalize } from '../../src/text/normalize.js';
/**
 * A sentence ends with . ! ? or … followed by a space and a capital, except after an initial or an abbreviation
 * ("M. Dupont", "art. L6222") and inside figures ("2,5 %"). An acronym may end a sentence ("… ton CFA. Si …").
 */
const SENTENCE_END = /(?<!(?:^|[\s(])\p{Lu}|\bart|\.)[.!?…](?=\s+[A-ZÀ-Ý«"])/u;
/** A clause end within a sentence (" ; ", or " : " before a list): where a sentence too long for a phone is cut. */
const CLAUSE_END = /\s[;:]\s/;
/** About four lines of a phone: a first sentence longer than this is cut at its first clause end, if it has one. */
export const LEAD_MAX_CHARS = 200;

/**
 * Phone-first answers: the first sentence of a text as the message itself, the rest for the card below it. A text of
 * one sentence stays whole, unless it is longer than LEAD_MAX_CHARS and has a clause end (" ; ", " : ") after its first
 * 40 characters: then its first clause is the message and the rest, capitalised, follows in the card.
 */
export function leadSentence(text: string): { first: string; rest?: string } {
  const trimmed = text.trim();
  const match = SENTENCE_END.exec(trimmed);
  const end = match ? match.index + 1 : trimmed.length;
  let first = trimmed.slice(0, end).trim();
  let rest = trimmed.slice(end).trim();
  if (first.length > LEAD_MAX_CHARS) {
    const clause = CLAUSE_END.exec(first);
    if (clause && clause.index >= 40) {
      const tail = first.slice(clause.index + clause[0].length).trim();
      rest = `${tail.charAt(0).toUpperCase()}${tail.slice(1)}${rest ? ` ${rest}` : ''}`;
      first = `${first.slice(0, clause.index).trim()}.`;
    }
  }
  // "Oui." alone says nothing on a phone: the yes goes with the sentence it opens.
  if (isBareYesNo(first) && rest.length > 0) {
    const next = leadSentence(rest);
    first = `${first} ${next.first}`;
    rest = next.rest ?? '';
  }
  return rest.length > 0 ? { first, rest } : { first };
}

/** A yes or a no written as a sentence of its own ("Oui.", "Non !", "En principe non."). */
const BARE_YES_NO = /^(?:en principe,? )?(?:oui|non)\s*[.!]$/i;

/** Whether a sentence is only a yes or a no ("Oui."): it belongs with the sentence after it. */
export function isBareYesNo(sentence: string): boolean {
  return BARE_YES_NO.test(sentence.trim());
}

/**
 * A text cut into its sentences (by the same rule as leadSentence), so that a card can show those that fit a phone
 * and keep the others behind its toggle, word for word.
 */
export function sentencesOf(text: string): string[] {
  const out: string[] = [];
  let rest = text.trim();
  while (rest.length > 0) {
    const match = SENTENCE_END.exec(rest);
    const end = match ? match.index + 1 : rest.length;
    out.push(rest.slice(0, end).trim());
    rest = rest.slice(end).trim();
  }
  return out;
}

/** "Oui, …", "Non : …", "Oui. …", "En principe non : …": the yes or no an answer opens with. */
const YES_NO_OPENING = /^(?:en principe,? )?(?:oui|non)\s*[,:;.!]\s*/i;

/** Whether a text opens with a yes or a no ("Oui, …", "En principe non : …"). */
export function opensWithYesNo(text: string): boolean {
  return YES_NO_OPENING.test(text.trim());
}

/** What a statement denies: "aucune limite", "pas de préavis", "aucun diplôme" (the noun after the denial). */
const DENIED_THING = /(?:^|[\s'’])(?:(?:aucune|aucun|pas de|sans)\s+|pas d['’])(\p{L}+)/u;

/**
 * Review 25 (E6): "Oui : aucune limite d'âge ne s'applique…" answered "la limite d'âge s'applique-t-elle ?" with a yes
 * and a no. An answer whose "Oui" opens a denial settles the question it was written for ("je peux être apprenti à
 * 40 ans ?": yes), but says the opposite of a question about the thing denied ("y a une limite ?"): for that one, the
 * denial alone answers. On the question's normalised words.
 */
export function yesOverDenial(text: string, question: string): boolean {
  const trimmed = text.trim();
  const opening = YES_NO_OPENING.exec(trimmed);
  if (!opening || !/^(?:en principe,? )?oui/i.test(opening[0])) return false;
  const denied = DENIED_THING.exec(leadSentence(trimmed.slice(opening[0].length)).first.toLowerCase())?.[1];
  return denied !== undefined && new RegExp(`\\b${normalize(denied)}s?\\b`).test(question);
}

/**
 * The answer without its opening "Oui" or "Non", the next word capitalised: for a question that was not the yes/no
 * question the answer was written for, where a bare "Oui" would answer something the person did not ask.
 */
export function withoutYesNoOpening(text: string): string {
  const trimmed = text.trim();
  const opening = YES_NO_OPENING.exec(trimmed);
  if (!opening) return trimmed;
  const rest = trimmed.slice(opening[0].length);
  return `${rest.charAt(0).toUpperCase()}${rest.slice(1)}`;
}
