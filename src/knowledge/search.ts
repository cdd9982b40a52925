import { normalize, tokenize } from '../text/normalize.js';
import { nearestWithin, type LatLon } from '../rules/geo.js';
import { newerFirst } from '../rules/newer-first.js';
import { allowedTypos, boundedEditDistance } from '../text/fuzzy.js';
import { lunr, lunrFr, stemFr } from './lunr-fr.js';
import { BoundedMemo } from '../text/memo.js';
import { splitGenderedLabel } from './import/labels.js';
import { PhraseIndex, type PhraseEntry, type PhraseIndexOptions } from './phrase-index.js';
import type { Knowledge } from './snapshot.js';
import type { Aid } from './schema/aid.js';
import type { Commune } from './schema/commune.js';
import type { Diploma } from './schema/diploma.js';
import type { Establishment, OfferDemand, UnplacedOffer } from './schema/establishment.js';
import type { FaqEntry } from './schema/faq.js';
import { tradeDiplomaIds, type Trade } from './schema/trade.js';
import { TITLE_STOP_WORDS, TRADE_STOP_WORDS } from '../text/stop-words.js';

/** When nothing is near and the search widens, it widens until it can offer this many places to compare. */
const ENOUGH_PLACES_WHEN_WIDENED = 3;
/** Places ranked beyond those shown, for older ones to give way to (see nearestEstablishments). */
const OLDER_PLACES_SPARE = 5;

export interface TradeHit {
  trade: Trade;
  score: number;
  /** The normalised title that matched best. */
  phrase: string;
  /** Every word of that title is in the text (see PhraseHit). */
  whole: boolean;
  /** How many of the title's words the text touches, and how many it has (see PhraseHit). */
  wordsMatched?: number;
  words?: number;
  /**
   * Read from the work the message describes, through its activity noun (trades.ts, tradeOfMessage: "réparer les
   * carrosseries de voitures" → carrossier), rather than from a title or an alias typed.
   */
  describedWork?: true;
}

export interface NearbyEstablishment {
  establishment: Establishment;
  km: number;
  commune: Commune | undefined;
  /** The offers of the wanted diplomas at this place, newest catalogue first. */
  offers: { diploma: Diploma; year: number; source: string; demand?: OfferDemand }[];
}

/**
 * A site that a catalogue lists with the course but that no file places in a commune (review 21, J11): known by its
 * UAI, its département (numbered in the UAI) and sometimes its name; never given a distance or a point on the map.
 */
export interface UnplacedSite {
  uai: string;
  departement: string;
  name?: string;
  offers: { diploma: Diploma; year: number; source: string }[];
}

export interface NearbyResult {
  radiusKm: number | undefined;
  results: NearbyEstablishment[];
}

export interface FaqHit {
  entry: FaqEntry;
  score: number;
  /** Share of the query's meaningful words found in the entry (0–1). */
  coverage: number;
}

/**
 * The costly indexes of a Search as plain data (normalising 35,000 job titles, stemming the FAQ): the knowledge
 * cache keeps them beside the validated files, and a Search given them skips that work.
 */
export interface SearchPrebuilt {
  trades: readonly PhraseEntry<string>[];
  diplomaTitles: readonly PhraseEntry<string>[];
  /** lunr's own serialisation of the FAQ index (`Index.toJSON`, read back by `Index.load`). */
  faq: object;
  faqVocabulary: readonly string[];
  /** What sameDiplomas found, as entries (about a tenth of a start's CPU when computed again). */
  shownAs: readonly (readonly [string, string])[];
  alsoRecords: readonly (readonly [string, readonly string[]])[];
  /** Communes by their names' normalised variants (INSEE codes, biggest first), and former names → current code. */
  communesByName: readonly (readonly [string, readonly string[]])[];
  formerByName: readonly (readonly [string, string])[];
}

const TRADE_INDEX: PhraseIndexOptions = { stopWords: TRADE_STOP_WORDS, phraseStopWords: TITLE_STOP_WORDS };
const DIPLOMA_TITLE_INDEX: PhraseIndexOptions = { stopWords: TRADE_STOP_WORDS };

/** Words that carry no meaning in an aid's keywords ("l'aide au permis" is about "permis"). */
const KEYWORD_FILLER: ReadonlySet<string> = new Set(['le', 'la', 'les', 'de', 'du', 'des', 'a', 'au', 'aux', 'un', 'une', 'pour', 'en', 'et']);
const NONE: readonly Commune[] = [];
/** A title matched with this score, every word of it in the request, is named exactly. */
const EXACT_TITLE = 1;
/** How many title hits are sorted through when the diploma's type is given. */
const TYPED_TITLE_HITS = 400;

