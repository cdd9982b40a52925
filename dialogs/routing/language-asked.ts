import type { Understanding } from '../../src/nlu/understanding.js';

/** Another language than French. */
const OTHER_LANGUAGE = '(?:anglais|english|espagnol|allemand|italien|portugais|arabe|turc|russe|ukrainien|roumain|polonais|chinois|une autre langue|dautres langues|de autres langues|autres langues|dautre langue|de autre langue)';
/**
 * "tu parles anglais ?", "vous comprenez l'espagnol ?", "on peut écrire en anglais ?", "réponds en anglais stp": which
 * language the bot speaks.
 */
const LANGUAGE_ASKED = new RegExp(
  `\\b(?:parles|parlez|parle|parler|comprends|comprenez|comprend|reponds|repondez|repondre|ecris|ecrivez|ecrire|sais|savez)\\b(?: tu| vous)?(?: pas)?(?: le| l| la| en)? ${OTHER_LANGUAGE}\\b|\\ben ${OTHER_LANGUAGE}\\b(?= ?(?:stp|svp|s il (?:te|vous) plait|possible|ca marche|cest possible|ce est possible)?$)`,
);

/** "est-ce que vous parlez l'anglais s'il vous plaît": a short question; a longer message asks something else too. */
const LANGUAGE_QUESTION_MAX_WORDS = 14;

/**
 * A question of the language the bot speaks: it answers in French only (and says so in English too), and can still
 * help; the out-of-scope answer would read as a refusal to someone who only asked how to talk to it.
 */
export function languageAsked(u: Understanding): boolean {
  return u.kind === 'text' && u.words <= LANGUAGE_QUESTION_MAX_WORDS && LANGUAGE_ASKED.test(u.normalized);
}
