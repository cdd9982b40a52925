import type { Understanding } from '../../src/nlu/understanding.js';

const GREETING = '(?:(?:bonjour|bonsoir|salut|hello|coucou|hey|yo|re|euh|mais|et|alors|dis|dites)\\s+)*';
/**
 * "salut t ki", "tes qui toi", "vous êtes qui au juste ?", "qui es-tu ?": who the bot is, asked alone. SMS spelling
 * ("t ki" reads "te qui") was read as a plain greeting. "c'est qui l'OPCO ?" asks a term, never the bot, and is not here.
 */
const WHO_ARE_YOU = new RegExp(
  `^${GREETING}(?:(?:te|tes|t es|tu es|vous etes) qui|qui (?:es tu|est tu|etes vous|tu es|vous etes|te|tes))(?: (?:toi|vous|au juste|exactement|en fait|enfait|donc|la|sa|ca|dabord|d abord|svp|stp))*$`,
);

/**
 * "je parle à un conseiller de la Région ?", "je discute avec un robot là ?", "j'écris à qui ?": who is on the other
 * side, asked in the first person and the present tense ("je veux parler à un conseiller" wants one instead). The
 * "human" reading took these to the adviser's card without saying what the bot is.
 */
const TALKING_TO_WHOM = /\bje (?:parle|discute|ecris|cause|converse|dialogue|communique|suis en train de (?:parler|discuter|ecrire)) (?:a|avec) (?:qui\b|(?:un |une )?(?:vrai |vraie |veritable )?(?:conseiller|conseillere|personne|humain|humaine|etre humain|robot|bot|chatbot|ia|machine|ordinateur)\b)/;

/** The message asks who the bot is (the automatic assistant's identity), with nothing else. */
export function asksWhoWrites(u: Understanding): boolean {
  return WHO_ARE_YOU.test(u.normalized.trim()) || TALKING_TO_WHOM.test(u.normalized);
}
