import type { Trade } from '../src/knowledge/schema/trade.js';
import type { TradeHit } from '../src/knowledge/search.js';
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
    const hit = clearIn(turn, half) ?? headOf(turn, half);
    if (hit === undefined) continue;
    if (!found.some((t) => t.code === hit.trade.code)) found.push(hit.trade);
  }
  return found;
}

function clearIn(turn: Turn, text: string): TradeHit | undefined {
  const hit = tradeInText(turn.kb.search, text);
  return hit !== undefined && hit.score >= TRADE_IN_HALF ? hit : undefined;
}

/** How many words a side of "entre X et Y" names its trade in ("mécanicien auto", "agent d'entretien"). */
const SIDE_MAX_WORDS = 3;

/**
 * Round 33: the last side runs on into the rest of the message ("… et paysagiste, les deux me plaisent"), which thins
 * its reading: its first words alone, longest first.
 */
function headOf(turn: Turn, half: string): TradeHit | undefined {
  const words = half.split(/\s+/);
  for (let n = Math.min(SIDE_MAX_WORDS, words.length - 1); n >= 1; n -= 1) {
    const hit = clearIn(turn, words.slice(0, n).join(' '));
    if (hit !== undefined) return hit;
  }
  return undefined;
}
