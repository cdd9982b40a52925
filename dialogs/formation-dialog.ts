import type { TurnContext } from 'botbuilder';
import { formatNumberFr, withA, withDe } from '../src/knowledge/messages.js';
import type { Knowledge } from '../src/knowledge/snapshot.js';
import type { Diploma } from '../src/knowledge/schema/diploma.js';
import type { NearbyEstablishment } from '../src/knowledge/search.js';
import { highDemand } from '../src/rules/offer-demand.js';
import { diplomaTypesFor } from './support/diploma-types.js';
import { importedSources, tradeShortName } from './support/knowledge-views.js';
import { placesMapImage } from './support/place-map.js';
import { answerCard, reply } from './support/replies.js';
import type { Slot } from './support/state.js';
import { offer, say, type Turn } from './support/turn.js';
import { TopicDialog } from './topic-dialog.js';

export const FORMATION_DIALOG = 'formation';
const LA_BONNE_ALTERNANCE = 'https://labonnealternance.apprentissage.beta.gouv.fr';
/** Offers older than this many years are shown with "à vérifier auprès du CFA". */
const STALE_AFTER_YEARS = 1;
/** Courses named per place in the list (the newest catalogue's first). */
const OFFERS_PER_PLACE = 2;

/**
 * Where a diploma or a trade is taught by apprenticeship near a town: the nearest establishments with their
 * distance, the year of the data and a warning when it is old, widening 20 → 40 → 100 km when nothing is near.
 */
export class FormationDialog extends TopicDialog {
  constructor() {
    super(FORMATION_DIALOG, 'training');
  }

  protected override intro(slot: Slot, turn: Turn): string | undefined {
    const outside = turn.understanding.outside;
    if (slot !== 'commune' || !outside) return undefined;
    // A town named exactly elsewhere in France: its region's service, La bonne alternance, and a Normandy town.
    if ('region' in outside && outside.region) return say(turn, 'place.outside_region', { town: outside.town, region: outside.region });
    return say(turn, 'place.outside_normandy');
    return undefined;
  }

