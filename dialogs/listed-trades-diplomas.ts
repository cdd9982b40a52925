import type { TurnContext } from 'botbuilder';
import { rememberSeveralShown } from './support/subject-in-view.js';
import type { Trade } from '../src/knowledge/schema/trade.js';
import { rankDiplomas, tradeShortName } from './support/knowledge-views.js';
import { reply } from './support/replies.js';
import { offer, offerTitled, say, type Turn } from './support/turn.js';

/** The listed trades whose diplomas are written out: a short answer, the rest stay one click away. */
const TRADES_SHOWN = 3;
/** The first diplomas of each: the one to start with, and the next one. */
const DIPLOMAS_EACH = 2;

/**
 * "c'est quel diplôme ?", "quel diplôme en alternance ?" right after a list of trades (the quiz's, a field's, the
 * trades a word like "vendeur" heads): it asks the diplomas of THOSE trades. Their first diplomas are written out,
 * a line per trade, and each trade's button opens its card (all its diplomas, where, pay, aids); "which one?" alone
 * would make the person click before getting any answer.
 */
export async function sendListedTradesDiplomas(context: TurnContext, turn: Turn, trades: readonly Trade[]): Promise<void> {
  const k = turn.kb.knowledge;
  const lines = trades.slice(0, TRADES_SHOWN).map((trade) => {
    const first = rankDiplomas(k, turn.kb.search.diplomasForTrade(trade), trade).slice(0, DIPLOMAS_EACH);
    return first.length > 0 ? say(turn, 'orientation.field_trade_line', { trade: tradeShortName(trade), diplomas: first.map((d) => d.title).join(', ') }) : `• ${tradeShortName(trade)}`;
  });
  turn.data.lastTopic = 'orientation';
  turn.data.listedTrades = trades.map((t) => t.code);
  rememberSeveralShown(turn, turn.data.listedTrades);
  const text = [say(turn, 'orientation.listed_diplomas'), ...lines, say(turn, 'orientation.next')].join('\n');
  await context.sendActivity(reply(text, { quickReplies: [...trades.map((t) => offerTitled(turn, tradeShortName(t), { do: 'trade', code: t.code })), offer(turn, 'choice.human')] }));
}