/** An aid's keyword as the meaningful words a message must contain to name the aid. */
export interface AidKeyword {
  aid: Aid;
  words: readonly string[];
}

/**
 * The indexes and gazetteers of one knowledge snapshot: trades by their titles (typos, SMS, feminine forms),
 * communes by name, postcode or former name, diplomas by title, nearest establishments for a set of diplomas, and a
 * keyword search of the FAQ (for advisers). Reading a message (which words name a town, a trade, an aid) is the
 * understanding's job (src/nlu/); it is handed these. Built once per snapshot; every method is pure and never
 * throws on user text.
 */
export class Search {
  private readonly tradeIndex: PhraseIndex<string>;
  private readonly communesByName = new Map<string, Commune[]>();
  private readonly communesByPostcode = new Map<string, Commune[]>();
  private readonly formerByName = new Map<string, Commune>();
  private readonly communeNamesByLength = new Map<number, string[]>();
  private readonly faqIndex: lunr.Index;
  private readonly faqById: Map<string, FaqEntry>;
  /** Every stemmed word of the FAQ: a query word found here needs no fuzzy lookup. */
  private readonly faqVocabulary = new Set<string>();
  /** Active diplomas open to apprenticeship, by each word of their title (normalised). */
  /** Active diplomas open to apprenticeship by the words of their title (types like "CAP" are stop words). */
  private readonly diplomaTitleIndex: PhraseIndex<string>;
  /** Diplomas a catalogue lists only at sites no file places, by title: found when named whole (see diplomasNamed). */
  private readonly unplacedTitleIndex: PhraseIndex<string>;
  private readonly fuzzyCommunes = new BoundedMemo<{ commune: Commune; typos: number } | undefined>(20_000);
  private lastText = '';
  private lastNormalized = '';
  /** Each aid's keywords as the words that must all appear in a message. */
  private readonly aidKeywordList: AidKeyword[];
  /** The trades each diploma leads to, by ROME code. */
  private readonly tradesByDiploma = new Map<string, Trade[]>();
  /** Diploma id → the record a person should see for it (see sameDiplomas). */
  private readonly shownAs: ReadonlyMap<string, string>;
  /** Shown record → the other records of the same diploma, whose places count for it. */
  private readonly alsoRecords: ReadonlyMap<string, readonly string[]>;

  /** `prebuilt`: the indexes of `prebuilt()` of a Search of the same knowledge, by the same code (cache.ts). */
  constructor(
    private readonly knowledge: Knowledge,
    prebuilt?: SearchPrebuilt,
  ) {
    this.tradeIndex = prebuilt ? PhraseIndex.fromEntries(TRADE_INDEX, prebuilt.trades) : buildTradeIndex(knowledge);
    const diplomaTitleIndex = prebuilt ? undefined : new PhraseIndex<string>(DIPLOMA_TITLE_INDEX);
    ({ shownAs: this.shownAs, alsoRecords: this.alsoRecords } = prebuilt
      ? { shownAs: new Map(prebuilt.shownAs), alsoRecords: new Map(prebuilt.alsoRecords) }
      : sameDiplomas(knowledge));
    this.indexCommunes(prebuilt);
    this.faqById = new Map(knowledge.faq.map((f) => [f.id, f]));
    this.faqIndex = prebuilt ? lunr.Index.load(prebuilt.faq) : buildFaqIndex(knowledge.faq);
    if (prebuilt) for (const stem of prebuilt.faqVocabulary) this.faqVocabulary.add(stem);
    else {
      for (const e of knowledge.faq) {
        for (const w of tokenize(normalize(`${e.questions.join(' ')} ${e.answer.vous}`))) {
          const stem = stemFr(w);
          if (stem) this.faqVocabulary.add(stem);
        }
      }
    }
    this.aidKeywordList = knowledge.aids.flatMap((aid) =>
      aid.keywords.map((k) => ({ aid, words: tokenize(normalize(k)).filter((w) => !KEYWORD_FILLER.has(w)) })).filter((k) => k.words.length > 0),
    );
    for (const trade of [...knowledge.trades.values()].sort((a, b) => a.code.localeCompare(b.code))) {
      for (const id of new Set([...(trade.diplomas ?? []), ...(trade.diplomas_by_title ?? [])])) {
        const list = this.tradesByDiploma.get(id);
        if (list) list.push(trade);
        else this.tradesByDiploma.set(id, [trade]);
      }
    }
    for (const d of knowledge.diplomas.values()) {
      // Every course in the offer is findable by its title, even one whose diploma has since been renamed, and an old
      // title whose renewed code is offered ("réparation des carrosseries", now "carrossier peintre automobile").
      const offered = (id: string): boolean => knowledge.establishmentsByDiploma.has(id);
      if (diplomaTitleIndex && (offered(d.id) || (knowledge.diplomaSuccessors.get(d.id) ?? []).some(offered))) diplomaTitleIndex.add(normalize(d.title), d.id);
    }
    this.unplacedTitleIndex = unplacedOnlyTitles(knowledge);
    // Never frozen, so every word of a diploma title weighs 1 (no idf), as the index has answered so far (it was
    // frozen before its phrases were added, which left it unweighted). Weighting it would change which diplomas a
    // request finds: a change of understanding to measure on the eval sets, not part of caching it.
    this.diplomaTitleIndex = diplomaTitleIndex ?? PhraseIndex.fromEntries(DIPLOMA_TITLE_INDEX, prebuilt?.diplomaTitles ?? [], false);
  }

