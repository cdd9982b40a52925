/**
 * The answer to a yes/no question, read for consent: only an unambiguous yes is a yes. A negation anywhere wins
 * ("oui mais non", "non 1"), and a message with neither word is no answer at all: a digit alone ("1") must never
 * consent, even when the first quick reply was the yes. Works on the normaliser's output (accents folded, SMS
 * spelling expanded: "nan" → "non", "dac" → "de accord", "n'" → "ne").
 */
export type YesNo = 'yes' | 'no' | undefined;

/** Ways of saying yes that contain a negation word ("pas de souci"): taken out before negations are looked for. */
const YES_WITH_NEGATION = /\b(?:pas de|sans) (?:souci|soucis|probleme|problemes)\b/g;
const NO = /\b(?:non|pas|ne|jamais|aucun|aucune|aucunement|refuse|refuser|negatif|annule|annuler)\b/;
const YES = /\b(?:oui|ok|de accord|volontiers|carrement|absolument|evidemment|bien sur|vas y|ca marche|tout a fait|je veux bien|avec plaisir|affirmatif|accepte)\b/;

/**
 * "ok merci", "d'accord merci beaucoup", "ok super merci": an acknowledgement of what was just said, with thanks, and
 * no other word of yes. Said right after the free number was given, it closes the exchange; it does not answer the
 * question asked beside it, so it gives no consent (the message is then read as thanks).
 */
const ACKNOWLEDGING_WORDS: ReadonlySet<string> = new Set(
  ['ok', 'okay', 'de', 'accord', 'dac', 'ca', 'marche', 'super', 'parfait', 'top', 'cool', 'genial', 'bien', 'tres', 'merci', 'beaucoup', 'bcp', 'encore', 'a', 'vous', 'toi', 'bonne', 'journee', 'soiree', 'au', 'revoir', 'bye', 'plus'],
);
const THANKS = /\bmerci\b/;
const PLAIN_YES = /\b(?:oui|ouais|volontiers|carrement|absolument|evidemment|bien sur|vas y|tout a fait|je veux bien|avec plaisir|affirmatif|accepte|je partage)\b/;

export function readYesNo(normalized: string): YesNo {
  const rest = normalized.replace(YES_WITH_NEGATION, ' ');
  if (NO.test(rest)) return 'no';
  if (THANKS.test(rest) && !PLAIN_YES.test(rest) && rest.split(/\s+/).every((w) => w === '' || ACKNOWLEDGING_WORDS.has(w))) return undefined;
  if (rest !== normalized || YES.test(rest)) return 'yes';
  return undefined;
}
