import type { Understanding } from '../../src/nlu/understanding.js';

/**
 * "lequel tu me conseilles ?", "vous me recommandez lequel ?", "c'est quoi le mieux pour moi ?": the bot asked to
 * choose among what it just listed (diplomas, trades). It cannot choose for the person; it says so, with what tells
 * them apart and the ways to decide (the quiz, an adviser), never the fallback nor a bare adviser's card.
 */
const WHICH_ADVISED = /\b(?:(?:lequel|laquelle|lesquels|lesquelles|quel|quelle|lequel des deux|lequel d entre eux) (?:tu|vous|tu me|vous me|me|m) ?(?:conseilles|conseillez|conseillerais|conseilleriez|recommandes|recommandez|recommanderais|recommanderiez|proposes|proposez|prendrais|prendriez|choisirais|choisiriez)|(?:tu|vous) (?:me )?(?:conseilles|conseillez|conseillerais|conseilleriez|recommandes|recommandez|prendrais|prendriez|choisirais|choisiriez) (?:lequel|laquelle|quoi|quel|lesquels)|(?:le|la|lequel est le|laquelle est la|c est quoi le|c est lequel le|quel est le) (?:mieux|meilleur|meilleure|plus adapte|plus adaptee) pour moi)\b/;
/** Short: the question alone, not a question about a named subject. */
const MAX_WORDS = 9;

export function choiceAdviceAsked(u: Understanding): boolean {
  return u.normalized.split(' ').length <= MAX_WORDS && WHICH_ADVISED.test(u.normalized);
}
