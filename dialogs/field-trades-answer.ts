import { ownOptionFirst } from './support/trade-option.js';
import type { TurnContext } from 'botbuilder';
import { rememberFieldShown } from './support/subject-in-view.js';
import { normandyDepartement } from '../src/knowledge/departements.js';
import { withDe } from '../src/knowledge/messages.js';
import type { Commune } from '../src/knowledge/schema/commune.js';
import type { Diploma } from '../src/knowledge/schema/diploma.js';
import type { Trade } from '../src/knowledge/schema/trade.js';
import { formatKm } from './formation-dialog.js';
import { namesPlace } from './routing/facts.js';
import { rankDiplomas, tradeShortName } from './support/knowledge-views.js';
import { tradeLines, type HeadAndTail } from './support/lines-by-tail.js';
import { answerCard, reply } from './support/replies.js';
import { offer, offerTitled, say, type Turn } from './support/turn.js';

/** The field's first trades shown (its list is ordered, most common first). */
const FIELD_TRADES = 4;
/** The first diplomas of each trade named on its line. */
const DIPLOMAS_PER_TRADE = 3;
/** How many of a trade's first diplomas the nearest place is looked for among (the line names the one it teaches). */
const NEAREST_AMONG = 6;
/** The widening radii of the course search, then any distance. */
const ANY_DISTANCE_KM = [20, 40, 100, Infinity] as const;
const LA_BONNE_ALTERNANCE = 'https://labonnealternance.apprentissage.beta.gouv.fr';

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
 * The town the message names to look courses up around (a département: its prefecture, as the guided orientation
 * does). A town known from earlier is not used: the person asked about the field, not about that town.
 */
function townNamed(turn: Turn, nearKnownPlace: boolean): Commune | undefined {
  if (!namesPlace(turn.understanding) && !nearKnownPlace) return undefined;
  const p = turn.data.profile;
  const insee = p.communeInsee ?? (p.departement !== undefined ? normandyDepartement(p.departement)?.prefecture : undefined);
  return insee === undefined ? undefined : turn.kb.knowledge.communes.get(insee);
}

/** One trade's line, as its name and the rest: its first diplomas, or with a town the one taught nearest it and where. */
function tradeLine(turn: Turn, trade: Trade, diplomas: readonly Diploma[], town: Commune | undefined): HeadAndTail {
  const name = tradeShortName(trade);
  if (diplomas.length === 0) return { head: name, tail: '' };
  if (town) {
    // Round 32: not a place teaching another trade's option (trade-option.ts: the motorbike mechanic's own option).
    const among = ownOptionFirst(name, diplomas.slice(0, NEAREST_AMONG));
    // However far: a place 120 km away is still named with its distance rather than left out.
    const near = turn.kb.search.nearestEstablishments(town, among.map((d) => d.id), 1, ANY_DISTANCE_KM).results[0];
    if (near) {
      // The nearest place teaches one of the first diplomas, not always the first: the line names the one it teaches.
      const taught = new Set(near.offers.map((o) => o.diploma.id));
      const diploma = among.find((d) => taught.has(d.id)) ?? diplomas[0]!;
      const place = say(turn, 'orientation.nearest', { place: near.commune?.name ?? near.establishment.name, km: formatKm(near.km) });
      return { head: name, tail: `${diploma.title} ${place}` };
    }
  }
  const listed = diplomas.slice(0, DIPLOMAS_PER_TRADE).map((d) => d.title).join(', ');
  // With a town, a trade none of whose first diplomas any place of our data teaches says so, not a silent gap.
  return { head: name, tail: town ? `${listed} ${say(turn, 'orientation.no_place_known')}` : listed };
}


export interface FieldTradesOptions {
  /** An apprenticeship sought in the field ("je cherche une alternance dans l'informatique"): the employer search too. */
  employer?: boolean;
  /**
   * The field answers a course search under way, with a place known ("plutôt dans la vente" after "vers Alençon"):
   * the courses near that place, and the kind of diploma asked before (routing/course-at-known-place.ts).
   */
  nearKnownPlace?: boolean;
}

/**
 * "les animaux c'est mon truc, quel diplôme en alternance ?": the field's main trades, each with the diplomas that lead
 * to it in apprenticeship (only the kind asked, "quoi comme CAP", when one is named and the trade has it), and a
 * button per trade to narrow (its card: all its diplomas, where, pay, aids). The quiz's questions are not asked first.
 * With a town named ("vers Bayeux, dans le bâtiment, quelles formations ?"), each trade with the place nearest that
 * town teaching one of its first diplomas, and its button leads to all its places there. An apprenticeship sought
 * ("je cherche une alternance dans la logistique") also gets the employer search: a line, La bonne alternance, a button.
 */
export async function sendFieldTrades(context: TurnContext, turn: Turn, options: FieldTradesOptions = {}): Promise<void> {
  const k = turn.kb.knowledge;
  const u = turn.understanding;
  // "et dans l'Orne ?" right after the field's trades names no field: the one just shown (round 28, town-after-answer.ts).
  const interests = u.facts.interests.length > 0 ? u.facts.interests : (turn.data.profile.interests ?? []);
  const trades = tradesOfFields(turn, interests);
  const nearKnownPlace = options.nearKnownPlace === true;
  const kind = u.facts.diplomaType ?? (nearKnownPlace ? turn.data.profile.diplomaType : undefined);
  const town = townNamed(turn, nearKnownPlace);
  const items = trades.map((trade) => {
    const all = rankDiplomas(k, turn.kb.search.diplomasForTrade(trade), trade);
    const ofKind = kind === undefined ? [] : all.filter((d) => d.type === kind);
    return tradeLine(turn, trade, ofKind.length > 0 ? ofKind : all, town);
  });
  const lines = tradeLines(turn, items);
  lines.push(town ? say(turn, 'orientation.field_next_where', { de_town: withDe(town.name) }) : say(turn, 'orientation.next'));
  if (options.employer === true) lines.push(say(turn, 'orientation.field_employer'));
  turn.data.lastTopic = 'orientation';
  turn.data.listedTrades = trades.map((t) => t.code);
  rememberFieldShown(turn, interests);
  const fields = k.files.interets.interests.filter((i) => interests.includes(i.id)).map((i) => i.label.toLowerCase()).join(', ');
  const text = town ? say(turn, 'orientation.field_trades_near', { interests: fields, de_town: withDe(town.name) }) : say(turn, 'orientation.field_trades', { interests: fields });
  await context.sendActivity(
    reply(text, {
      card: answerCard(turn, {
        title: say(turn, 'orientation.card_title'),
        lines,
        sources: [say(turn, 'orientation.sources')],
        ...(options.employer === true ? { buttons: [{ kind: 'link' as const, title: say(turn, 'link.lba'), url: LA_BONNE_ALTERNANCE }] } : {}),
      }),
      quickReplies: [
        // With a town, a trade picked shows all its places there (the course search); without, its card.
        ...trades.map((t) => offerTitled(turn, tradeShortName(t), town ? { do: 'trade', code: t.code, where: true } : { do: 'trade', code: t.code })),
        ...(options.employer === true ? [offer(turn, 'choice.find_employer')] : []),
        offer(turn, 'choice.human'),
      ],
    }),
  );
}