  /** The indexes worth keeping between starts, as plain data (see SearchPrebuilt). */
  prebuilt(): SearchPrebuilt {
    return {
      trades: this.tradeIndex.indexedEntries(),
      diplomaTitles: this.diplomaTitleIndex.indexedEntries(),
      faq: this.faqIndex.toJSON(),
      faqVocabulary: [...this.faqVocabulary],
      shownAs: [...this.shownAs],
      alsoRecords: [...this.alsoRecords],
      communesByName: [...this.communesByName].map(([name, list]) => [name, list.map((c) => c.insee)] as const),
      formerByName: [...this.formerByName].map(([name, c]) => [name, c.insee] as const),
    };
  }

  // ---------------------------------------------------------------- trades

  /** Trades for a free-text query (raw or normalised), best first. */
  trades(text: string, limit = 5): TradeHit[] {
    const q = this.norm(text);
    return this.tradeIndex
      .search(q, limit)
      .flatMap((h) => {
        const trade = this.knowledge.trades.get(h.item);
        return trade ? [{ trade, score: h.score, phrase: h.phrase, whole: h.whole, wordsMatched: h.wordsMatched, words: h.words }] : [];
      });
  }

  /**
   * Diplomas open to apprenticeship that lead to a trade, optionally of some types ("CAP", "Bac pro"…): those the
   * certification data links to it, plus those the import links through their titles ("CAP maçon" for Maçon /
   * Maçonne, which Certif Info files under an older ROME code; "option motocycles" for the motorbike mechanic), by
   * renewal and by training field (the CAP équipier polyvalent du commerce for the cashier). Each diploma is listed
   * once, as the record of its current code (see sameDiplomas): never "Macon (CAP)" beside "CAP maçon".
   */
  diplomasForTrade(trade: Trade, types?: readonly string[]): Diploma[] {
    const wanted = types && types.length > 0 ? new Set(types.map((t) => t.toLowerCase())) : undefined;
    const ids = tradeDiplomaIds(trade).map((id) => this.shownAs.get(id) ?? id);
    return [...new Set(ids.map((id) => this.knowledge.diplomas.get(id)).filter((d): d is Diploma => d !== undefined))]
      .filter((d) => !wanted || wanted.has(d.type.toLowerCase()))
      .sort((a, b) => a.level - b.level || a.title.localeCompare(b.title, 'fr'));
  }

  /** The id of the record shown for this diploma: its current code, or the same-titled record kept (see sameDiplomas). */
  shownDiplomaId(id: string): string {
    return this.shownAs.get(id) ?? id;
  }

  /**
   * Diplomas offered in Normandy whose title matches the words of a request ("bac pro commerce" → "Bac pro
   * métiers du commerce et de la vente"), optionally of some types: the way in when no trade fits the request.
   */
  diplomasTitled(text: string, types?: readonly string[], min = 0.45): Diploma[] {
    const typed = types !== undefined && types.length > 0;
    // Of one type, the titles are looked for among many more hits: "bts commerce" must not lose the BTS to forty
    // masters whose titles also say "commerce".
    const hits = this.diplomaTitleIndex.search(this.norm(text), typed ? TYPED_TITLE_HITS : 40, min);
    return this.shownOf(hits.map((h) => h.item), types);
  }

  // ---------------------------------------------------------------- places

  /** The communes of this name (normalised; "st lo", "cherbourg" and "havre" are names too), biggest first. */
  /**
   * Diplomas offered in Normandy that the request names by their whole title ("cap charcuterie traiteur" → "CAP
   * charcuterie-traiteur"), optionally of some types: a name said exactly, which no trade read from its words replaces.
   */
  diplomasNamed(text: string, types?: readonly string[]): Diploma[] {
    const q = this.norm(text);
    // A course listed only at sites no file places counts when named whole ("BTS photographie", review 21): it is
    // answered with those sites, not taken for another course. Never by a loose title: "un BTS dans le commerce"
    // stays the field's courses, not the one BTS whose title shares "commerce".
    const said = new Set(tokenize(q));
    const everyWordSaid = (phrase: string): boolean => tokenize(phrase).every((w) => TRADE_STOP_WORDS.has(w) || said.has(w));
    const unplacedOnly = this.unplacedTitleIndex.search(q, 40, EXACT_TITLE).filter((h) => h.whole && everyWordSaid(h.phrase));
    const whole = [...this.diplomaTitleIndex.search(q, 40, EXACT_TITLE).filter((h) => h.whole), ...unplacedOnly];
    return this.shownOf(whole.map((h) => h.item), types);
  }

