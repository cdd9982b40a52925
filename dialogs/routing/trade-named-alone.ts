import type { Understanding } from '../../src/nlu/understanding.js';
import { EXACT_TRADE } from './thresholds.js';

/** At most this many words beside a trade's name still say only the trade ("un couvreur", "plombier stp", "mécano ?"). */
const TRADE_ALONE_MAX_WORDS = 3;

/**
 * The message is a trade's name and little else: its title or an everyday name of it, typed whole ("couvreur",
 * "Plombier !", "boulangère ?", "mecano"). The person names the trade they want; the field that trade belongs to
 * (bâtiment, for a roofer) is no answer of theirs to "qu'est-ce que tu aimes faire ?".
 */
export function namesTradeAlone(u: Understanding): boolean {
  const t = u.trade;
  return t !== undefined && t.whole && t.score >= EXACT_TRADE && u.words <= TRADE_ALONE_MAX_WORDS && u.commune === undefined;
}

/**
 * Words that only say one likes the trade named ("soigneur d'animaux ça me dit bien", "palefrenier ça m'intéresse",
 * "moi je kiffe la boulangerie", "plutôt coiffeuse en fait"): no question, no other detail.
 */
const WISH_WORDS: ReadonlySet<string> = new Set(
  (
    'ca sa c ce me m moi je j tu perso dit dirait plait plairait interesse interesserait tente tenterait branche ' +
    'brancherait kiffe kiff aime aimerais adore voudrais veux veut bien grave trop vraiment beaucoup assez plutot ' +
    'en fait enfait fet un une le la l les de d du des genre style comme metier ou alors pourquoi pas oui ouais ok ' +
    'serait etre faire devenir bosser travailler dans'
  ).split(' '),
);

/**
 * A trade named exactly with only words of liking it around ("soigneur d'animaux ça me dit bien"), while the guided
 * path waits for a detail: the person has picked their trade; its card answers, not the quiz's next question
 * (review 14, J6: "Quel âge as-tu ?" asked again).
 */
export function namesTradeWished(u: Understanding): boolean {
  const t = u.trade;
  if (t === undefined || !t.whole || t.score < EXACT_TRADE || u.commune !== undefined || u.outside !== undefined) return false;
  if (describesWork(t.phrase)) return false;
  const title = new Set(t.phrase.split(' '));
  return u.normalized.split(' ').filter((w) => w.length > 0 && !title.has(w)).every((w) => WISH_WORDS.has(w));
}

/**
 * "construire des maisons", "soigner les animaux", "tondre la pelouse": the work told by what one does (an everyday
 * alias of the trade), a liking for a field, not a trade's name ("soigneur d'animaux", "peintre en bâtiment").
 */
const WORK_DONE = /^\S+(?:er|ir|re) (?:des|les|la|le|l|du|un|une|de|d)\b/;
const describesWork = (phrase: string): boolean => WORK_DONE.test(phrase);
