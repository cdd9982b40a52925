import type { TurnContext } from 'botbuilder';
import type { Diploma } from '../src/knowledge/schema/diploma.js';
import type { Trade } from '../src/knowledge/schema/trade.js';
import { diplomaLine, diplomaOutcomeLine, importedSources, rankDiplomas, rememberData, tradeShortName } from './support/knowledge-views.js';
import { answerCard, reply } from './support/replies.js';
import { offer, offerTitled, say, type Turn } from './support/turn.js';
import { TopicDialog } from './topic-dialog.js';

export const METIER_DIALOG = 'metier';
/** Diplomas on the card itself (a phone screen); the next ones are behind "En savoir plus". */
export const MAX_DIPLOMAS = 5;

/**
 * A trade: what it is (its domain), the diplomas open to apprenticeship that lead to it with their level and the
 * Normandy employment rate after apprenticeship, and related trades to look at.
 */
export class MetierDialog extends TopicDialog {
  constructor() {
    super(METIER_DIALOG, 'trade');
  }

  protected async answer(context: TurnContext, turn: Turn): Promise<void> {
    const k = turn.kb.knowledge;
    const trade = k.trades.get(turn.data.profile.tradeCode as string);
    if (!trade) {
      await context.sendActivity(reply(say(turn, 'trade.unknown'), { quickReplies: [offer(turn, 'choice.orientation'), offer(turn, 'choice.human')] }));
      return;
    }
    const diplomas = rankDiplomas(k, turn.kb.search.diplomasForTrade(trade), trade);
    const related = this.relatedTrades(turn, trade);
    // Phone first: the diplomas by name and level on the first screen; their employment figures, the next ones, the
    // domain and the related trades behind "En savoir plus".
    const lines: string[] = [];
    if (diplomas.length === 0) {
      lines.push(say(turn, 'trade.no_diploma'));
    } else {
      lines.push(say(turn, 'trade.diplomas_title'));
      for (const d of diplomas.slice(0, MAX_DIPLOMAS)) lines.push(`• ${diplomaLine(turn, d, false)}`);
    }
    const { more, plain } = this.details(turn, trade, diplomas, related);
    const text =
      diplomas.length > 0
        ? say(turn, 'trade.answer', { trade: trade.label, first: diplomas[0]!.title })
        : say(turn, 'trade.answer_no_diploma', { trade: trade.label });
    const buttons = (trade.onisep ?? []).slice(0, 1).map((id) => ({
      kind: 'link' as const,
      title: say(turn, 'trade.onisep_link'),
      url: `https://www.onisep.fr/http/redirection/metier/slug/${id}`,
    }));
    rememberData(turn, k.tradeSources, trade.sources, buttons.map((b) => b.url));
    await context.sendActivity(
      reply(text, {
        card: answerCard(turn, {
          title: trade.label,
          subtitle: say(turn, 'trade.subtitle', { code: trade.code }),
          lines,
          ...(more.length > 0 ? { more, moreInPlainText: plain } : {}),
          sources: importedSources(turn, k.tradeSources, trade.sources),
          buttons,
        }),
        quickReplies: [
          offer(turn, 'choice.where_training'),
          offer(turn, 'choice.salary'),
          offer(turn, 'choice.aids'),
          ...related.slice(0, 2).map((t) => offerTitled(turn, tradeShortName(t), { do: 'trade', code: t.code })),
          // The end of the guided path (interests → trades → this card): everything found, on a page to keep.
          offer(turn, 'choice.recap'),
        ],
      }),
    );
  }

  /**
   * What is behind "En savoir plus": every other diploma (the list goes on where the card's first screen stops, one
   * list with nothing between its items: all of them one tap away), then the first diplomas' employment figures, the
   * domain and the related trades; and the same for the plain text, which names only the five diplomas of the card's
   * first screen and counts the others.
   */
  private details(turn: Turn, trade: Trade, diplomas: readonly Diploma[], related: readonly Trade[]): { more: string[]; plain: string[] } {
    const figures = diplomas.slice(0, MAX_DIPLOMAS).flatMap((d) => diplomaOutcomeLine(turn, d) ?? []);
    const next = diplomas.slice(MAX_DIPLOMAS).map((d) => `• ${diplomaLine(turn, d)}`);
    const count = (n: number): string[] => (n > 0 ? [say(turn, 'trade.more_diplomas', { count: n })] : []);
    const about: string[] = [];
    if (trade.domains && trade.domains.length > 0) about.push(say(turn, 'trade.domain', { domain: trade.domains.join(', ') }));
    if (related.length > 0) about.push(say(turn, 'trade.related', { trades: related.map(tradeShortName).join(', ') }));
    return {
      more: [...next, ...figures, ...about],
      plain: [...figures, ...count(diplomas.length - MAX_DIPLOMAS), ...about],
    };
  }

  /** Trades of the same La bonne alternance sub-domain that also lead from a diploma open to apprenticeship. */
  private relatedTrades(turn: Turn, trade: Trade): Trade[] {
    const groups = new Set(trade.sub_domains ?? []);
    if (groups.size === 0) return [];
    const out: Trade[] = [];
    for (const other of turn.kb.knowledge.trades.values()) {
      if (other.code === trade.code || (other.diplomas?.length ?? 0) === 0) continue;
      if ((other.sub_domains ?? []).some((g) => groups.has(g))) out.push(other);
      if (out.length >= 3) break;
    }
    return out;
  }
}
