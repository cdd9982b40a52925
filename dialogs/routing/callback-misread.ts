import type { Understanding } from '../../src/nlu/understanding.js';

/**
 * A callback read from a polite request alone: "Pouvez-vous m'expliquer ce qu'est un BTS ?" shares "pouvez-vous me…"
 * with "pouvez-vous me rappeler ?", and the callback form began (issue 11: a question typed in reply to a prompt
 * started the form). As a restart or an erasure needs a word of its own (interruption-asked.ts), a callback needs a
 * word of calling or of reaching someone: rappel, appel, téléphone, numéro, joindre, contact, conseiller, parler, a
 * person, a rendez-vous, or a phone number typed.
 */
const CALLING_WORDS =
  /\b(?:r?appel\w*|recontact\w*|contact\w*|telephon\w*|tel|tph|phone|numero|num|joindre|joignable|conseill\w*|parler|discuter|humain|personne|quelqu un|qqn|quelquun|rdv|rendez vous|callback|call)\b/;
const PHONE_DIGITS = /(?:\+33|\b0)\s*[1-9](?:[\s.-]*\d{2}){2,4}/;

export function callbackMisread(u: Understanding): boolean {
  return u.intent === 'callback' && !CALLING_WORDS.test(u.normalized) && !PHONE_DIGITS.test(u.text);
}
