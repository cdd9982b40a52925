import type { Understanding } from '../../src/nlu/understanding.js';

/**
 * "Vous pouvez me donner un numéro à appeler ?", "c'est quoi le numéro pour vous joindre ?", "y a un tel où appeler ?":
 * the person asks for a number THEY call. The classifier reads a callback in "numéro… appeler", and the callback form
 * asked "quel est votre prénom ?" without the number (review 21, X1). The free line is what is asked: the human
 * hand-off gives it, with the reference code and the callback still offered. Being called back ("rappelez-moi",
 * "on peut me rappeler ?", "je veux être rappelé") and a number typed are the callback's own.
 */
const NUMBER = /\b(?:numero|num|tel|telephone|tph)\b/;
/** The person gives the number or is to be called: the callback form's request, not a number asked for. */
const CALLED_BACK = /\b(?:rappel\w*|me appeler|m appeler|me appelle|me appellera|me appelez|appelez moi|appelle moi|me joindre|me contacter|me recontacter|mon numero|mon tel|mon telephone|ton numero|votre numero de rappel)\b/;
const PHONE_DIGITS = /(?:\+33|\b0)\s*[1-9](?:[\s.-]*\d{2}){2,4}/;

export function asksNumberToCall(u: Understanding): boolean {
  if (u.kind !== 'text' || !NUMBER.test(u.normalized)) return false;
  return !CALLED_BACK.test(u.normalized) && !PHONE_DIGITS.test(u.text);
}
