import type { TurnContext } from 'botbuilder';
import type { Trade } from '../src/knowledge/schema/trade.js';
import { rankDiplomas, tradeShortName } from './support/knowledge-views.js';
import { answerCard, reply } from './support/replies.js';
import { offer, offerTitled, say, type Turn } from './support/turn.js';

/** The field's first trades shown (its list is ordered, most common first). */
const FIELD_TRADES = 4;
/** The first diplomas of each trade named on its line. */
const DIPLOMAS_PER_TRADE = 3;

/** The trades of the fields the message likes, interleaved so that two fields both show up in a short list. */
function tradesOfFields(turn: Turn, ids: readonly string[]): Trade[] {
  const k = turn.kb.knowledge;
  const lists = k.files.interets.interests.filter((i) => ids.includes(i.id)).map((i) => i.trades);
  const out: Trade[] = [];
  for (let rank = 0; lists.some((l) => rank < l.length) && out.length < FIELD_TRADES; rank++) {
    for (const l of lists) {
      const trade = l[rank] === undefined ? undefined : k.trades.get(l[rank]!);
      if (trade && !out.includes(trade) && out.length < FIELD_TRADES) out.push(trade);
    }
  }
  return out;
}

/**
 * "les animaux c'est mon truc, quel diplôme en alternance ?": the field's main trades, each with the diplomas that lead
 * to it in apprenticeship (only the kind asked, "quoi comme CAP", when one is named and the trade has it), and a
 * button per trade to narrow (its card: all its diplomas, where, pay, aids). The quiz's questions are not asked first.
 */
export async function sendFieldTrades(context: TurnContext, turn: Turn): Promise<void> {
  const k = turn.kb.knowledge;
  const u = turn.understanding;
  const trades = tradesOfFields(turn, u.facts.interests);
  const kind = u.facts.diplomaType;
  const lines: string[] = [];
  for (const trade of trades) {
    const all = rankDiplomas(k, turn.kb.search.diplomasForTrade(trade), trade);
    const ofKind = kind === undefined ? [] : all.filter((d) => d.type === kind);
    const shown = (ofKind.length > 0 ? ofKind : all).slice(0, DIPLOMAS_PER_TRADE).map((d) => d.title);
    lines.push(shown.length > 0 ? say(turn, 'orientation.field_trade_line', { trade: tradeShortName(trade), diplomas: shown.join(', ') }) : `• ${tradeShortName(trade)}`);
  }
  lines.push(say(turn, 'orientation.next'));
  turn.data.lastTopic = 'orientation';
  turn.data.listedTrades = trades.map((t) => t.code);
  const fields = k.files.interets.interests.filter((i) => u.facts.interests.includes(i.id)).map((i) => i.label.toLowerCase());
  await context.sendActivity(
    reply(say(turn, 'orientation.field_trades', { interests: fields.join(', ') }), {
      card: answerCard(turn, { title: say(turn, 'orientation.card_title'), lines, sources: [say(turn, 'orientation.sources')] }),
      quickReplies: [...trades.map((t) => offerTitled(turn, tradeShortName(t), { do: 'trade', code: t.code })), offer(turn, 'choice.human')],
    }),
  );
}
