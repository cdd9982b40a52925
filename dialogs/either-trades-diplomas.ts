import type { Trade } from '../src/knowledge/schema/trade.js';
import { tradeInText } from '../src/nlu/trades.js';
import { eitherHalves } from './routing/either-trades.js';
import type { Turn } from './support/turn.js';

/**
 * A trade read in one half of the message: a half says less than a whole message ("mon fils hésite entre maçon"
 * reads the mason at 0.71), so a little below the clear-trade score of a whole message.
 */
const TRADE_IN_HALF = 0.65;

/**
 * The trades a message weighs against each other ("cuisinier ou pâtissier, quel diplôme ?"), in the order it names
 * them: one per half of the message around its "ou", each read clearly, without repeats.
 */
export function tradesWeighed(turn: Turn): Trade[] {
  const found: Trade[] = [];
  for (const half of eitherHalves(turn.understanding.normalized)) {
    const hit = tradeInText(turn.kb.search, half);
    if (hit === undefined || hit.score < TRADE_IN_HALF) continue;
    if (!found.some((t) => t.code === hit.trade.code)) found.push(hit.trade);
  }
  return found;
}
