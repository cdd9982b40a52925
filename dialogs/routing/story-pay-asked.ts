import type { Understanding } from '../../src/nlu/understanding.js';
import { normalize } from '../../src/text/normalize.js';

/** The pay asked: "je serais payé combien ?", "ça paye combien par mois ?", "combien je toucherais ?", "quel salaire ?". */
const PAY_ASKED =
  /\b(?:combien\b.*\b(?:paye|payee|payes|paie|payer|toucher|toucherai|toucherais|touche|gagne|gagner|gagnerai|gagnerais|salaire|remunere|remuneree)|(?:paye|payee|payes|paie|touche|toucherai|toucherais|gagne|gagnerai|gagnerais|remunere|remuneree)\w* combien|quel (?:salaire|serait mon salaire|sera mon salaire)|quelle (?:paie|paye|remuneration))\b/;
/** An aid's amount or a cost is another question ("combien d'aide", "ça coûte combien"). */
const NOT_PAY = /\b(?:aides?|primes?|coute|couter|frais|prix|tarif|employeur paie|je paie)\b/;
/** A story: at least this many sentences before the question. */
const STORY_SENTENCES = 3;

/** The sentences of the message as written ("J'ai 19 ans. J'ai arrêté le lycée. Je serais payée combien ?"). */
function sentences(text: string): string[] {
  return text.split(/(?<=[.!?…])\s+|\n+/).map((s) => s.trim()).filter((s) => s.length > 0);
}

/**
 * "Salut. J'ai 19 ans, j'ai arrêté le lycée en première. J'aimerais faire de la coiffure. Je serais payée combien ?":
 * a story told in several sentences (age, studies left, a wish) that ends on the pay. The pay at the age told is the
 * question, not the quiz of the field it names, nor the trade's card: the last sentence decides, the story gives the
 * details (the age read from any sentence of it).
 */
export function storyEndsOnPay(u: Understanding): boolean {
  if (u.kind !== 'text' || u.aid !== undefined) return false;
  const all = sentences(u.text);
  if (all.length < STORY_SENTENCES) return false;
  const last = normalize(all[all.length - 1] as string);
  return PAY_ASKED.test(last) && !NOT_PAY.test(last);
}