  /**
   * The records a person sees for these diploma ids (see sameDiplomas), each once, in order, optionally of some
   * types. Every list of diplomas Search gives is of shown records, so that one found by its title (an old code
   * still in the offer: "Bac pro réparation des carrosseries") is the same as the one in a trade's list (its renewal,
   * "Bac pro carrossier peintre automobile"); their places count for it (wantedRecords).
   */
  private shownOf(ids: readonly string[], types?: readonly string[]): Diploma[] {
    const wanted = types && types.length > 0 ? new Set(types.map((t) => t.toLowerCase())) : undefined;
    return [...new Set(ids.map((id) => this.shownDiplomaId(id)))].flatMap((id) => {
      const d = this.knowledge.diplomas.get(id);
      return d && (!wanted || wanted.has(d.type.toLowerCase())) ? [d] : [];
    });
  }

  /** The trade a diploma leads to whose title is closest to the diploma's ("CAP menuisier fabricant" → menuisier). */
  tradeLeadingTo(diploma: Diploma): Trade | undefined {
    // The trades of every record of the diploma (a renewed code's trades are still its trades).
    const records = [diploma.id, ...(this.alsoRecords.get(diploma.id) ?? [])];
    const leading = [...new Set(records.flatMap((id) => this.tradesByDiploma.get(id) ?? []))];
    if (leading.length <= 1) return leading[0];
    const codes = new Set(leading.map((t) => t.code));
    return this.trades(diploma.title, 20).find((h) => codes.has(h.trade.code))?.trade ?? leading[0];
  }

  communesNamed(name: string): readonly Commune[] {
    return this.communesByName.get(name) ?? NONE;
  }

  /** The current commune a former commune or commune déléguée of this name (normalised) belongs to. */
  formerCommuneNamed(name: string): Commune | undefined {
    return this.formerByName.get(name);
  }

  /** The Normandy communes of a postcode, biggest first. */
  communesWithPostcode(postcode: string): readonly Commune[] {
    return this.communesByPostcode.get(postcode) ?? NONE;
  }

  /** Whether this normalised word is a word of some job title (exactly or by its plural/feminine key). */
  isTradeWord(word: string): boolean {
    return this.tradeIndex.knowsWord(word);
  }

  /** Whether this normalised word, once stemmed, is a word of the FAQ (its questions or answers). */
  isFaqWord(word: string): boolean {
    return this.faqVocabulary.has(stemFr(word) ?? word);
  }

  /** The commune whose name (normalised) is closest to `span` within the typos its length allows, and how far. */
  closestCommune(span: string): { commune: Commune; typos: number } | undefined {
    return this.fuzzyCommunes.get(span, (s) => this.closestCommuneUncached(s));
  }

  /**
   * Establishments offering any of `diplomaIds`, nearest first, widening the radius 20 → 40 → 100 km (or through the
   * `radii` given: a last `Infinity` finds the nearest place however far it is). Once widening, a radius stops the
   * search only when it holds a few places: one just inside 40 km must not hide the next at 44 km.
   */
  nearestEstablishments(origin: LatLon, diplomaIds: readonly string[], limit = 5, radii?: readonly number[]): NearbyResult {
    const wanted = this.wantedRecords(diplomaIds);
    // More places than shown are ranked, so that a place known only from an older catalogue can give way to newer
    // ones a little further (newerFirst) without leaving the list short.
    const options = { limit: limit + OLDER_PLACES_SPARE, enoughWhenWidened: ENOUGH_PLACES_WHEN_WIDENED, ...(radii ? { radii } : {}) };
    const { radiusKm, results } = nearestWithin(origin, this.offering(wanted), (e) => e, options);
    const nearby = results.map(({ item, km }) => this.nearby(item, km, wanted));
    const dated = nearby.map((r) => ({ r, km: r.km, newestYear: Math.max(0, ...r.offers.map((o) => o.year)) }));
    return { radiusKm, results: newerFirst(dated, this.currentCatalogueFrom()).slice(0, limit).map((d) => d.r) };
  }

