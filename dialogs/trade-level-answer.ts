import type { TurnContext } from 'botbuilder';
import type { Diploma } from '../src/knowledge/schema/diploma.js';
import { MAX_DIPLOMAS } from './metier-dialog.js';
import { diplomaLine, rankDiplomas } from './support/knowledge-views.js';
import { answerCard, reply } from './support/replies.js';
import { offer, say, type Turn } from './support/turn.js';

/**
 * The diplomas of a trade nearest to a level none of them has: the smallest gap first, a higher level before a lower
 * one at the same gap (someone asking bac+2 is told of bac+3 before the bac).
 */
function nearestToLevel(diplomas: readonly Diploma[], level: number): Diploma[] {
  if (diplomas.length === 0) return [];
  const gap = (d: Diploma): number => Math.abs(d.level - level) * 2 - (d.level > level ? 1 : 0);
  const best = Math.min(...diplomas.map(gap));
  return diplomas.filter((d) => gap(d) === best);
}

/**
 * "et en bac+2 ?" after a trade: its diplomas open to apprenticeship at that level; none in the knowledge, said so
 * plainly, with the nearest ones and the free line (the knowledge may not list every diploma of the trade).
 */
export async function sendTradeDiplomasAtLevel(context: TurnContext, turn: Turn, level: number): Promise<void> {
  const k = turn.kb.knowledge;
  const trade = k.trades.get(turn.data.profile.tradeCode as string);
  if (!trade) {
    await context.sendActivity(reply(say(turn, 'trade.unknown'), { quickReplies: [offer(turn, 'choice.orientation'), offer(turn, 'choice.human')] }));
    return;
  }
  turn.data.lastTopic = 'trade';
  const diplomas = rankDiplomas(k, turn.kb.search.diplomasForTrade(trade), trade);
  const atLevel = diplomas.filter((d) => d.level === level);
  const shown = atLevel.length > 0 ? atLevel : nearestToLevel(diplomas, level);
  const values = { trade: trade.label, level: say(turn, `diploma.level_name.${level}`) };
  const key = atLevel.length > 0 ? 'trade.level_diplomas' : shown.length > 0 ? 'trade.level_none_nearest' : 'trade.level_none';
  const lines = shown.slice(0, MAX_DIPLOMAS).map((d) => `• ${diplomaLine(turn, d, false)}`);
  await context.sendActivity(
    reply(say(turn, key, values), {
      ...(lines.length > 0 ? { card: answerCard(turn, { title: trade.label, lines }) } : {}),
      quickReplies: [offer(turn, 'choice.where_training'), offer(turn, 'choice.salary'), offer(turn, 'choice.human')],
    }),
  );
}
