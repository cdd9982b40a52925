import type { Understanding } from '../../src/nlu/understanding.js';

/** The words that ask: "je dois voir qui ?", "vous fermez à quelle heure", "on fait comment". */
const ASKING_WORDS = 'qui|quoi|quand|combien|comment|pourquoi|quel|quelle|quels|quelles';
/**
 * An asking word that cannot mean anything else: "ou" is left out, since without its accent it is also "or" ("et si
 * je pars ou si je reste"): a follow-up's own question (answer-follow-up.ts).
 */
export const ASKING_WORD = new RegExp(`\\b(?:${ASKING_WORDS})\\b`);
/** A question word, "où" typed without its accent included ("c'est ou ?"). */
const QUESTION_WORD = new RegExp(`\\b(?:${ASKING_WORDS}|ou)\\b`);

/** Leave-taking and thanks: a message that asks something with a question word is neither. */
const CLOSING_INTENTS: ReadonlySet<string> = new Set(['goodbye', 'thanks']);

/**
 * The classifier's goodbye or thanks on a message that asks something ("je dois prévenir qui ?" shares "je dois" with
 * "je dois y aller"): a question, not the end of the talk. Said goodbyes with no question word stay goodbyes.
 * A question mark asks as well when the message holds more than leave-taking and thanks (`cues.closing` unset):
 * "et pour avoir mon propre salon plus tard ?" shares "plus tard" with "à plus tard", but it asks about one's project;
 * "merci, à plus tard !" and "merci pour tout ?" stay closings.
 */
export function closingThatAsks(u: Understanding): boolean {
  if (!CLOSING_INTENTS.has(u.intent) || u.cues.closing !== undefined) return false;
  return QUESTION_WORD.test(u.normalized) || u.text.includes('?');
}

/** The message holds a question word: it asks something of its own, whatever else it tells. */
export function hasQuestionWord(u: Understanding): boolean {
  return QUESTION_WORD.test(u.normalized);
}

/** "leur accord", "son accord", "l'accord des parents": a consent (a noun with its owner), not the "d'accord" of a yes. */
const CONSENT = /\b(?:leur|son|sa|mon|ton|notre|votre|un|le|l|cet|ce|sans|avec) accords?\b/;

/** "mes parents doivent donner leur accord ?": read as a yes by the classifier, it asks whose consent is needed. */
export function asksConsent(u: Understanding): boolean {
  return u.intent === 'affirm' && CONSENT.test(u.normalized);
}

/** A question mark or a word of asking ("je peux", "puis-je", "possible", "comment", "les conditions pour…"). */
export const asksSomething = (u: Understanding): boolean => u.text.includes('?') || /\b(?:peux|px|peut|puis|possible|comment|quoi|quel|quelle|faut|dois|droit|condition|conditions|regles)\b/.test(u.normalized);