  /** The first year whose catalogues are current: the newest catalogue's year and the one before it (2024–2025). */
  private currentCatalogueFrom(): number {
    return Math.max(0, ...Object.keys(this.knowledge.counts.offers_by_year).map(Number)) - 1;
  }

  /**
   * The sites no file places in a commune that a catalogue lists with any of `diplomaIds` (an older code of it, its
   * common first year: as `nearby` counts them), in one département or all, by UAI. Never in a distance list: the
   * answer says they exist and could not be placed, rather than that nothing is there.
   */
  unplacedOffering(diplomaIds: readonly string[], departement?: string): UnplacedSite[] {
    const wanted = this.wantedRecords(diplomaIds);
    const counts = (id: string): boolean =>
      wanted.has(id) ||
      (this.knowledge.diplomaSuccessors.get(id) ?? []).some((s) => wanted.has(s)) ||
      (this.knowledge.diplomas.get(id)?.common_year_of ?? []).some((s) => wanted.has(s));
    const sites = new Map<string, UnplacedSite>();
    for (const u of this.knowledge.files.etablissements.unplaced_offers ?? []) {
      if (u.diploma === undefined || u.departement === undefined || !counts(u.diploma)) continue;
      if (departement !== undefined && u.departement !== departement) continue;
      const diploma = this.knowledge.diplomas.get(u.diploma);
      if (!diploma) continue;
      const site = sites.get(u.uai) ?? unplacedSite(u);
      site.offers.push({ diploma, year: u.year, source: u.source });
      sites.set(u.uai, site);
    }
    for (const site of sites.values()) site.offers.sort((a, b) => b.year - a.year);
    return [...sites.values()].sort((a, b) => a.departement.localeCompare(b.departement) || a.uai.localeCompare(b.uai));
  }

  /** Every establishment of a département (code) offering any of `diplomaIds`, nearest to `origin` first. */
  establishmentsIn(departement: string, origin: LatLon, diplomaIds: readonly string[]): NearbyEstablishment[] {
    const wanted = this.wantedRecords(diplomaIds);
    const inside = this.offering(wanted).filter((e) => this.knowledge.communes.get(e.commune)?.department === departement);
    return nearestWithin(origin, inside, (e) => e, { radii: [Infinity], limit: inside.length }).results.map(({ item, km }) => this.nearby(item, km, wanted));
  }

  /** The diplomas asked and the other records of the same diploma (its old code, its other catalogue entry): their places count too. */
  private wantedRecords(diplomaIds: readonly string[]): Set<string> {
    return new Set(diplomaIds.flatMap((id) => [id, ...(this.alsoRecords.get(id) ?? [])]));
  }

  private offering(wanted: ReadonlySet<string>): Establishment[] {
    const candidates = new Set<Establishment>();
    for (const id of wanted) for (const e of this.knowledge.establishmentsByDiploma.get(id) ?? []) candidates.add(e);
    return [...candidates];
  }

  private nearby(item: Establishment, km: number, wanted: ReadonlySet<string>): NearbyEstablishment {
    return {
      establishment: item,
      km,
      commune: this.knowledge.communes.get(item.commune),
      offers: item.offers
        // An offer of an older code counts for the diploma that renews it; a BTS's common first year, for its options.
        .filter(
          (o) =>
            wanted.has(o.diploma) ||
            (this.knowledge.diplomaSuccessors.get(o.diploma) ?? []).some((id) => wanted.has(id)) ||
            (this.knowledge.diplomas.get(o.diploma)?.common_year_of ?? []).some((id) => wanted.has(id)),
        )
        .flatMap((o) => {
          const diploma = this.knowledge.diplomas.get(o.diploma);
          return diploma ? [{ diploma, year: o.year, source: o.source, ...(o.demand ? { demand: o.demand } : {}) }] : [];
        })
        .sort((a, b) => b.year - a.year),
    };
  }

  /**
   * The newest catalogue year in which any place in Normandy offers one of `diplomaIds`, an older code of it, or a
   * code that renews it (the same course under its new code).
   */
  newestOfferYear(diplomaIds: readonly string[]): number | undefined {
    const same = diplomaIds.flatMap((id) => [id, ...(this.alsoRecords.get(id) ?? [])]);
    const wanted = new Set(same.flatMap((id) => [id, ...(this.knowledge.diplomaSuccessors.get(id) ?? [])]));
    const counts = (id: string): boolean => wanted.has(id) || (this.knowledge.diplomaSuccessors.get(id) ?? []).some((s) => wanted.has(s));
    let newest: number | undefined;
    for (const id of wanted) {
      for (const e of this.knowledge.establishmentsByDiploma.get(id) ?? []) {
        for (const o of e.offers) if (counts(o.diploma) && (newest === undefined || o.year > newest)) newest = o.year;
      }
    }
    // A newer catalogue listing it at a site no file places still lists it: "only old data" would be untrue.
    for (const u of this.knowledge.files.etablissements.unplaced_offers ?? []) {
      if (u.diploma !== undefined && counts(u.diploma) && (newest === undefined || u.year > newest)) newest = u.year;
    }
    return newest;
  }

