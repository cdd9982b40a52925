import type { Activity, TurnContext } from 'botbuilder';
import { formatNumberFr, withA, withDe } from '../src/knowledge/messages.js';
import type { Knowledge } from '../src/knowledge/snapshot.js';
import type { Diploma } from '../src/knowledge/schema/diploma.js';
import type { Trade } from '../src/knowledge/schema/trade.js';
import { normalizeKnown } from '../src/text/normalize-known.js';
import type { NearbyEstablishment } from '../src/knowledge/search.js';
import type { Commune } from '../src/knowledge/schema/commune.js';
import { NORMANDY_DEPARTEMENTS, normandyDepartement, type NormandyDepartement } from '../src/knowledge/departements.js';
import type { LatLon } from '../src/rules/geo.js';
import { highDemand } from '../src/rules/offer-demand.js';
import { FIELD_COURSE_MIN_TRADES } from './routing/thresholds.js';
import { diplomaTypesFor } from './support/diploma-types.js';
import { specialtyAsked } from './support/specialty-asked.js';
import { sharedTitleHead, titlesTogether } from './support/course-label.js';
import { diplomasOfRequestFamily } from './support/title-kin.js';
import { importedSources, rememberData, tradeShortName } from './support/knowledge-views.js';
import { rememberDiplomaShown } from './support/diploma-shown.js';
import { placesMapImage } from './support/place-map.js';
import { diplomasThatFit, entryLevelMax, kindsOf, onlyOtherLevelsShown } from './support/places-by-level.js';
import { answerCard, reply } from './support/replies.js';
import { type AreaOffer, areaNamed, areaOffer, placesOfArea, TOWN_AREA_KM } from './support/area-offer.js';
import { unplacedMention } from './support/unplaced-sites.js';
import type { Slot } from './support/state.js';
import { offer, say, type Turn } from './support/turn.js';
import { TopicDialog } from './topic-dialog.js';

export const FORMATION_DIALOG = 'formation';
const LA_BONNE_ALTERNANCE = 'https://labonnealternance.apprentissage.beta.gouv.fr';
/** Offers older than this many years are shown with "à vérifier auprès du CFA". */
const STALE_AFTER_YEARS = 1;
/** Courses named per place in the list (the newest catalogue's first). */
const OFFERS_PER_PLACE = 2;

/** "rien de plus près ?", "y a pas plus proche ?", "moins loin ?": the person asks for a place nearer than those listed. */
const ASKS_NEARER = /\b(?:plus pres|plus proche|plus proches|moins loin|plus pret)\b/;
/** "rien", "pas", "autre": asks whether there is another, nearer one; "le CFA le plus proche" alone is a first request. */
const ASKS_ANOTHER = /\b(?:rien|pas|autre|autres|encore|aucun|quelque chose|un truc)\b/;

function asksNearer(normalized: string): boolean {
  return ASKS_NEARER.test(normalized) && (ASKS_ANOTHER.test(normalized) || normalized.split(' ').length <= 3);
}

/**
 * Where a diploma or a trade is taught by apprenticeship near a town: the nearest establishments with their
 * distance, the year of the data and a warning when it is old, widening 20 → 40 → 100 km when nothing is near.
 */
export class FormationDialog extends TopicDialog {
  constructor() {
    super(FORMATION_DIALOG, 'training');
  }

  /** A course the offer does not have ("CAP horlogerie"): said so, with who has the full offer; no town asked. */
  protected override instead(slot: Slot, turn: Turn): Partial<Activity> | undefined {
    if (slot !== 'commune' || turn.understanding.outside) return undefined;
    const text = specialtyNotOffered(turn);
    return text ? reply(text, { quickReplies: [offer(turn, 'choice.human'), offer(turn, 'choice.callback'), offer(turn, 'choice.menu')] }) : undefined;
  }

  protected override intro(slot: Slot, turn: Turn): string | undefined {
    if (slot !== 'commune' && slot !== 'tradeOrType') return undefined;
    // Answer first: the course asked for, what it is and where it is taught in Normandy, then the town to sort by.
    const taught = slot === 'commune' ? whereTaught(turn) : areaOfferText(turn);
    const outside = turn.understanding.outside;
    if (!outside) return taught;
    // A town named exactly elsewhere in France: its region's service, La bonne alternance, and a Normandy town.
    // A town's name shared by several regions ("Montréal", "Saint-Denis") names no region.
    const elsewhere = 'region' in outside && outside.region
      ? say(turn, 'place.outside_region', { town: outside.town, region: outside.region })
      : 'span' in outside
        ? say(turn, 'place.outside_town', { town: outside.town })
        : say(turn, 'place.outside_normandy');
    return taught ? `${elsewhere}\n${taught}` : elsewhere;
  }

