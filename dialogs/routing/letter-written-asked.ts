import type { Understanding } from '../../src/nlu/understanding.js';

/**
 * "écris-moi une lettre de motivation", "tu peux me faire mon CV ?", "rédige ma lettre à ma place": the bot is asked
 * to write an application paper itself. It writes none; the search card alone (review 21, X3) answers as if it had
 * not heard the request. The reply says so plainly first (application.not_written), then the card of the services
 * that help with an application (La bonne alternance, the Mission Locale, France Travail). Asking how to write one
 * ("comment faire un CV ?", "qui peut m'aider pour ma lettre ?") is not this: the card answers it as before.
 */

/** The bot asked to do the writing: "écris-moi", "rédigez-moi", "tu peux m'écrire", "pouvez-vous me rédiger", "fais-moi". */
const WRITE_IT_FOR_ME =
  /\b(?:(?:ecris|ecrit|ecrivez|redige|redigez|fais|fait|faites|genere|generez|prepare|preparez) (?:moi|nous)|(?:tu|vous) (?:peux|peut|pourrais|pourrait|pouvez|pourriez|veux|voulez|voudrais|voudriez) (?:me |m |nous )?(?:ecrire|rediger|faire|generer|preparer)|(?:peux|pourrais|pouvez|pourriez) (?:tu|vous) (?:me |m |nous )?(?:ecrire|rediger|faire|generer|preparer))\b|\ba ma place\b/;
/** The paper asked: a cover letter or a CV. */
const APPLICATION_PAPER = /\b(?:lettre|lettres|cv|c v|curriculum)\b/;

export function letterWritingAsked(u: Understanding): boolean {
  return u.kind === 'text' && APPLICATION_PAPER.test(u.normalized) && WRITE_IT_FOR_ME.test(u.normalized);
}