  // ---------------------------------------------------------------- FAQ

  /** FAQ entries for a question, best first. Query syntax is never parsed from user text, so nothing can throw. */
  faq(text: string, limit = 3): FaqHit[] {
    const terms = [...new Set(tokenize(this.norm(text)).map(stemFr).filter((t): t is string => !!t && t.length > 1))].slice(0, 24);
    if (terms.length === 0) return [];
    const results = this.faqIndex.query((q) => {
      for (const term of terms) {
        q.term(term, { usePipeline: false, boost: 10 });
        // A typo is forgiven only for words the FAQ does not have as typed (fuzzy terms are the costly part).
        if (term.length >= 6 && !this.faqVocabulary.has(term)) q.term(term, { usePipeline: false, editDistance: 1, boost: 1 });
      }
    });
    // lunr ranks by term weight; a question that covers every word asked beats one that shares a rare word.
    return results
      .slice(0, 12)
      .flatMap((r) => {
        const entry = this.faqById.get(r.ref);
        if (!entry) return [];
        const matched = new Set(Object.keys(r.matchData.metadata));
        const coverage = terms.filter((t) => matched.has(t)).length / terms.length;
        return [{ entry, score: r.score * coverage * coverage, coverage }];
      })
      .sort((a, b) => b.score - a.score)
      .slice(0, limit);
  }

  // ---------------------------------------------------------------- aids

  /** Each aid's keywords as the meaningful words that must all appear in a message to name it. */
  get aidKeywords(): readonly AidKeyword[] {
    return this.aidKeywordList;
  }

  faqEntry(id: string): FaqEntry | undefined {
    return this.faqById.get(id);
  }

  // ---------------------------------------------------------------- internals

  /** The same message is looked at by several methods in one turn: normalise it once. */
  private norm(text: string): string {
    if (text !== this.lastText) {
      this.lastText = text;
      this.lastNormalized = normalize(text);
    }
    return this.lastNormalized;
  }

  /** Communes by name (normalising 3,500 names and their variants: the cache keeps the result), postcode, length. */
  private indexCommunes(prebuilt: SearchPrebuilt | undefined): void {
    const add = <K>(map: Map<K, Commune[]>, key: K, c: Commune): void => {
      const list = map.get(key);
      if (list) list.push(c);
      else map.set(key, [c]);
    };
    for (const c of this.knowledge.communes.values()) {
      if (!prebuilt) for (const name of nameVariants(c.name)) add(this.communesByName, name, c);
      for (const p of c.postcodes) add(this.communesByPostcode, p, c);
    }
    if (prebuilt) this.communesFromCache(prebuilt);
    else this.communeNamesAndFormerNames();
    for (const list of this.communesByPostcode.values()) list.sort((x, y) => y.population - x.population);
    for (const name of this.communesByName.keys()) {
      let list = this.communeNamesByLength.get(name.length);
      if (!list) this.communeNamesByLength.set(name.length, (list = []));
      list.push(name);
    }
  }

  /** The name maps of `prebuilt()`, in the same order (codes of this very knowledge: the cache is keyed by it). */
  private communesFromCache(prebuilt: SearchPrebuilt): void {
    const communes = this.knowledge.communes;
    const commune = (code: string): Commune => {
      const c = communes.get(code);
      if (!c) throw new Error(`knowledge cache: commune ${code} is not in the knowledge`);
      return c;
    };
    for (const [name, codes] of prebuilt.communesByName) this.communesByName.set(name, codes.map(commune));
    for (const [name, code] of prebuilt.formerByName) this.formerByName.set(name, commune(code));
  }

  private communeNamesAndFormerNames(): void {
    const add = <K>(map: Map<K, Commune[]>, key: K, c: Commune): void => {
      const list = map.get(key);
      if (list) list.push(c);
      else map.set(key, [c]);
    };
    // "Cherbourg" for Cherbourg-en-Cotentin, "Vire" for Vire Normandie: the short name people use, unless it is
    // already the full name of another commune.
    const shortNames = new Map<string, Commune[]>();
    for (const c of this.knowledge.communes.values()) {
      const short = shortName(normalize(c.name));
      if (short && !this.communesByName.has(short)) add(shortNames, short, c);
    }
    for (const [name, list] of shortNames) this.communesByName.set(name, list);
    for (const f of this.knowledge.formerCommunes) {
      const current = this.knowledge.communes.get(f.current);
      if (!f.name || !current) continue;
      for (const name of nameVariants(f.name)) if (!this.communesByName.has(name)) this.formerByName.set(name, current);
    }
    this.formerFirstNames();
    for (const list of this.communesByName.values()) list.sort((x, y) => y.population - x.population);
  }

