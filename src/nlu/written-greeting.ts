/**
 * "Bonjour, qu'est-ce qu'un CFA exactement ?", "Bonsoir, est-ce que la formation est payante ?": a letter-like
 * question — a capitalised greeting with its comma, the written "est-ce" with its hyphen, a question mark — is written
 * by someone who expects vous (review 16, P5: a parent asking what a CFA is was answered "tu y suis les cours"). Young
 * people greet with "slt", "bjr", or write "c quoi", "c'est quoi", "est ce que" without hyphen; a message that is only
 * "Bonjour, je cherche une alternance" says nothing here (no written question).
 */
const LETTER_GREETING = /^\s*(?:Bonjour|Bonsoir)(?: (?:Madame|Monsieur|à vous))?\s*,\s+/u;
const WRITTEN_EST_CE = /(?:^|[\s,'’])(?:[Qq]u['’])?[Ee]st-ce\b/u;
const ENDS_AS_QUESTION = /\?\s*$/u;

export function letterLikeQuestion(raw: string): boolean {
  return LETTER_GREETING.test(raw) && WRITTEN_EST_CE.test(raw) && ENDS_AS_QUESTION.test(raw);
}
