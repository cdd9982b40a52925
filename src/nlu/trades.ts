import type { Search, TradeHit } from '../knowledge/search.js';

/** The trade a normalised message names, if one stands out (score ≥ `min`). */
export function tradeInText(search: Search, normalized: string, min = 0.5): TradeHit | undefined {
  const best = search.trades(normalized, 1)[0];
  return best && best.score >= min ? best : undefined;
}