  /**
   * "Équeurdreville" for Équeurdreville-Hainneville, "Thury" for Thury-Harcourt: a former commune named after two
   * villages is called by the first one. That first name is read as the former commune only when it is no commune's
   * name, the first word of no other commune, names no other former commune, and is not a common first word.
   */
  private formerFirstNames(): void {
    const currentByFirstWord = new Map<string, Set<string>>();
    for (const c of this.knowledge.communes.values()) {
      const first = normalize(c.name).split(' ')[0]!;
      const codes = currentByFirstWord.get(first);
      if (codes) codes.add(c.insee);
      else currentByFirstWord.set(first, new Set([c.insee]));
    }
    const byFirst = new Map<string, Set<string>>();
    for (const f of this.knowledge.formerCommunes) {
      const current = this.knowledge.communes.get(f.current);
      if (!f.name || !current) continue;
      const words = normalize(f.name).split(' ');
      const first = words[0]!;
      const twoNames = words.length === 2 && words.every((w) => w.length >= FORMER_FIRST_NAME_MIN_LENGTH);
      if (!twoNames || COMMON_FIRST_WORDS.has(first)) continue;
      let codes = byFirst.get(first);
      if (!codes) byFirst.set(first, (codes = new Set()));
      codes.add(current.insee);
    }
    for (const [first, codes] of byFirst) {
      const [code] = [...codes];
      const current = code === undefined ? undefined : this.knowledge.communes.get(code);
      // "Thury" for Thury-Harcourt is also the first word of Thury-Harcourt-le-Hom, the commune it belongs to: kept.
      const otherCurrent = [...(currentByFirstWord.get(first) ?? [])].some((insee) => insee !== code);
      const taken = this.communesByName.has(first) || this.formerByName.has(first) || otherCurrent;
      if (codes.size === 1 && current && !taken) this.formerByName.set(first, current);
    }
  }

  private closestCommuneUncached(span: string): { commune: Commune; typos: number } | undefined {
    const typos = allowedTypos(span.length);
    if (typos === 0) return undefined;
    let best: { commune: Commune; d: number } | undefined;
    for (let len = span.length - typos; len <= span.length + typos; len++) {
      for (const name of this.communeNamesByLength.get(len) ?? []) {
        const d = boundedEditDistance(span, name, typos);
        if (d > typos) continue;
        const commune = (this.communesByName.get(name) ?? NONE)[0];
        if (!commune) continue;
        if (!best || d < best.d || (d === best.d && commune.population > best.commune.population)) best = { commune, d };
      }
    }
    return best ? { commune: best.commune, typos: best.d } : undefined;
  }
}

/** The titles of the diplomas a catalogue lists only at sites no file places in a commune (15 with the current data). */
function unplacedOnlyTitles(k: Knowledge): PhraseIndex<string> {
  const index = new PhraseIndex<string>(DIPLOMA_TITLE_INDEX);
  const ids = new Set((k.files.etablissements.unplaced_offers ?? []).flatMap((u) => (u.diploma !== undefined && u.departement !== undefined ? [u.diploma] : [])));
  for (const id of ids) {
    const d = k.diplomas.get(id);
    if (d && !k.establishmentsByDiploma.has(id)) index.add(normalize(d.title), id);
  }
  return index;
}

function unplacedSite(u: UnplacedOffer): UnplacedSite {
  return { uai: u.uai, departement: u.departement as string, ...(u.name ? { name: u.name } : {}), offers: [] };
}

/** Words that name a kind of certification, not a specialty: a title made of them alone says nothing of which one. */
const GENERIC_TITLE_WORDS: ReadonlySet<string> = new Set(['titre', 'professionnel', 'certificat', 'diplome', 'cap', 'bac', 'pro', 'bp', 'bts', 'btsa', 'but', 'de', 'd', 'l', 'le', 'la', 'des', 'du', 'et', 'en']);

/**
 * Which records of the diploma data are one diploma to a person, and which record to show for it. Two causes in the
 * data (measured in tests/knowledge/diploma-duplicates.test.ts):
 * 1. a renewed code: the old record (`replaced_by`) stays "active" until its last session, so a trade linked to both
 *    would list the CAP twice ("Macon (CAP)", the kit's record of the old code, and "CAP maçon");
 * 2. one certification filed twice with the same title, type and level (an RNCP-only record beside the CFD one, or
 *    two records of a renewal the data does not link).
 * The record shown is the current code: the end of the renewal chain; among same-titled records, the one taught in
 * Normandy, then the one with a school code (CFD), then the newest code. The others' places count for it.
 */
