import type { Understanding } from '../../src/nlu/understanding.js';

/**
 * A parent's or a young person's story with several facts, asking whether apprenticeship is possible: "Mon fils de
 * 15 ans termine sa 3e à Argentan, il veut faire de la mécanique, c'est possible en apprentissage ?", "j'ai 16 ans, je
 * sors de 3e, je veux être coiffeuse à Vire, je peux ?". The age condition answers the "possible ?" and the trade (or
 * the field's main trade) leads it with its first diploma, its card and places one button away: the age rule alone
 * dropped the trade told, the trade's card alone dropped the condition asked.
 */

/** An age or a class said in the story: "de 15 ans", "j'ai 16 ans", "en 3e", "termine sa troisième", "au collège". */
const CLASS_TOLD = /\b(?:3e|3eme|3ème|troisieme|4e|4eme|quatrieme|college|brevet)\b/;
/** Whether it can be done: "c'est possible", "il peut", "est-ce faisable", "à quel âge", "trop jeune". */
const POSSIBLE_ASKED = /\b(?:possible|faisable|peut|peux|peuvent|pourra|pourrait|pourrais|quel age|trop jeune|assez age|autorise|le droit)\b/;
/** Apprenticeship is what is asked about. */
const APPRENTICESHIP = /\b(?:apprentissage|alternance|apprenti|apprentie|contrat)\b/;
/** A narrower question of its own: the pay, the aids, how long, where exactly. */
const OTHER_QUESTION = /\b(?:combien|salaire|paye|paie|aides?|duree|dure|ou (?:se former|faire|trouver)|quelle? ecole)\b/;
/** An age above this is past the minimum age (16): the question is then no longer the age condition. */
const MINOR_AGE = 16;

/** The trade told in such a story: the one read, even from a field's name ("la mécanique" → its main trade). */
export function storyAgeAndTrade(u: Understanding): string | undefined {
  if (u.kind !== 'text' || u.trade === undefined) return undefined;
  const ageTold = u.facts.age !== undefined && u.facts.age <= MINOR_AGE;
  if (!ageTold && !CLASS_TOLD.test(u.normalized)) return undefined;
  if (u.facts.age !== undefined && u.facts.age > MINOR_AGE) return undefined;
  if (!POSSIBLE_ASKED.test(u.normalized) || !APPRENTICESHIP.test(u.normalized) || OTHER_QUESTION.test(u.normalized)) return undefined;
  return u.trade.trade.code;
}
