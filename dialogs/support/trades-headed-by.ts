import type { Trade } from '../../src/knowledge/schema/trade.js';
import { TRADE_STOP_WORDS } from '../../src/text/stop-words.js';
import { tokenize } from '../../src/text/normalize.js';
import type { Turn } from './turn.js';

/** How many trades a one-word message may be offered, as quick replies. */
const MAX_HEADED_TRADES = 5;
/** The search's score under which a title only shares letters with the word typed. */
const HEAD_WORD_MIN_SCORE = 0.5;

/**
 * "vendeur", "vendeuse ?": one word that heads the titles of several trades and names none of them whole (vendeur en
 * prêt-à-porter, en informatique, automobile…). The trade question offers those trades to pick, rather than asking
 * "quel métier ?" as if nothing had been said.
 */
export function tradesHeadedBy(turn: Turn): Trade[] {
  const words = tradeWordsOf(turn.understanding.normalized);
  // "quelles formations sur Caen ?": the one word left is the town, which heads no trade.
  if (words.length !== 1 || turn.understanding.trade !== undefined || turn.understanding.commune !== undefined || turn.understanding.departement !== undefined) return [];
  const seen = new Set<string>();
  return turn.kb.search
    .trades(words[0]!, MAX_HEADED_TRADES * 2)
    .filter((h) => !h.whole && h.score >= HEAD_WORD_MIN_SCORE && (h.wordsMatched ?? 0) >= 1)
    .flatMap((h) => (seen.has(h.trade.code) ? [] : (seen.add(h.trade.code), [h.trade])))
    .slice(0, MAX_HEADED_TRADES);
}

/** The words of a message that may name a trade: neither grammar nor talk about jobs in general. */
export function tradeWordsOf(normalized: string): string[] {
  return tokenize(normalized).filter((w) => !TRADE_STOP_WORDS.has(w));
}
