import { rankDiplomas } from './support/knowledge-views.js';
import { say, type Turn } from './support/turn.js';

/**
 * The sentence before a condition asked with a trade ("je veux faire pâtissier mais je suis en 4e"): the trade and the
 * first diploma that leads to it, so that the age or diploma rule that follows reads as the way into that trade.
 * Undefined when the trade is not in the knowledge (the rule's answer then stands alone).
 */
export function tradeConditionLead(turn: Turn, tradeCode: string): string | undefined {
  const k = turn.kb.knowledge;
  const trade = k.trades.get(tradeCode);
  if (!trade) return undefined;
  const first = rankDiplomas(k, turn.kb.search.diplomasForTrade(trade), trade)[0];
  return first !== undefined
    ? say(turn, 'orientation.trade_condition', { trade: trade.label, first: first.title })
    : say(turn, 'orientation.trade_condition_no_diploma', { trade: trade.label });
}
