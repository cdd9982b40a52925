import type { TurnContext } from 'botbuilder';
import type { Diploma } from '../src/knowledge/schema/diploma.js';
import type { Trade } from '../src/knowledge/schema/trade.js';
import { diplomaLine, diplomaOutcomeLine, importedSources, rankDiplomas, rememberData, tradeShortName } from './support/knowledge-views.js';
import { answerCard, reply } from './support/replies.js';
import { rememberDiplomaShown } from './support/diploma-shown.js';
import type { Offer } from './support/actions.js';
import { offer, offerTitled, say, type Turn } from './support/turn.js';
import { TopicDialog } from './topic-dialog.js';

export const METIER_DIALOG = 'metier';
/** Diplomas on the card itself (a phone screen); the next ones are behind "En savoir plus". */
export const MAX_DIPLOMAS = 5;
/**
 * Diplomas a trade's card names (issue 12 §5: a card of at most ~8 phone lines): the most relevant three; all of them
 * are one tap away, behind the "Tous les diplômes (N)" quick reply (sendAllTradeDiplomas).
 */
export const CARD_DIPLOMAS = 3;

/** The level aimed at first, when the person said one ("en BTS"), then the knowledge's order (rankDiplomas). */
export function diplomasForCard(diplomas: readonly Diploma[], levelAimed: number | undefined): Diploma[] {
  if (levelAimed === undefined) return diplomas.slice(0, CARD_DIPLOMAS);
  const atLevel = diplomas.filter((d) => d.level === levelAimed);
  return [...atLevel, ...diplomas.filter((d) => d.level !== levelAimed)].slice(0, CARD_DIPLOMAS);
}

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
    const shown = diplomasForCard(diplomas, turn.data.profile.levelAimed);
    rememberDiplomaShown(turn, shown, true);
    // Phone first: the three most relevant diplomas by name and level on the first screen; their employment figures,
    // the domain and the related trades behind "En savoir plus"; every diploma behind the "Tous les diplômes (N)"
    // quick reply, its own answer (review: a card of 4,000 characters when all of them were behind the toggle).
    const lines: string[] = [];
    if (diplomas.length === 0) {
      lines.push(say(turn, 'trade.no_diploma'));
    } else {
      lines.push(say(turn, 'trade.diplomas_title'));
      for (const d of shown) lines.push(`• ${diplomaLine(turn, d, false)}`);
    }
    const { more, plain } = this.details(turn, trade, shown, related, diplomas.length);
    const moreDiplomas = diplomas.length > shown.length;
    const text =
      diplomas.length > 0
        ? say(turn, 'trade.answer', { trade: trade.label, first: shown[0]!.title })
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
          ...(moreDiplomas ? [allDiplomasOffer(turn, trade, diplomas.length)] : []),
          offer(turn, 'choice.salary'),
          offer(turn, 'choice.aids'),
          // Six quick replies at most on a phone: with "Tous les diplômes (N)", one related trade (all of them are named
          // behind "En savoir plus").
          ...related.slice(0, moreDiplomas ? 1 : 2).map((t) => offerTitled(turn, tradeShortName(t), { do: 'trade', code: t.code })),
          // The end of the guided path (interests → trades → this card): everything found, on a page to keep.
          offer(turn, 'choice.recap'),
        ],
      }),
    );
  }

  /**
   * What is behind "En savoir plus": the employment figures of the diplomas shown, the domain and the related trades;
   * the plain text (fallbackText) says the same and counts the diplomas not named, behind "Tous les diplômes (N)".
   */
  private details(turn: Turn, trade: Trade, shown: readonly Diploma[], related: readonly Trade[], total: number): { more: string[]; plain: string[] } {
    const figures = shown.flatMap((d) => diplomaOutcomeLine(turn, d) ?? []);
    const count = (n: number): string[] => (n > 0 ? [say(turn, 'trade.more_diplomas', { count: n })] : []);
    const about: string[] = [];
    if (trade.domains && trade.domains.length > 0) about.push(say(turn, 'trade.domain', { domain: trade.domains.join(', ') }));
    if (related.length > 0) about.push(say(turn, 'trade.related', { trades: related.map(tradeShortName).join(', ') }));
    return {
      more: [...figures, ...about],
      plain: [...figures, ...count(total - shown.length), ...about],
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

/** The quick reply "Tous les diplômes (N)" under a trade's card: every diploma of that trade, one tap away. */
export function allDiplomasOffer(turn: Turn, trade: Trade, count: number): Offer {
  return offerTitled(turn, say(turn, 'trade.all_diplomas_button', { count }), { do: 'all_diplomas', code: trade.code });
}

/**
 * Every diploma open to apprenticeship that leads to a trade, in the card's order, each with its Normandy employment
 * figure: what the trade's card leaves out to stay a phone screen (the "Tous les diplômes (N)" quick reply).
 */
export async function sendAllTradeDiplomas(context: TurnContext, turn: Turn, code: string): Promise<void> {
  const k = turn.kb.knowledge;
  const trade = k.trades.get(code);
  if (!trade) {
    await context.sendActivity(reply(say(turn, 'trade.unknown'), { quickReplies: [offer(turn, 'choice.orientation'), offer(turn, 'choice.human')] }));
    return;
  }
  turn.data.lastTopic = 'trade';
  turn.data.profile.tradeCode = trade.code;
  const diplomas = rankDiplomas(k, turn.kb.search.diplomasForTrade(trade), trade);
  rememberData(turn, k.tradeSources, trade.sources, []);
  rememberDiplomaShown(turn, diplomas, true);
  await context.sendActivity(
    reply(say(turn, 'trade.all_diplomas', { trade: trade.label, count: diplomas.length }), {
      card: answerCard(turn, {
        title: trade.label,
        subtitle: say(turn, 'trade.subtitle', { code: trade.code }),
        lines: diplomas.map((d) => `• ${diplomaLine(turn, d)}`),
        sources: importedSources(turn, k.tradeSources, trade.sources),
      }),
      quickReplies: [offer(turn, 'choice.where_training'), offer(turn, 'choice.salary'), offer(turn, 'choice.aids'), offer(turn, 'choice.human')],
    }),
  );
}
