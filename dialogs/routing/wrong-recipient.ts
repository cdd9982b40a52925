import type { Understanding } from '../../src/nlu/understanding.js';
import { tokenize } from '../../src/text/normalize.js';

/**
 * "dsl je me suis trompé de conversation", "oups mauvaise fenêtre", "désolé, c'était pas pour toi": a message sent to
 * the bot by mistake, and nothing else. It asks nothing, so the classifier reads it as anything and the fallback's "je
 * n'ai pas compris" answers an apology with a reproach. The reply says it is no trouble and leaves the door open
 * (smalltalk.wrong_recipient, with the menu). Only a message that holds no more than that is read: a question after
 * it ("oups mauvaise fenêtre, au fait c'est combien le salaire ?") keeps its answer.
 */

/** Where the message should have gone: a conversation, a window, a tab, a person. */
const PLACE = '(?:conversation|conv|convo|discussion|discu|fenetre|onglet|chat|personne|destinataire|numero|contact|groupe|appli|application|page|site|message)';

/** Saying it went to the wrong place or person: "trompé de conv", "mauvaise fenêtre", "c'était pas pour toi". */
const SENT_BY_MISTAKE = new RegExp(
  [
    `\\b(?:je |j )?(?:me suis |ms |mui |suis )?(?:trompe|trompee|tromper|goure|gouree|plante|plantee) (?:de|d) ${PLACE}s?\\b`,
    `\\b(?:mauvais|mauvaise|mauvaises|mauvais) ${PLACE}s?\\b`,
    `\\b(?:pas|mauvais|mauvaise) (?:la |le |les )?bon(?:ne)?s? ${PLACE}s?\\b`,
    `\\b(?:ce|c|ca|sa|il|le message|mon message|ce message)?\\s?(?:etait|est|est te|e|etais) (?:pas|absolument pas) (?:pour|a|destine a|destinee a) (?:toi|vous|toa|twa|le bot|le robot|le chatbot)\\b`,
    `\\b(?:ne )?(?:te|vous) (?:etait|est) pas destinee?s?\\b`,
    `\\b(?:envoye|envoyee|ecrit|ecrite|parti|partie) (?:par erreur|par megarde|trop vite|au mauvais endroit|a la mauvaise personne)\\b`,
    `\\b(?:ignore|ignorez|oublie|oubliez) (?:mon|ce|le) (?:dernier )?message\\b`,
  ].join('|'),
  'g',
);

/** What may stand around it: apologies, hesitations, laughter, politeness. */
const AROUND = new Set([
  'desole', 'desolee', 'desoles', 'dsl', 'pardon', 'sorry', 'sry', 'oups', 'oops', 'oup', 'ups', 'excuse', 'excusez', 'moi', 'autant', 'au', 'temps', 'pour',
  'lol', 'mdr', 'ptdr', 'haha', 'hihi', 'ok', 'bon', 'bref', 'voila', 'mais', 'et', 'alors', 'vraiment', 'ah', 'oh', 'euh', 'hein', 'merci', 'quand', 'meme',
  'bonne', 'journee', 'soiree', 'je', 'me', 'suis', 'ce', 'message', 'mon', 'le', 'la', 'cetait', 'ca', 'etait', 'pas', 'toi', 'vous', 'rien', 'laisse',
  'laissez', 'tomber', 'erreur', 'par', 'ne', 'en', 'fait', 'enfaite', 'bonjour', 'salut', 'slt', 'bjr', 'desoler',
]);

/** Whether the message only says it was sent here by mistake (see the module's comment). */
export function sentByMistakeOnly(u: Understanding): boolean {
  if (u.kind !== 'text') return false;
  const rest = u.normalized.replace(SENT_BY_MISTAKE, ' ');
  if (rest === u.normalized) return false;
  return tokenize(rest).every((w) => AROUND.has(w));
}
