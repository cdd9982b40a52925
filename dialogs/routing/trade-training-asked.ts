import type { Understanding } from '../../src/nlu/understanding.js';
import { CLEAR_TRADE } from './thresholds.js';

/**
 * A trade's title typed whole in a question about its training reads a little below CLEAR_TRADE: the words of the
 * question ("ça se prépare comment ?") weigh against it ("et pâtissier ça se prépare comment ?": 0.74). From this score,
 * with every word of the title typed, the trade is the one named.
 */
const TRADE_NAMED_WHOLE = 0.6;

/**
 * "et pâtissier ça se prépare comment ?", "carreleur on l'apprend comment ?", "boucher c quel diplôme ?": a trade named
 * (clearly, or by its whole title) and how to train for it asked (the which-diploma cue).
 */
export function tradeTrainingAsked(u: Understanding): boolean {
  if (!u.cues.whichDiploma || u.trade === undefined) return false;
  return u.trade.score >= CLEAR_TRADE || (u.trade.whole && u.trade.score >= TRADE_NAMED_WHOLE);
}
