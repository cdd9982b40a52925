import type { Understanding } from '../../src/nlu/understanding.js';
import { fieldTrainingAsked } from './field-in-question.js';
import { namesPlace } from './facts.js';
import type { RoutingInput } from './route.js';

/**
 * "j'hésite entre X et Y" with each side a few words long ("entre la cuisine et la pâtisserie", "entre plombier ou
 * électricien"): two things weighed. A longer first side ("entre arrêter mon contrat et …") is a decision, not two
 * trades.
 */
const HESITATES_BETWEEN_TWO = /\bj?hesit\w* (?:\S+ )?entre (?:\S+ ){1,3}(?:et|ou|ou bien) \S+/;

/** The same floor as either-trades.ts: two trades in one message share the reading. */
const TRADE_WEIGHED = 0.6;

/**
 * Round 33: "j'hésite entre la cuisine et la pâtisserie", "ma fille hésite entre coiffure et esthétique, les deux lui
 * plaisent": two trades weighed are already the narrowest question there is. The diplomas of each answer it at once
 * (the dialog finds one trade per side, dialogs/either-trades-diplomas.ts; when it finds only one, that trade's card,
 * or with no trade read, the field's trades),
 * not the quiz's three questions, which would only lead back to them. A diploma kind named ("entre un CAP et un bac
 * pro") is the paths compared; a town named is the course search.
 */
export function tradesHesitatedBetween(input: RoutingInput): boolean {
  const u: Understanding = input.understanding;
  if (u.kind !== 'text' || input.chosen !== undefined) return false;
  // Two trades named often leave no trade read at all (they share the reading): the field they were read as stands
  // for them ("plombier et électricien": bâtiment).
  const named = (u.trade !== undefined && u.trade.score >= TRADE_WEIGHED) || u.facts.interests.length > 0;
  if (!named || namesPlace(u) || u.outside !== undefined) return false;
  if (u.facts.diplomaType !== undefined) return false;
  // The diplomas of two fields asked outright ("…la mécanique et la carrosserie, quels diplômes ?") are the fields'
  // trades with their diplomas (field-training-asked), which keeps both sides when only one reads as a trade.
  if (fieldTrainingAsked(u)) return false;
  return HESITATES_BETWEEN_TWO.test(u.normalized);
}
