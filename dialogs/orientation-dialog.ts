import { ownOptionFirst } from './support/trade-option.js';
import { interestsEcho } from './support/interests-echo.js';
import { rememberQuizField, rememberSeveralShown } from './support/subject-in-view.js';
import { normandyDepartement } from '../src/knowledge/departements.js';
import type { TurnContext } from 'botbuilder';
import { formatNumberFr, withDe } from '../src/knowledge/messages.js';
import type { Trade } from '../src/knowledge/schema/trade.js';
import { rankDiplomas, tradeShortName } from './support/knowledge-views.js';
import { animalContradicts } from './support/animal-specialty.js';
import { tradeLines, type HeadAndTail } from './support/lines-by-tail.js';
import { answerCard, reply } from './support/replies.js';
import type { Slot } from './support/state.js';
import { offer, offerTitled, say, type Turn } from './support/turn.js';
import { TopicDialog } from './topic-dialog.js';

export const ORIENTATION_DIALOG = 'orientation';
const MAX_TRADES = 4;

/**
 * The guided path for "je sais pas quoi faire": interests, age, level reached, town → a few trades that fit, each
 * with the first diploma that leads to it and the nearest place that teaches it. Picking a trade then opens its
 * card (diplomas, places, pay, aids, next steps).
 */
/** How many of a trade's first diplomas the nearest place is looked for among (the line names the one it teaches). */
const NEAREST_AMONG = 6;

export class OrientationDialog extends TopicDialog {
  constructor() {
    super(ORIENTATION_DIALOG, 'orientation');
  }

  protected override intro(slot: Slot, turn: Turn): string | undefined {
    // Once the interests are known, say which trades we are looking at before asking the rest.
    if (slot === 'interests') return undefined;
    const interests = this.interestsOf(turn);
    // A domain picked later (its button clicked while the level is asked): its trades are said again, then the question.
    if ((slot === 'age' || turn.chosen?.do === 'interest') && interests.length > 0) {
      turn.data.listedTrades = this.tradesFor(turn).slice(0, 3).map((t) => t.code);
      rememberQuizField(turn, interests.map((i) => i.id));
      return say(turn, 'orientation.noted', { interests: interestsEcho(interests.map((i) => i.label)), trades: this.tradesFor(turn).slice(0, 3).map((t) => tradeShortName(t).toLowerCase()).join(', ') });
    }
    return undefined;
  }

  protected async answer(context: TurnContext, turn: Turn): Promise<void> {
    const k = turn.kb.knowledge;
    const p = turn.data.profile;
    // A département given for the town: distances from its prefecture, named as such ("le plus proche de Saint-Lô").
    const home = p.communeInsee ?? (p.departement !== undefined ? normandyDepartement(p.departement)?.prefecture : undefined);
    const commune = home ? k.communes.get(home) : undefined;
    const trades = this.tradesFor(turn).slice(0, MAX_TRADES);
    turn.data.listedTrades = trades.map((t) => t.code);
    rememberSeveralShown(turn, turn.data.listedTrades);
    const lines: string[] = [];
    if (p.age !== undefined && p.age < 15) lines.push(say(turn, 'orientation.too_young', { age: p.age }));
    const items: HeadAndTail[] = [];
    for (const trade of trades) {
      // A diploma whose option is about another animal than the trade's is not offered for it (animal-specialty.ts).
      const diplomas = rankDiplomas(k, turn.kb.search.diplomasForTrade(trade), trade)
        .filter((d) => (p.levelHeld ?? 2) < 5 ? d.level <= Math.max(4, (p.levelHeld ?? 2) + 1) : true)
        .filter((d) => !animalContradicts(tradeShortName(trade), d.title));
      let first = diplomas[0];
      let place = '';
      if (first && commune) {
        // Round 32: not a place teaching another trade's option (trade-option.ts: the motorbike mechanic's own option).
        const among = ownOptionFirst(tradeShortName(trade), diplomas.slice(0, NEAREST_AMONG));
        const near = turn.kb.search.nearestEstablishments(commune, among.map((d) => d.id), 1).results[0];
        if (near) {
          place = say(turn, 'orientation.nearest', { place: near.commune?.name ?? near.establishment.name, km: formatNumberFr(Math.round(near.km)) });
          // The nearest place teaches one of the first diplomas, not always the first: the line names the one it
          // teaches (review 9 and 10: a CGEA bac pro said to be taught where only the horse-industry one is).
          const taught = new Set(near.offers.map((o) => o.diploma.id));
          first = among.find((d) => taught.has(d.id)) ?? first;
        }
      }
      items.push({ head: tradeShortName(trade), tail: first ? `${first.title}${place ? ` ${place}` : ''}` : '' });
    }
    lines.push(...tradeLines(turn, items));
    lines.push(say(turn, 'orientation.next'));
    await context.sendActivity(
      reply(say(turn, 'orientation.answer', { de_town: commune ? withDe(commune.name) : '' }), {
        card: answerCard(turn, { title: say(turn, 'orientation.card_title'), lines, sources: [say(turn, 'orientation.sources')] }),
        quickReplies: [
          ...trades.map((t) => offerTitled(turn, tradeShortName(t), { do: 'trade', code: t.code })),
          offer(turn, 'choice.human'),
        ],
      }),
    );
  }

  private interestsOf(turn: Turn) {
    const ids = new Set(turn.data.profile.interests ?? []);
    return turn.kb.knowledge.files.interets.interests.filter((i) => ids.has(i.id));
  }

  /** Trades of the chosen interests, interleaved so that two interests both show up in a short list. */
  private tradesFor(turn: Turn): Trade[] {
    const lists = this.interestsOf(turn).map((i) => i.trades);
    const out: Trade[] = [];
    const seen = new Set<string>();
    for (let i = 0; lists.some((l) => i < l.length); i++) {
      for (const l of lists) {
        const code = l[i];
        if (code === undefined || seen.has(code)) continue;
        const trade = turn.kb.knowledge.trades.get(code);
        if (trade) {
          seen.add(code);
          out.push(trade);
        }
      }
    }
    return out;
  }
}