  protected async answer(context: TurnContext, turn: Turn): Promise<void> {
    const k = turn.kb.knowledge;
    const search = turn.kb.search;
    const p = turn.data.profile;
    const commune = k.communes.get(p.communeInsee as string);
    if (!commune) return;
    const types = p.diplomaType ? diplomaTypesFor(p.diplomaType) : undefined;
    const trade = p.tradeCode ? k.trades.get(p.tradeCode) : undefined;

    let diplomas: Diploma[];
    let typeDropped = false;
    if (trade) {
      diplomas = search.diplomasForTrade(trade, types);
      if (diplomas.length === 0 && types) {
        diplomas = search.diplomasForTrade(trade);
        typeDropped = true;
      }
      // The trade's links are wide ("carrossier-peintre" also leads to a bac pro in boiler-making): when the request
      // names some of those diplomas by their title ("bac pro carrosserie"), those are the ones asked for.
      if (p.trainingRequest) {
        const titled = new Set(search.diplomasTitled(p.trainingRequest, typeDropped ? undefined : types).map((d) => d.id));
        const named = diplomas.filter((d) => titled.has(d.id));
        if (named.length > 0 && search.nearestEstablishments(commune, named.map((d) => d.id), 1).results.length > 0) diplomas = named;
      }
    } else {
      // A type alone ("BTS à Caen") means every course of that type, unless the request names one ("BTS
      // informatique"): then the diplomas whose title matches.
      const wanted = new Set(types ?? []);
      const titled = p.trainingRequest ? search.diplomasTitled(p.trainingRequest, types) : [];
      diplomas = titled.length > 0 ? titled : [...k.diplomas.values()].filter((d) => wanted.has(d.type));
    }
    let what = trade ? `${p.diplomaType && !typeDropped ? `${p.diplomaType} ` : ''}${tradeShortName(trade).toLowerCase()}` : (p.diplomaType as string);
    let found = search.nearestEstablishments(commune, diplomas.map((d) => d.id), 5);
    // Nothing for the trade we understood: the request may name the diploma itself ("bac pro commerce").
    if (found.results.length === 0 && p.trainingRequest) {
      const titled = search.diplomasTitled(p.trainingRequest, types);
      const byTitle = search.nearestEstablishments(commune, titled.map((d) => d.id), 5);
      if (byTitle.results.length > 0) {
        found = byTitle;
        what = titled[0]?.title ?? what;
        typeDropped = false;
      }
    }

    if (found.results.length === 0) {
      await context.sendActivity(
        reply(say(turn, 'training.none', { what, de_town: withDe(commune.name) }), {
          card: answerCard(turn, {
            title: say(turn, 'training.card_title', { what }),
            lines: [say(turn, 'training.none_help', { year: String(latestCatalogueYear(k)) })],
            buttons: [
              { kind: 'link', title: say(turn, 'link.lba'), url: LA_BONNE_ALTERNANCE },
              { kind: 'link', title: say(turn, 'link.phone'), url: 'tel:0800050000' },
            ],
          }),
          quickReplies: [offer(turn, 'choice.other_town'), offer(turn, 'choice.human')],
        }),
      );
      return;
    }

    const lines: string[] = [];
    if (typeDropped) lines.push(say(turn, 'training.type_dropped', { type: p.diplomaType as string }));
    if (found.radiusKm !== undefined && found.radiusKm > 20) lines.push(say(turn, 'training.widened', { radius: found.radiusKm }));
    const years = new Set<number>();
    const sourceIds = new Set<string>();
    for (const [i, r] of found.results.entries()) {
      lines.push(this.line(turn, r, i + 1));
      // The card cites the catalogues (and their dates) of the offers it shows.
      for (const o of r.offers.slice(0, OFFERS_PER_PLACE)) {
        years.add(o.year);
        sourceIds.add(o.source);
      }
    }
    const shownYears = [...years].sort((a, b) => a - b);
    const newestShown = Math.max(...shownYears);
    const currentYear = Number(turn.today.slice(0, 4));
    // The courses shown, under their old or new codes, anywhere in Normandy.
    const newestAnywhere = search.newestOfferYear(found.results.flatMap((r) => r.offers.map((o) => o.diploma.id))) ?? newestShown;
    if (newestAnywhere < latestCatalogueYear(k) - 1) {
      // Nothing newer anywhere in Normandy for these courses: the only data are old.
      lines.push(say(turn, 'training.only_old', { year: String(newestAnywhere) }));
    } else if (currentYear - Math.min(...shownYears) >= STALE_AFTER_YEARS) {
      lines.push(say(turn, 'training.stale', { year: joinYears(turn, shownYears) }));
    }
    const nearest = found.results[0]!;
    await context.sendActivity(
      reply(
        say(turn, 'training.answer', {
          what,
          de_town: withDe(commune.name),
          name: nearest.establishment.name,
          a_place: nearest.commune ? withA(nearest.commune.name) : '',
          km: formatKm(nearest.km),
        }),
        {
          card: answerCard(turn, {
            title: say(turn, 'training.card_title', { what }),
            subtitle: say(turn, 'training.card_subtitle', { de_town: withDe(commune.name) }),
            lines,
            sources: importedSources(turn, k.establishmentSources, [...sourceIds].sort()),
            // The places as numbered dots around the person's town, matching the numbered lines.
            image: placesMapImage(turn, commune, found.results),
            buttons: [{ kind: 'link', title: say(turn, 'link.lba'), url: LA_BONNE_ALTERNANCE }],
          }),
          quickReplies: [offer(turn, 'choice.salary'), offer(turn, 'choice.aids'), offer(turn, 'choice.find_employer'), offer(turn, 'choice.other_town'), offer(turn, 'choice.recap')],
        },
      ),
    );
  }

  private line(turn: Turn, r: NearbyEstablishment, n: number): string {
    const offers = r.offers
      .slice(0, OFFERS_PER_PLACE)
      .map((o) => {
        const demand = highDemand(o.demand);
        return demand
          ? say(turn, 'training.offer_in_demand', { title: o.diploma.title, year: String(o.year), first_choice: demand.firstChoice, capacity: demand.capacity })
          : say(turn, 'training.offer', { title: o.diploma.title, year: String(o.year) });
      })
      .join(' ; ');
    return say(turn, 'training.line', {
      n,
      name: r.establishment.name,
      place: r.commune?.name ?? '',
      km: formatKm(r.km),
      offers,
    });
  }
}

/**
 * The year of the newest catalogue in the knowledge. With the one before it (Affelnet 2025, Parcoursup 2024), it is
 * the current offer; a course whose newest offer anywhere is older is one for which "only old data exist".
 */
function latestCatalogueYear(k: Knowledge): number {
  return Math.max(0, ...Object.keys(k.counts.offers_by_year).map(Number));
}

/** "2020", "2020 et 2025", "2020, 2024 et 2025". */
function joinYears(turn: Turn, years: readonly number[]): string {
  const list = years.map(String);
  if (list.length <= 1) return list[0] ?? '';
  return say(turn, 'training.years', { first: list.slice(0, -1).join(', '), last: list[list.length - 1] ?? '' });
}

/** Distances are between commune centres: a whole number of km, and "moins de 1" in the same town. */
function formatKm(km: number): string {
  return km < 1 ? '< 1' : formatNumberFr(Math.round(km));
}
