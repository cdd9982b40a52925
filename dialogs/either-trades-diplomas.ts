import type { Trade } from '../src/knowledge/schema/trade.js';
import { tradeInText } from '../src/nlu/trades.js';
import { eitherHalves } from './routing/either-trades.js';
import { CLEAR_TRADE } from './routing/thresholds.js';
import type { Turn } from './support/turn.js';

/**
 * The trades a message weighs against each other ("cuisinier ou pâtissier, quel diplôme ?"), in the order it names
 * them: one per half of the message around its "ou", each read clearly, without repeats.
 */
export function tradesWeighed(turn: Turn): Trade[] {
  const found: Trade[] = [];
  for (const half of eitherHalves(turn.understanding.normalized)) {
    const hit = tradeInText(turn.kb.search, half);
    if (hit === undefined || hit.score < CLEAR_TRADE) continue;
    if (!found.some((t) => t.code === hit.trade.code)) found.push(hit.trade);
  }
  return found;
}