  protected async answer(context: TurnContext, turn: Turn): Promise<void> {
    const k = turn.kb.knowledge;
    const search = turn.kb.search;
    const p = turn.data.profile;
    // A département without a town: its sites, from its prefecture outwards.
    const departement = p.communeInsee === undefined && p.departement !== undefined ? normandyDepartement(p.departement) : undefined;
    const commune = k.communes.get(departement ? departement.prefecture : (p.communeInsee as string));
    if (!commune) return;
    const types = p.diplomaType ? diplomaTypesFor(p.diplomaType) : undefined;
    const wanted = wantedCourses(turn, commune);
    let { what, typeDropped } = wanted;
    const { diplomas } = wanted;
    let shownDiplomas: readonly Diploma[] = diplomas;
    if (departement) {
      await this.answerInDepartement(context, turn, departement, commune, diplomas, what);
      return;
    }
    let found = search.nearestEstablishments(commune, diplomas.map((d) => d.id), 5, FAR_RADII_KM);
    // Nothing for the trade we understood: the request may name the diploma itself ("bac pro commerce"), with its kind.
    // Without a kind of diploma said, its words are not a title: "je bosse en caisse et je veux devenir aide-soignante"
    // read "bosse" as the "bois" of "CAP charpentier bois" (review 13, J10).
    if (found.results.length === 0 && p.trainingRequest && types) {
      const titled = search.diplomasTitled(p.trainingRequest, types);
      const byTitle = search.nearestEstablishments(commune, titled.map((d) => d.id), 5, FAR_RADII_KM);
      if (byTitle.results.length > 0) {
        found = byTitle;
        shownDiplomas = titled;
        what = titled[0]?.title ?? what;
        typeDropped = false;
      }
    }

    // Sites a catalogue lists with the course but no file places (review 21, J11): said before any absence is.
    const unplaced = unplacedMention(turn, shownDiplomas.map((d) => d.id), {
      departement: commune.department,
      // "Nothing within 100 km" (or at all) is an absence in every département: any site of Normandy contradicts it.
      orAnywhere: found.results.length === 0 || found.radiusKm === Infinity,
      also: found.results.length > 0,
    });
    if (found.results.length === 0) {
      const none = unplaced
        ? `${say(turn, 'training.unplaced.none_placed', { what })}\n${unplaced.text}`
        : say(turn, 'training.none', { what, de_town: withDe(commune.name) });
      await context.sendActivity(
        reply(none, {
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
    // Beyond 100 km the nearest place is still named, with its distance, rather than "nothing near"; with sites of
    // the course in the département that no file places, "nothing near" is said of the places it can locate only.
    const widenedUnplaced = unplaced !== undefined && found.radiusKm !== undefined && found.radiusKm > 20;
    const farKey = widenedUnplaced ? 'training.unplaced.far' : 'training.far';
    const widenedKey = widenedUnplaced ? 'training.unplaced.widened' : 'training.widened';
    if (found.radiusKm === Infinity) lines.push(say(turn, farKey, { km: formatKm(found.results[0]?.km ?? 0) }));
    else if (found.radiusKm !== undefined && found.radiusKm > 20) lines.push(say(turn, widenedKey, { radius: found.radiusKm }));
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
    // The nearer places teach only levels the person cannot enter (a BTS, after the bac): the nearest that fit too.
    const otherLevels = types === undefined ? this.fittingFurther(turn, commune, diplomas, found.results) : undefined;
    if (otherLevels) {
      lines.push(say(turn, 'training.other_levels_card'));
      for (const [i, r] of otherLevels.results.entries()) {
        lines.push(this.line(turn, r, found.results.length + i + 1));
        for (const o of r.offers.slice(0, OFFERS_PER_PLACE)) {
          years.add(o.year);
          sourceIds.add(o.source);
        }
      }
    }
    const shownYears = [...years].sort((a, b) => a - b);
    const newestShown = Math.max(...shownYears);
    // Only when nothing placed is near, or only older catalogues' places are: a current place within 20 km answers,
    // and the unplaced ones may be anywhere in the département.
    const unplacedNewer = unplaced !== undefined && unplaced.sites.some((site) => site.offers.some((o) => o.year > newestShown));
    const unplacedSaid = widenedUnplaced || (unplacedNewer && newestShown < latestCatalogueYear(k) - 1) ? unplaced : undefined;
    if (unplacedSaid) {
      lines.push(unplacedSaid.text);
      for (const id of unplacedSaid.sourceIds) sourceIds.add(id);
    }
    const currentYear = Number(turn.today.slice(0, 4));
    // The courses shown, under their old or new codes, anywhere in Normandy.
    const newestAnywhere = search.newestOfferYear(found.results.flatMap((r) => r.offers.map((o) => o.diploma.id))) ?? newestShown;
    // The offers' date is said with the answer, not at the card's end: a long list puts its end behind "En savoir
    // plus" on a phone, and "à vérifier auprès du CFA" must be read with the first place.
    let dated = '';
    if (newestAnywhere < latestCatalogueYear(k) - 1) {
      // Nothing newer anywhere in Normandy for these courses: the only data are old.
      dated = say(turn, 'training.only_old', { year: String(newestAnywhere) });
    } else if (currentYear - Math.min(...shownYears) >= STALE_AFTER_YEARS) {
      dated = say(turn, 'training.stale', { year: joinYears(turn, shownYears) });
    }
    const nearest = found.results[0]!;
    // "y a rien de plus près ?" with no new town: the same search, so the answer says nothing is nearer than the first.
    const nearerAsked = asksNearer(turn.understanding.normalized) && turn.understanding.commune === undefined;
    const answer = say(turn, nearerAsked ? 'training.nothing_nearer' : 'training.answer', {
      what,
      de_town: withDe(commune.name),
      name: nearest.establishment.name,
      a_place: nearest.commune ? withA(nearest.commune.name) : '',
      km: formatKm(nearest.km),
    });
    // "et en BTS ?" for a trade without one: said first, in the answer itself, not only on the card.
    const dropped = typeDropped ? `${say(turn, 'training.type_dropped', { type: p.diplomaType as string })}\n` : '';
    rememberData(turn, k.establishmentSources, [...sourceIds].sort(), [LA_BONNE_ALTERNANCE]);
    // The list leads with the course its nearest place teaches (a trade's Bac pro "véhicules légers"), not the first of
    // the trade's diplomas (the CAP "motocycles"): "et ça dure combien ?" after it is about that one (review 21, J3).
    // A kind alone asked ("un CAP près de Dieppe") leads with no one course: its kind and level are what was shown.
    const ledWith = p.tradeCode !== undefined && shownDiplomas.length > 1 ? nearest.offers[0]?.diploma : undefined;
    rememberDiplomaShown(turn, ledWith !== undefined ? [ledWith] : shownDiplomas, p.tradeCode !== undefined);
    // Numbered as the card numbers them: "le 2e, c'est quelle adresse ?" points into this list (address-asked.ts).
    turn.data.placesShown = [...found.results, ...(otherLevels?.results ?? [])].map((r) => r.establishment.uai);
    await context.sendActivity(
      reply(
        `${dropped}${answer}${otherLevels ? ` ${otherLevels.sentence}` : ''}${unplacedSaid ? `\n${unplacedSaid.text}` : ''}${dated ? `\n${dated}` : ''}`,
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

  /** The sites of one département that teach the courses, grouped by town, the towns nearest its prefecture first. */
  private async answerInDepartement(context: TurnContext, turn: Turn, dep: NormandyDepartement, prefecture: Commune, diplomas: readonly Diploma[], named: string): Promise<void> {
    let what = named;
    const search = turn.kb.search;
    let ids = diplomas.map((d) => d.id);
    let shownDiplomas: readonly Diploma[] = diplomas;
    const inDepartement = say(turn, `place.in_departement.${dep.code}`);
    let results = search.establishmentsIn(dep.code, prefecture, ids);
    // Nothing for the trade we understood: the request may name the diploma itself ("bac pro commerce").
    const request = turn.data.profile.trainingRequest;
    if (results.length === 0 && request) {
      const titled = search.diplomasTitled(request, turn.data.profile.diplomaType ? diplomaTypesFor(turn.data.profile.diplomaType) : undefined);
      const byTitle = search.establishmentsIn(dep.code, prefecture, titled.map((d) => d.id));
      if (byTitle.length > 0) {
        results = byTitle;
        ids = titled.map((d) => d.id);
        shownDiplomas = titled;
        what = titled[0]?.title ?? what;
      }
    }
    const quickReplies = [offer(turn, 'choice.salary'), offer(turn, 'choice.aids'), offer(turn, 'choice.find_employer'), offer(turn, 'choice.other_town'), offer(turn, 'choice.recap')];
    // Sites of the département a catalogue lists with the course but no file places: never "none there".
    const unplaced = unplacedMention(turn, ids, { departement: dep.code, also: results.length > 0 });
    if (results.length === 0) {
      // None there: the nearest one from the prefecture, however far, rather than nothing.
      const nearest = search.nearestEstablishments(prefecture, ids, 1, FAR_RADII_KM).results[0];
      if (unplaced) {
        const nearestText = nearest
          ? `\n${say(turn, 'training.unplaced.departement_nearest', { de_town: withDe(prefecture.name), name: nearest.establishment.name, a_place: nearest.commune ? withA(nearest.commune.name) : '', km: formatKm(nearest.km) })}`
          : '';
        rememberDiplomaShown(turn, shownDiplomas, turn.data.profile.tradeCode !== undefined);
        await context.sendActivity(reply(`${unplaced.text}${nearestText}`, { quickReplies }));
        return;
      }
      if (!nearest) {
        await context.sendActivity(reply(say(turn, 'training.where_taught_none', { what, kind: '' }), { quickReplies: [offer(turn, 'choice.other_town'), offer(turn, 'choice.human')] }));
        return;
      }
      const text = say(turn, 'training.departement_none', {
        in_departement: inDepartement, what, de_town: withDe(prefecture.name), name: nearest.establishment.name, a_place: nearest.commune ? withA(nearest.commune.name) : '', km: formatKm(nearest.km),
      });
      await context.sendActivity(reply(text, { quickReplies }));
      return;
    }
    const byTown = groupByTown(results);
    const ordered = [...byTown.values()].flat();
    const sourceIds = new Set(ordered.flatMap((r) => r.offers.slice(0, OFFERS_PER_PLACE).map((o) => o.source)));
    const counted = say(turn, 'training.departement_answer', {
      what,
      in_departement: inDepartement,
      places: placesCount(turn, ordered.length),
      towns: [...byTown.keys()].join(', '),
    });
    const text = unplaced ? `${counted}\n${unplaced.text}` : counted;
    for (const id of unplaced?.sourceIds ?? []) sourceIds.add(id);
    rememberData(turn, turn.kb.knowledge.establishmentSources, [...sourceIds].sort(), [LA_BONNE_ALTERNANCE]);
    rememberDiplomaShown(turn, shownDiplomas, turn.data.profile.tradeCode !== undefined);
    await context.sendActivity(
      reply(text, {
        card: answerCard(turn, {
          title: say(turn, 'training.card_title', { what }),
          subtitle: say(turn, 'training.departement_subtitle', { in_departement: inDepartement, de_town: withDe(prefecture.name) }),
          lines: ordered.map((r, i) => this.line(turn, r, i + 1)),
          sources: importedSources(turn, turn.kb.knowledge.establishmentSources, [...sourceIds].sort()),
          buttons: [{ kind: 'link', title: say(turn, 'link.lba'), url: LA_BONNE_ALTERNANCE }],
        }),
        quickReplies,
      }),
    );
  }

  /**
   * When none of the offers shown fits the level the person can enter (places-by-level.ts), the nearest places that
   * teach one that does (up to two, any distance), and the sentence that says so.
   */
  private fittingFurther(turn: Turn, commune: Commune, diplomas: readonly Diploma[], shown: readonly NearbyEstablishment[]): { results: NearbyEstablishment[]; sentence: string } | undefined {
    const max = entryLevelMax(turn.data.profile);
    const fit = diplomasThatFit(diplomas, max);
    if (fit.length === 0 || fit.length === diplomas.length || !onlyOtherLevelsShown(shown, OFFERS_PER_PLACE, max)) return undefined;
    const seen = new Set(shown.map((r) => r.establishment));
    const further = turn.kb.search.nearestEstablishments(commune, fit.map((d) => d.id), 4, FAR_RADII_KM).results.filter((r) => !seen.has(r.establishment)).slice(0, 2);
    const nearest = further[0];
    if (!nearest) return undefined;
    const nearKinds = kindsOf(shown.flatMap((r) => r.offers.slice(0, OFFERS_PER_PLACE).map((o) => o.diploma)));
    const fitKinds = kindsOf(further.flatMap((r) => r.offers.slice(0, OFFERS_PER_PLACE).map((o) => o.diploma)));
    const lowestNear = Math.min(...shown.flatMap((r) => r.offers.map((o) => o.diploma.level)));
    const entryKey = `training.entry.${Math.min(Math.max(lowestNear, 5), 7)}`;
    const sentence = say(turn, 'training.other_levels', {
      near: this.orList(turn, nearKinds),
      entry: say(turn, entryKey),
      fit: this.orList(turn, fitKinds),
      name: nearest.establishment.name,
      a_place: nearest.commune ? withA(nearest.commune.name) : '',
      km: formatKm(nearest.km),
    });
    return { results: further, sentence };
  }

  private orList(turn: Turn, kinds: readonly string[]): string {
    if (kinds.length <= 1) return kinds[0] ?? '';
    return say(turn, 'training.kinds_or', { first: kinds.slice(0, -1).join(', '), last: kinds[kinds.length - 1]! });
  }

  private line(turn: Turn, r: NearbyEstablishment, n: number): string {
    let offers = r.offers
      .slice(0, OFFERS_PER_PLACE)
      .map((o) => {
        const demand = highDemand(o.demand);
        return demand
          ? say(turn, 'training.offer_in_demand', { title: o.diploma.title, year: String(o.year), first_choice: demand.firstChoice, capacity: demand.capacity })
          : say(turn, 'training.offer', { title: o.diploma.title, year: String(o.year) });
      })
      .join(' ; ');
    // A site that teaches more of what was asked than the line shows says so (review 17, P5: 2 of a CFA's 11 CAPs
    // shown as if they were all): the rest are one question away.
    const more = r.offers.length - OFFERS_PER_PLACE;
    if (more > 0) offers = `${offers} ${say(turn, more === 1 ? 'training.more_offers_one' : 'training.more_offers', { n: more })}`;
    return say(turn, 'training.line', {
      n,
      name: r.establishment.name,
      place: r.commune?.name ?? '',
      km: formatKm(r.km),
      offers,
    });
  }
}

/** The widening radii of a course search, then any distance: the nearest place is always named. */
const FAR_RADII_KM: readonly number[] = [20, 40, 100, Infinity];
/** Up to this many places in Normandy, the answer-first summary names them rather than counting by département. */
const FEW_SITES = 3;

/**
 * The diplomas a course request asks for, as near `origin` as the offer allows, and how to name them: the trade's
 * diplomas (of the type asked, when there are any), narrowed to those the request names by title; a type alone
 * means every course of that type, or those whose title the request names; and a diploma named by its whole title
 * ("CAP charcuterie-traiteur") is the one asked for, even when the trade read from its words leads elsewhere.
 */
function wantedCourses(turn: Turn, origin: LatLon | undefined): { diplomas: Diploma[]; what: string; typeDropped: boolean } {
  const k = turn.kb.knowledge;
  const search = turn.kb.search;
  const p = turn.data.profile;
  const types = p.diplomaType ? diplomaTypesFor(p.diplomaType) : undefined;
  const trade = p.tradeCode ? k.trades.get(p.tradeCode) : undefined;
  // A course listed only at sites no file places is still offered (the answer says where it could not place it).
  const offered = (list: readonly Diploma[]): boolean =>
    list.length > 0 &&
    (origin ? search.nearestEstablishments(origin, list.map((d) => d.id), 1, FAR_RADII_KM).results.length > 0 || search.unplacedOffering(list.map((d) => d.id)).length > 0 : true);
  // Only a request with a kind of diploma names one by title ("boulanger" alone is the trade, not "CAP boulanger").
  const named = p.trainingRequest && types ? search.diplomasNamed(p.trainingRequest, types) : [];
  let diplomas: Diploma[];
  let typeDropped = false;
  if (trade) {
    diplomas = search.diplomasForTrade(trade, types);
    if (diplomas.length === 0 && types) {
      diplomas = search.diplomasForTrade(trade);
      typeDropped = true;
    }
    // A diploma named whole that the trade does not lead to: the name said wins over the trade guessed from it.
    const own = new Set(diplomas.map((d) => d.id));
    if (named.length > 0 && !named.some((d) => own.has(d.id)) && offered(named)) return { diplomas: named, what: named[0]!.title, typeDropped: false };
    // Some of the trade's diplomas named whole ("CAP cuisine" for the cook): those, under the name said.
    const namedOwn = diplomas.filter((d) => named.some((n) => n.id === d.id));
    if (!typeDropped && offered(namedOwn)) return { diplomas: namedOwn, what: namedOwn[0]!.title, typeDropped: false };
    // The trade's links are wide ("carrossier-peintre" also leads to a bac pro in boiler-making): when the request
    // names some of those diplomas by their title ("bac pro carrosserie"), those are the ones asked for.
    // Near a town and without a kind of diploma, the request names the trade ("électricien près d'Évreux"), whose
    // word is also one diploma's title ("CAP électricien"): the trade's diplomas of the same word family stay too, to
    // compare (review 15, J9: the Bac pro "métiers de l'électricité…" taught at the same CFA was cut), but not those
    // the trade's wide links alone bring (title-kin.ts).
    if (p.trainingRequest) {
      const titled = new Set(search.diplomasTitled(p.trainingRequest, typeDropped ? undefined : types).map((d) => d.id));
      if (types === undefined && origin !== undefined) for (const d of diplomasOfRequestFamily(p.trainingRequest, diplomas)) titled.add(d.id);
      const narrowed = diplomas.filter((d) => titled.has(d.id));
      if (offered(narrowed)) diplomas = narrowed;
    }
    // "bts en informatique": the trade read from the field's word has no course of that kind taught in Normandy; the
    // courses of that kind whose titles the request names are ("BTS services informatiques aux organisations").
    if (types && !typeDropped && p.trainingRequest && taughtInNormandy(turn, diplomas).length === 0) {
      const titled = taughtInNormandy(turn, titledOfType(turn, p.trainingRequest, types));
      if (titled.length > 0) return { diplomas: titled, what: titled.length === 1 ? titled[0]!.title : kindForTrade(turn, p.diplomaType!, trade, titled), typeDropped: false };
    }
    // One course of the kind asked is named by its own title ("Bac pro métiers de l'électricité…"), never by the kind
    // and the trade put together ("Bac pro électricien du bâtiment" is no diploma).
    const oneOfKind = types !== undefined && !typeDropped && diplomas.length === 1;
    const what = oneOfKind ? diplomas[0]!.title : p.diplomaType && !typeDropped ? kindForTrade(turn, p.diplomaType, trade, diplomas) : tradeShortName(trade).toLowerCase();
    return { diplomas, what, typeDropped };
  }
  // A field named with the kind of diploma ("un CAP vente"): the courses of that kind for the field's trades.
  const ofFields = p.courseFields ? fieldCourses(turn, p.courseFields, types) : undefined;
  if (ofFields && ofFields.diplomas.length > 0) return { ...ofFields, typeDropped: false };
  if (named.length > 0) return { diplomas: named, what: named[0]!.title, typeDropped: false };
  // A type alone ("BTS à Caen") means every course of that type, unless the request names one ("BTS
  // informatique"): then the diplomas whose title matches.
  const wanted = new Set(types ?? []);
  const titled = p.trainingRequest ? titledOfType(turn, p.trainingRequest, types) : [];
  // "un BTS dans le commerce": no title says the field's word, no course leads to two of its trades; the courses of that
  // kind for the field's families of trades are its courses at that level.
  const ofFamilies = titled.length === 0 && p.courseFields && types ? fieldFamilyCourses(turn, p.courseFields, types) : undefined;
  if (ofFamilies) return { ...ofFamilies, typeDropped: false };
  // "CAP horlogerie": a specialty no diploma of the offer is titled with is not every CAP; it is said as not found.
  const specialty = titled.length === 0 && p.trainingRequest && p.diplomaType ? specialtyAsked(p.trainingRequest, p.diplomaType) : undefined;
  if (specialty !== undefined) return { diplomas: [], what: `${p.diplomaType!} ${specialty}`, typeDropped };
  const ofField = titled.length > 1 ? titledCommonly(turn, titled) : titled;
  diplomas = ofField.length > 0 ? ofField : [...k.diplomas.values()].filter((d) => wanted.has(d.type));
  // One diploma found by its title is named by it ("Bac pro métiers du commerce et de la vente…"), not just "Bac pro";
  // several by the kind and the specialty said ("Bac pro vente"), never the kind alone, which would hide what was asked.
  const said = p.trainingRequest && p.diplomaType ? specialtyAsked(p.trainingRequest, p.diplomaType) : undefined;
  const what = ofField.length === 1 ? ofField[0]!.title : said !== undefined && ofField.length > 0 ? `${p.diplomaType!} ${said}` : (p.diplomaType ?? '');
  return { diplomas, what, typeDropped };
}

/**
 * Several courses of one kind for a trade, named without inventing a diploma: glued together, kind and trade read as
 * a diploma's name that may not exist ("CAP mécanicien des véhicules des transports routiers" is none: review 23). A
 * course really titled so ("CAP boulanger") is named by it; two or three by their titles said together ("CAP monteur
 * en installations sanitaires ou thermiques"); more whose titles open on the same words ("CAP maintenance des
 * véhicules option A…", "…option C…") by those words; otherwise the kind and the trade are said apart.
 */
function kindForTrade(turn: Turn, type: string, trade: Trade, diplomas: readonly Diploma[]): string {
  const tradeName = tradeShortName(trade).toLowerCase();
  const glued = normalizeKnown(`${type} ${tradeName}`);
  const titled = diplomas.find((d) => normalizeKnown(d.title) === glued);
  if (titled) return titled.title;
  return titlesTogether(diplomas) ?? sharedTitleHead(type, diplomas) ?? say(turn, 'training.kind_for_trade', { type, trade: tradeName });
}

/**
 * "bac pro vente près de Dieppe": a specialty said loosely names the common course of that name, the one most places in
 * Normandy teach ("Bac pro métiers du commerce et de la vente", at several CFA), not one whose title only shares the
 * word ("technicien conseil vente en animalerie", taught at one place) and happens to be nearer. Courses taught at
 * fewer than half as many places as the most taught of them give way; the places' distances then choose.
 */
function titledCommonly(turn: Turn, titled: readonly Diploma[]): Diploma[] {
  const places = (d: Diploma): number => turn.kb.knowledge.establishmentsByDiploma.get(d.id)?.length ?? 0;
  const most = Math.max(0, ...titled.map(places));
  return most === 0 ? [...titled] : titled.filter((d) => places(d) * COMMON_COURSE_SHARE >= most);
}

/** A course taught at fewer than 1/COMMON_COURSE_SHARE of the places of the most taught one is not the common one. */
const COMMON_COURSE_SHARE = 2;

/**
 * The courses of a field of work (the interests of interets.yaml, each with its trades), of the types asked: those
 * leading to the most of the field's trades ("CAP vente" → the CAP équipier polyvalent du commerce, which leads to
 * three of the sales trades, not the agricultural CAP whose title says "vente" and leads to one), named by their title
 * when there is one, else by the type and the field.
 */
function fieldCourses(turn: Turn, fields: readonly string[], types: readonly string[] | undefined): { diplomas: Diploma[]; what: string } | undefined {
  const k = turn.kb.knowledge;
  const interests = k.files.interets.interests.filter((i) => fields.includes(i.id));
  const counts = new Map<string, { d: Diploma; n: number }>();
  for (const code of new Set(interests.flatMap((i) => i.trades))) {
    const trade = k.trades.get(code);
    if (!trade) continue;
    for (const d of turn.kb.search.diplomasForTrade(trade, types)) counts.set(d.id, { d, n: (counts.get(d.id)?.n ?? 0) + 1 });
  }
  const most = Math.max(0, ...[...counts.values()].map((c) => c.n));
  // A diploma leading to one trade of the field says nothing of the field ("bac pro vente": the wine-selling bac pro);
  // the search by title answers then ("Bac pro métiers du commerce et de la vente").
  if (most < FIELD_COURSE_MIN_TRADES) return undefined;
  const diplomas = [...counts.values()].filter((c) => c.n === most).map((c) => c.d);
  const field = interests.map((i) => i.label.toLowerCase()).join(', ');
  return { diplomas, what: diplomas.length === 1 ? diplomas[0]!.title : `${turn.data.profile.diplomaType ?? ''} ${field}`.trim() };
}

/**
 * The courses of the kinds asked for a field's families of trades (a ROME code's first three characters: D15, the
 * large retail trades; M18, the information systems), taught in Normandy: "un BTS dans le commerce" is the BTS
 * management commercial opérationnel, whose trades are the field's neighbours rather than the field's own few.
 */
function fieldFamilyCourses(turn: Turn, fields: readonly string[], types: readonly string[]): { diplomas: Diploma[]; what: string } | undefined {
  const k = turn.kb.knowledge;
  const interests = k.files.interets.interests.filter((i) => fields.includes(i.id));
  const families = new Set(interests.flatMap((i) => i.trades).map((code) => code.slice(0, ROME_FAMILY_CHARS)));
  const wanted = new Set(types.map((t) => t.toLowerCase()));
  const ids = [...k.diplomas.values()]
    .filter((d) => wanted.has(d.type.toLowerCase()) && (d.romes ?? []).some((r) => families.has(r.slice(0, ROME_FAMILY_CHARS))))
    .map((d) => turn.kb.search.shownDiplomaId(d.id));
  const diplomas = taughtInNormandy(turn, [...new Set(ids)].flatMap((id) => k.diplomas.get(id) ?? []));
  if (diplomas.length === 0) return undefined;
  const field = interests.map((i) => i.label.toLowerCase()).join(', ');
  return { diplomas, what: diplomas.length === 1 ? diplomas[0]!.title : `${turn.data.profile.diplomaType ?? ''} ${field}`.trim() };
}

/** A ROME code's letter and two digits: its professional family ("D15", "M18"). */
const ROME_FAMILY_CHARS = 3;

/** The diplomas of a list taught at a site somewhere in Normandy. */
function taughtInNormandy(turn: Turn, list: readonly Diploma[]): Diploma[] {
  return list.filter((d) =>
    NORMANDY_DEPARTEMENTS.some((dep) => {
      const prefecture = turn.kb.knowledge.communes.get(dep.prefecture);
      return prefecture !== undefined && turn.kb.search.establishmentsIn(dep.code, prefecture, [d.id]).length > 0;
    }),
  );
}

/** How loosely a speciality word may name diplomas of the type asked ("bac pro commerce" → "Bac pro métiers du
 * commerce et de la vente…"), once no title matches closely: the type narrows the search. */
const LOOSE_TITLE_MIN = 0.2;

/** The diplomas of the type asked whose titles the request names, closely or else by one of its words. */
function titledOfType(turn: Turn, request: string, types: readonly string[] | undefined): Diploma[] {
  const close = turn.kb.search.diplomasTitled(request, types);
  return close.length > 0 || !types ? close : turn.kb.search.diplomasTitled(request, types, LOOSE_TITLE_MIN);
}

/** The answer for a specialty named with its kind that no diploma of the offer is titled with ("CAP horlogerie"). */
function specialtyNotOffered(turn: Turn): string | undefined {
  const p = turn.data.profile;
  if (p.tradeCode !== undefined || p.diplomaType === undefined || p.trainingRequest === undefined) return undefined;
  const { diplomas, what } = wantedCourses(turn, undefined);
  return diplomas.length === 0 && what !== p.diplomaType ? say(turn, 'training.where_taught_none', { what, kind: '' }) : undefined;
}

/**
 * Answer first, before asking the town: the course found, its kind of diploma (level, usual length) and where it is
 * taught in Normandy — the sites when they are few, else how many in each département.
 */
function whereTaught(turn: Turn): string | undefined {
  const p = turn.data.profile;
  if (p.tradeCode === undefined && p.trainingRequest === undefined) return undefined;
  if (p.tradeCode === undefined && p.diplomaType === undefined) return undefined;
  const { diplomas, what } = wantedCourses(turn, undefined);
  if (!what) return undefined;
  const ids = diplomas.map((d) => d.id);
  const kind = diplomaKind(turn, diplomas);
  const byDepartement = NORMANDY_DEPARTEMENTS.map((dep) => {
    const prefecture = turn.kb.knowledge.communes.get(dep.prefecture);
    return { dep, sites: prefecture ? turn.kb.search.establishmentsIn(dep.code, prefecture, ids) : [] };
  });
  const total = byDepartement.reduce((n, d) => n + d.sites.length, 0);
  if (total === 0) {
    // Sites no file places are still sites: said as such, before the town is asked (review 21, J11).
    const unplaced = unplacedMention(turn, ids, { also: false });
    return unplaced ? `${say(turn, 'training.unplaced.none_placed', { what })}\n${unplaced.text}` : say(turn, 'training.where_taught_none', { what, kind });
  }
  rememberDiplomaShown(turn, diplomas, p.tradeCode !== undefined);
  if (total <= FEW_SITES) {
    const sites = byDepartement.flatMap((d) => d.sites).map((r) => say(turn, 'training.where_taught_site', { name: r.establishment.name, a_place: r.commune ? withA(r.commune.name) : '' }).trim());
    return `${say(turn, 'training.where_taught_few', { what, kind, sites: sites.join(' ; ') })}\n${say(turn, 'training.ask_to_sort')}`;
  }
  const counts = byDepartement.filter((d) => d.sites.length > 0).map((d) => say(turn, 'training.where_taught_count', { departement: d.dep.name, count: d.sites.length }));
  return `${say(turn, 'training.where_taught', { what, kind, places: placesCount(turn, total), by_departement: counts.join(', ') })}\n${say(turn, 'training.ask_to_sort')}`;
}

/** ", un diplôme de niveau 3 préparé en général en 2 ans" when the courses are all of one kind; nothing otherwise. */
function diplomaKind(turn: Turn, diplomas: readonly Diploma[]): string {
  const kinds = new Set(diplomas.map((d) => d.type));
  const levels = new Set(diplomas.map((d) => d.level));
  // A trade asked without a kind of diploma: the courses found, by title ("CAP boulanger").
  if (turn.data.profile.diplomaType === undefined) {
    const titles = [...new Set(diplomas.map((d) => d.title))];
    return titles.length > 0 && titles.length <= 2 ? say(turn, 'training.courses', { titles: titles.join(', ') }) : '';
  }
  if (kinds.size !== 1 || levels.size !== 1) return '';
  const type = [...kinds][0]!;
  if (type === 'CAP' || type === 'BTS') return say(turn, `diploma.kind.${type}`);
  return say(turn, 'diploma.kind.level', { level: [...levels][0]! });
}

function placesCount(turn: Turn, count: number): string {
  return count === 1 ? say(turn, 'training.places_one') : say(turn, 'training.places_many', { count });
}

/** The places by town, in the order of their first place (nearest first). */
function groupByTown(results: readonly NearbyEstablishment[]): Map<string, NearbyEstablishment[]> {
  const byTown = new Map<string, NearbyEstablishment[]>();
  for (const r of results) {
    const town = r.commune?.name ?? '';
    const list = byTown.get(town);
    if (list) list.push(r);
    else byTown.set(town, [r]);
  }
  return byTown;
}

/**
 * "quelles formations dans le 61 ?", "… sur Caen ?": no course named, a place named. What the area offers (places,
 * towns, fields: support/area-offer.ts) comes before the question that narrows it to a trade.
 */
function areaOfferText(turn: Turn): string | undefined {
  const p = turn.data.profile;
  const u = turn.understanding;
  const area = p.tradeCode === undefined && p.diplomaType === undefined && !u.outside ? areaNamed(u) : undefined;
  if (area === undefined) return undefined;
  const k = turn.kb.knowledge;
  const offer = areaOffer(k, turn.kb.search, placesOfArea(k, area));
  if (offer.count === 0) return undefined;
  const values = {
    places: placesCount(turn, offer.count),
    where: areaTowns(turn, offer),
    fields: offer.fields.join(' ; '),
    year: String(latestCatalogueYear(k)),
  };
  return 'departement' in area
    ? say(turn, 'training.area_offer.departement', { ...values, in_area: say(turn, `place.in_departement.${area.departement}`) })
    : say(turn, 'training.area_offer.around_town', { ...values, km: TOWN_AREA_KM, de_town: withDe(area.town.name) });
}

/** Where the area's places are: "à Blangy" for one, "tous à Caen" for one town, the towns with the most otherwise. */
function areaTowns(turn: Turn, offer: AreaOffer): string {
  const [first] = offer.towns;
  if (first === undefined) return '';
  if (offer.towns.length === 1) return say(turn, offer.count === 1 ? 'training.area_offer.where.one_place' : 'training.area_offer.where.one_town', { town: first.name });
  const towns = offer.towns.map((t) => say(turn, 'training.area_offer.town', { town: t.name, places: t.places })).join(', ');
  return say(turn, 'training.area_offer.where.towns', { towns });
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
export function formatKm(km: number): string {
  return km < 1 ? '< 1' : formatNumberFr(Math.round(km));
}