export function sameDiplomas(k: Knowledge): { shownAs: Map<string, string>; alsoRecords: Map<string, string[]> } {
  const current = (id: string): string => k.diplomaSuccessors.get(id)?.at(-1) ?? id;
  const groups = new Map<string, Diploma[]>();
  for (const d of k.diplomas.values()) {
    if (current(d.id) !== d.id) continue;
    const words = [...new Set(tokenize(normalize(d.title)))].sort();
    if (words.every((w) => GENERIC_TITLE_WORDS.has(w))) continue;
    const key = `${d.type}|${d.level}|${words.join(' ')}`;
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  const preferred = (a: Diploma, b: Diploma): number =>
    Number(k.establishmentsByDiploma.has(b.id)) - Number(k.establishmentsByDiploma.has(a.id)) ||
    Number(b.active) - Number(a.active) ||
    Number(b.cfd !== undefined) - Number(a.cfd !== undefined) ||
    b.id.localeCompare(a.id);
  const keptOf = new Map<string, string>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const [kept, ...others] = [...group].sort(preferred);
    for (const d of others) keptOf.set(d.id, kept!.id);
  }
  const shownAs = new Map<string, string>();
  const alsoRecords = new Map<string, string[]>();
  for (const d of k.diplomas.values()) {
    const c = current(d.id);
    const shown = keptOf.get(c) ?? c;
    if (shown === d.id) continue;
    shownAs.set(d.id, shown);
    alsoRecords.set(shown, [...(alsoRecords.get(shown) ?? []), d.id]);
  }
  return { shownAs, alsoRecords };
}

/** "cherbourg en cotentin" → "cherbourg"; "vire normandie" → "vire"; undefined when there is no shorter usual name. */
function shortName(base: string): string | undefined {
  const m = /^(.+?) (en|sur) /.exec(base) ?? /^(.+?) normandie$/.exec(base);
  const short = m?.[1];
  return short && short.length >= 4 && !short.startsWith('saint') && !short.startsWith('sainte') ? short : undefined;
}

/** Former communes' first names read alone from this length ("thury"), and first words that name no one place. */
const FORMER_FIRST_NAME_MIN_LENGTH = 5;
const COMMON_FIRST_WORDS: ReadonlySet<string> = new Set(['saint', 'sainte', 'vieux', 'vieille', 'mesnil', 'grand', 'petit', 'notre', 'hubert']);

/** "Saint-Étienne-du-Rouvray" → "saint etienne du rouvray", plus "st etienne du rouvray". */
function nameVariants(name: string): string[] {
  const base = normalize(name);
  const variants = new Set([base]);
  variants.add(base.replace(/\bsaint\b/g, 'st').replace(/\bsainte\b/g, 'ste'));
  // "Le Havre" is also typed "havre"; "Les Andelys" as "andelys".
  const withoutArticle = base.replace(/^(le|la|les) /, '');
  if (withoutArticle !== base && withoutArticle.length >= 5) variants.add(withoutArticle);
  return [...variants];
}

function buildTradeIndex(k: Knowledge): PhraseIndex<string> {
  const index = new PhraseIndex<string>(TRADE_INDEX);
  for (const alias of k.files.metiersFamiliers.aliases) {
    for (const word of alias.words) index.add(normalize(word), alias.rome, 1);
  }
  for (const trade of k.trades.values()) {
    // The trade's own title ranks above a job title it shares with others ("comptable" is M1203 Comptable, not
    // M1225 Aide-comptable); a trade reachable by apprenticeship ranks above one that is not.
    const linked = (trade.diplomas?.length ?? 0) > 0 ? 0.3 : 0;
    const titles = new Set(splitGenderedLabel(trade.label).map(normalize));
    for (const title of titles) index.add(title, trade.code, 0.7 + linked);
    for (const s of trade.synonyms) {
      if (s.includes(' / ')) continue; // its masculine and feminine forms are listed separately
      const phrase = normalize(s);
      if (!titles.has(phrase)) index.add(phrase, trade.code, 0.4 + linked);
    }
  }
  return index.freeze();
}

function buildFaqIndex(entries: readonly FaqEntry[]): lunr.Index {
  return lunr(function (this: lunr.Builder) {
    this.use(lunrFr);
    this.ref('id');
    this.field('questions', { boost: 3 });
    this.field('answer');
    // Accents are folded by our normaliser on both sides; lunr's own pipeline then stems and drops stop words.
    for (const e of entries) {
      this.add({ id: e.id, questions: normalize(e.questions.join(' . ')), answer: normalize(e.answer.vous) });
    }
  });
}
