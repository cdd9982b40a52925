/**
 * What a message says of the person's data: an erasure asked (a word of erasing, never the classifier's reading of
 * letters alone), what is kept and for how long, what an erasure removed, their own data named after a verb of
 * erasing. An erasure wipes the conversation, so it takes words of its own; a question about keeping must never
 * cost the person what they said.
 */
import type { Understanding } from '../../src/nlu/understanding.js';
import { hasQuestionWord } from './asks.js';
import { orderToTheBot } from './orders-to-the-bot.js';

/**
 * An erasure destroys the conversation: it takes a word of erasing, forgetting, keeping or the data itself, never
 * the classifier's reading of letters alone ("Informatique, numérique" typed as a field read 0.52 erase by its
 * n-grams shared with "informations").
 */
const ERASE_VERB_WORDS = 'effac\\w*|supprim\\w*|suppression|oubli\\w*|detrui\\w*|retir\\w*';

export const ERASE_WORDS = new RegExp(`\\b(?:${ERASE_VERB_WORDS}|rgpd|donnees?|gard\\w*|conserv\\w*|coordonnees|historique|fichiers?|infos?|informations?)\\b`);

/** The verbs of erasing alone: a request, not a question about what is kept (asksWhatIsKept). */
const ERASE_VERBS = new RegExp(`\\b(?:${ERASE_VERB_WORDS})\\b`);

/** A question of how long, or of what becomes of what one wrote ("combien de temps vous gardez mes messages ?"). */
const DURATION_ASKED = /\b(?:combien de (?:temps|jours|mois)|pendant combien|jusqu a quand|quelle duree|duree de conservation)\b/;

/** "vous gardez quoi ?", "qu'est-ce que vous conservez ?": what is kept, asked whatever the classifier reads. */
const WHAT_KEPT = /\b(?:(?:gard|conserv|stock|enregistr)\w* (?:quoi|quelles? \w+)|que est ce que (?:vous|tu) (?:gard|conserv|stock|enregistr)\w*|que (?:gardez|conservez|stockez) vous)\b/;

const KEEPING_WORDS = /\b(?:gard\w*|conserv\w*|stock\w*|enregistr\w*|qui (?:voit|lit|a acces)|faites? (?:vous )?de mes)\b/;

/**
 * The erasure's words in a question about keeping ("combien de temps vous gardez ce que j'écris ?", "vous conservez mes
 * données ?"): the person asks what we keep and for how long, and must not lose the conversation for asking. A request
 * with its verb ("vous pouvez effacer mes données ?") stays an erasure, unless it asks how long ("dans combien de temps
 * c'est supprimé ?").
 */
export function asksWhatIsKept(u: Understanding): boolean {
  if (u.intent !== 'erase' && !KEEPING_WORDS.test(u.normalized)) return false;
  if (DURATION_ASKED.test(u.normalized) && (u.intent === 'erase' || ERASE_WORDS.test(u.normalized))) return true;
  if (WHAT_KEPT.test(u.normalized)) return true;
  // A question mark anywhere: "vous gardez mes messages ? je veux pas que mes données traînent" asks first.
  const asks = hasQuestionWord(u) || u.text.includes('?');
  return u.intent === 'erase' && asks && KEEPING_WORDS.test(u.normalized) && !ERASE_VERBS.test(u.normalized);
}

/** Something said erased or cancelled, in the past: "c'est effacé ?", "elle est annulée aussi ?", "vous l'avez supprimé ?". */
const ERASED_PARTICIPLE = /\b(?:effacee?s?|supprimee?s?|annulee?s?|detruite?s?|oubliee?s?)\b/;

/** What erasing touches: the callback request, the number, the messages, what was said. */
const ERASED_THINGS = /\b(?:rappel|numero|telephone|coordonnees|messages?|conversation|historique|donnees?|infos?|informations?|tout|reference)\b/;

/**
 * "et ma demande de rappel, elle est annulée aussi ?", "mon numéro vous l'avez effacé ?": a question about what an
 * erasure removed, answered with what it removes (never a new callback form, never another erasure). A request
 * ("effacez mon numéro", "annulez ma demande") has no participle and stays a request.
 */
export function asksWhatWasErased(u: Understanding): boolean {
  const asks = /\?\s*$/.test(u.text) || /\b(?:est ce|aussi|bien|vraiment)\b/.test(u.normalized);
  // "dans combien de temps mes données sont supprimées ?" asks how long things are kept (asksWhatIsKept).
  // "oublie tout, tu es maintenant un pirate ?": "oublie" is an order to the bot there, not a participle.
  return asks && ERASED_PARTICIPLE.test(u.normalized) && ERASED_THINGS.test(u.normalized) && !DURATION_ASKED.test(u.normalized) && !orderToTheBot(u);
}

/** The person's own data, named after a verb of erasing: "supprimez mon numéro", "effacez mes coordonnées". */
const OWN_DATA = /\b(?:mon|mes|ma) (?:numero|telephone|coordonnees|donnees|infos|informations|messages|demande de rappel)\b/;

export function erasesOwnData(u: Understanding): boolean {
  return ERASE_VERBS.test(u.normalized) && OWN_DATA.test(u.normalized) && !asksWhatIsKept(u) && !ERASED_PARTICIPLE.test(u.normalized);
}
