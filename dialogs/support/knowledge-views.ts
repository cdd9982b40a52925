import { matchKey } from '../../src/text/fuzzy.js';
import { answerWhen, personConditions } from './person-conditions.js';
import { splitGenderedLabel } from '../../src/knowledge/import/labels.js';
import { formatDateFr } from '../../src/knowledge/messages.js';
import { tokenize } from '../../src/text/normalize.js';
import { normalizeKnown } from '../../src/text/normalize-known.js';
import { BoundedMemo } from '../../src/text/memo.js';
import type { Knowledge } from '../../src/knowledge/snapshot.js';
import type { Diploma, Outcome } from '../../src/knowledge/schema/diploma.js';
import type { FaqEntry } from '../../src/knowledge/schema/faq.js';
import type { Trade } from '../../src/knowledge/schema/trade.js';
import { fitsTradeField } from './diploma-fit.js';
import type { DataSource } from './state.js';
import { say, type Turn } from './turn.js';

/**
 * Read-only views over the knowledge that several dialogs share: how a trade or a diploma is named, which diplomas
 * to show first, and how an imported fact cites its source and date.
 */

/**
 * Memos by text (trade labels, diploma titles: a few thousand), for what a turn otherwise computes again for every
 * diploma it ranks (a trade may list dozens, each compared with the names of the other trades that lead to it).
 */
const MEMO_TEXTS = 20_000;
const shortNames = new BoundedMemo<string>(MEMO_TEXTS);
const nameWordsByLabel = new BoundedMemo<readonly string[]>(MEMO_TEXTS);
const titleWordsByTitle = new BoundedMemo<{ all: ReadonlySet<string>; long: readonly string[] }>(MEMO_TEXTS);
/** Same order as `a.localeCompare(b, 'fr')`, without resolving the locale at every comparison. */
const frenchOrder = new Intl.Collator('fr').compare;

/**
 * The short, masculine form of a trade's label for buttons and titles: "Boulanger / Boulangère" → "Boulanger",
 * "Mécanicien / Mécanicienne motocycles" → "Mécanicien motocycles" (the shared end is kept).
 */
export function tradeShortName(trade: Trade): string {
  return shortNames.get(trade.label, (label) => splitGenderedLabel(label)[0] ?? label);
}

/** A diploma title's words as matching keys: all of them, and those that can tell one title from another. */
function titleWords(d: Diploma): { all: ReadonlySet<string>; long: readonly string[] } {
  return titleWordsByTitle.get(d.title, (title) => {
    const words = tokenize(normalizeKnown(title));
    return { all: new Set(words.map(matchKey)), long: words.filter((w) => w.length > 3).map(matchKey) };
  });
}

/** The latest Normandy outcome of a diploma by apprenticeship that has an employment rate. */
export function latestApprenticeshipOutcome(d: Diploma): Outcome | undefined {
  return (d.outcomes ?? [])
    .filter((o) => o.route === 'apprentissage' && (o.rate_12m !== undefined || o.rate_6m !== undefined))
    .sort((a, b) => b.cohort.localeCompare(a.cohort))[0];
}

/**
 * Where a type of diploma comes in a trade's list, first first: the national diplomas a young person in
 * apprenticeship expects (CAP, Bac pro, BP, MC/CS, BTS, BUT, then the other State diplomas: DE, BPJEPS, DMA…), then
 * the titres professionnels, then every other RNCP title (school titles, licences, masters, engineering degrees).
 */
const TYPE_RANK: ReadonlyMap<string, number> = new Map([
  ...['CAP', 'CAPA'].map((t) => [t, 0] as const),
  ['Bac pro', 1],
  ...['BP', 'BPA'].map((t) => [t, 2] as const),
  ...['MC', 'CS'].map((t) => [t, 3] as const),
  ...['BTS', 'BTSA', 'BTSM'].map((t) => [t, 4] as const),
  ['BUT', 5],
  ...["Diplôme d'État", 'CPJEPS', 'BPJEPS', 'DEJEPS', 'DESJEPS', 'DMA', 'BMA', 'DN MADE'].map((t) => [t, 6] as const),
  ['Titre pro', 7],
]);
const OTHER_RANK = 8;
/** Below this rank a type is a national diploma; the titres pro and the other titles come after all of them. */
const NATIONAL_BELOW = 7;

export function diplomaTypeRank(d: Pick<Diploma, 'type'>): number {
  return TYPE_RANK.get(d.type) ?? OTHER_RANK;
}

/**
 * The diplomas worth showing first for a trade: the national diplomas before the titres pro and the other titles;
 * within each, those taught by apprenticeship in Normandy (in the offer) before the others; then by type (CAP, Bac
 * pro, BP, BTS, BUT…), a diploma named after the trade ("CAP maçon" for a mason) before a neighbouring one, one with
 * a Normandy employment rate, an active one, lower levels first.
 */
export function rankDiplomas(k: Knowledge, diplomas: readonly Diploma[], trade?: Trade): Diploma[] {
  // A diploma named after the trade ("CAP maçon" for a mason) comes before a neighbouring one.
  const tradeWords = trade ? nameWords(trade) : [];
  const named = (d: Diploma): boolean => {
    if (tradeWords.length === 0) return false;
    const title = titleWords(d).all;
    return tradeWords.every((w) => title.has(w));
  };
  // Then how well the title fits the trade's own name: an option named by a word of the trade's name first (the
  // motorbike mechanic's "option motocycles"), an option named after another trade that leads to the same diploma
  // last (for the car mechanic, "option motocycles" is the motorbike mechanic's).
  const fit = trade ? titleFit(k, trade) : (): number => 0;
  // Within a tier and the offer: a diploma of the trade's field (its title shares telling words with its names) before one
  // that Certif Info links to it loosely (the horse-farm bac pro for a cattle breeder): see diploma-fit.ts.
  const ofField = trade ? fitsTradeField(k, trade, diplomas) : (): boolean => true;
  // Each diploma is keyed once, not at every comparison of the sort (a trade may list dozens).
  const tier = (d: Diploma): number => {
    const rank = diplomaTypeRank(d);
    return rank < NATIONAL_BELOW ? 0 : rank === NATIONAL_BELOW ? 1 : 2;
  };
  const keyed = diplomas.map((d) => ({
    d,
    key: [tier(d), k.establishmentsByDiploma.has(d.id) ? 0 : 1, ofField(d) ? 0 : 1, diplomaTypeRank(d), named(d) ? 0 : 1, fit(d), latestApprenticeshipOutcome(d) ? 0 : 1, d.active ? 0 : 1, d.level],
  }));
  const byKey = (a: readonly number[], b: readonly number[]): number => {
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
    return 0;
  };
  return keyed.sort((a, b) => byKey(a.key, b.key) || frenchOrder(a.d.title, b.d.title)).map((x) => x.d);
}

/** The words of a trade's short name that can tell one title from another (not "de", "en"). */
function nameWords(trade: Trade): readonly string[] {
  return nameWordsByLabel.get(trade.label, () => tokenize(normalizeKnown(tradeShortName(trade))).filter((w) => w.length > 3).map(matchKey));
}

/** Per knowledge snapshot: for each diploma, the trades that lead to it (built once, on first use). */
const tradesByDiplomaCache = new WeakMap<Knowledge, Map<string, Trade[]>>();
function tradesByDiploma(k: Knowledge): Map<string, Trade[]> {
  let index = tradesByDiplomaCache.get(k);
  if (!index) {
    index = new Map();
    for (const t of k.trades.values()) {
      const ids = new Set([...(t.diplomas ?? []), ...(t.diplomas_by_title ?? []), ...(t.diplomas_by_field ?? [])]);
      for (const id of ids) index.set(id, [...(index.get(id) ?? []), t]);
    }
    tradesByDiplomaCache.set(k, index);
  }
  return index;
}

/**
 * How a diploma's title fits a trade, as a sort key (lower first): minus the number of the trade's name words in it;
 * otherwise 1 plus the number of its words that name other trades leading to it ("véhicules légers" names fewer
 * other trades than "véhicules de transport routier" or "motocycles").
 */
function titleFit(k: Knowledge, trade: Trade): (d: Diploma) => number {
  const own = new Set(nameWords(trade));
  const index = tradesByDiploma(k);
  return (d) => {
    const title = titleWords(d).long;
    // The more words of the trade's name the title holds, the closer it is: for the truck mechanic ("des véhicules des
    // transports routiers"), "option véhicules de transport routier" before "option motocycles", which shares only
    // "véhicules".
    const shared = new Set(title.filter((w) => own.has(w))).size;
    if (shared > 0) return -shared;
    const others = new Set((index.get(d.id) ?? []).filter((t) => t.code !== trade.code).flatMap(nameWords));
    return 1 + new Set(title.filter((w) => others.has(w))).size;
  };
}

/** One line per diploma: title, level, and the Normandy employment rate after apprenticeship when known. */
export function diplomaLine(turn: Turn, d: Diploma, withOutcome = true): string {
  const outcome = withOutcome ? latestApprenticeshipOutcome(d) : undefined;
  // "CAP boulanger" says its type; "Mécanicien automobile" (a certification) does not, so the type is added.
  const typed = normalizeKnown(d.title).startsWith(normalizeKnown(d.type));
  const base = typed
    ? say(turn, 'diploma.line', { title: d.title, level: d.level })
    : say(turn, 'diploma.line_typed', { title: d.title, type: d.type, level: d.level });
  if (!outcome) return base;
  return `${base} ${say(turn, 'diploma.outcome', outcomeParams(outcome))}`;
}

/**
 * "CAP boulanger : en Normandie, 73 % des apprentis en emploi 12 mois après (…)", the same figure as diplomaLine's,
 * on a line of its own: for a card whose first screen lists the diplomas short and keeps the figures behind its toggle.
 */
export function diplomaOutcomeLine(turn: Turn, d: Diploma): string | undefined {
  const outcome = latestApprenticeshipOutcome(d);
  return outcome ? say(turn, 'diploma.outcome_of', { title: d.title, ...outcomeParams(outcome) }) : undefined;
}

function outcomeParams(outcome: NonNullable<ReturnType<typeof latestApprenticeshipOutcome>>): { rate: number; months: number; cohort: string } {
  return { rate: outcome.rate_12m ?? outcome.rate_6m ?? 0, months: outcome.rate_12m !== undefined ? 12 : 6, cohort: outcome.cohort };
}

/**
 * Remembers the data files and the service links of the list or card being shown, for "c'est quoi ta source ?" and
 * "t'as le lien ?" right after it (support/answer-source.ts).
 */
export function rememberData(turn: Turn, sources: Readonly<Record<string, DataSource>>, ids: readonly string[], links: readonly string[]): void {
  turn.data.lastData = { sources: ids.flatMap((id) => (sources[id] ? [sources[id]] : [])), links: [...links] };
}

/** "Source : ROME 4.0 (France Travail), données du 18 décembre 2024" for each source id of an imported record. */
export function importedSources(turn: Turn, sources: Readonly<Record<string, { producer: string; data_date: string }>>, ids: readonly string[]): string[] {
  // Newest first: only the first line is on a phone's first screen, and it must be the catalogue of the newest offers
  // listed (a 2020 file's date under offers of 2025 reads as stale data).
  const known = ids.flatMap((id) => (sources[id] ? [sources[id]] : []));
  known.sort((a, b) => b.data_date.localeCompare(a.data_date));
  return known.map((s) => say(turn, 'source.line', { producer: s.producer, date: formatDateFr(s.data_date) }));
}

/**
 * How much a source's site weighs, lower first: the law, then the State's sites, then its operators, then the
 * Région, then anything else. Only the first source of a card is on screen, so it should be the strongest.
 */
const AUTHORITY: readonly RegExp[] = [
  /(^|\.)legifrance\.gouv\.fr$/,
  /(^|\.)(travail-emploi\.gouv\.fr|service-public\.(gouv\.)?fr|education\.gouv\.fr|eduscol\.education\.fr)$/,
  /\.gouv\.fr$/,
  /(^|\.)(francetravail|france-travail|francecompetences|onisep|urssaf|caf|ameli|agefiph|fiphfp|asp-public)\.fr$/,
  /(^|\.)normandie\.fr$/,
];

export function sourceAuthority(url: string | undefined): number {
  let host = '';
  try {
    host = url ? new URL(url).hostname.toLowerCase() : '';
  } catch {
    return AUTHORITY.length;
  }
  const rank = AUTHORITY.findIndex((re) => re.test(host));
  return rank < 0 ? AUTHORITY.length : rank;
}

/** The card's source line for a hand-written record: who published the source, and when we checked it against it. */
export function checkedSourceLine(turn: Turn, source: { readonly producer: string }, verifiedOn: string): string {
  return say(turn, 'source.checked', { producer: source.producer, date: formatDateFr(verifiedOn) });
}

/** A source the knowledge marks `secondary: true` (a cited source record, or a record with such a `source`). */
const markedSecondary = (item: unknown): boolean => {
  const s = item as { secondary?: unknown; source?: { secondary?: unknown } } | undefined;
  return s?.secondary === true || s?.source?.secondary === true;
};

/**
 * `items` with the most authoritative source first (stable: equal ranks keep their order). A source marked
 * `secondary: true` (Unédic, CNFPT: cited for context, never for a figure) comes after every primary one, whatever its
 * site: it is never the card's one visible "Source" line while a primary source stands beside it.
 */
export function bySourceAuthority<T>(items: readonly T[], urlOf: (item: T) => string | undefined): T[] {
  return items
    .map((item, i) => ({ item, i, rank: sourceAuthority(urlOf(item)) + (markedSecondary(item) ? AUTHORITY.length + 1 : 0) }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map((x) => x.item);
}

/** A FAQ entry's card title: its neutral topic title, else its first way of asking (written neutral). */
export const faqCardTitle = (entry: Pick<FaqEntry, 'title' | 'questions'>): string => entry.title ?? (entry.questions[0] as string);

/** The age of majority: below it, the rules of work time, rest and overtime differ. */
export const ADULT_AGE = 18;

/**
 * The answer that fits the person: the version written for their situation when the entry has one (`answer_when`: a
 * resignation, a public employer, an age past the limit), else the minor's version when the apprentice's age, said in
 * the conversation, is under 18.
 */
export function answerFor(turn: Turn, entry: FaqEntry): FaqEntry['answer'] {
  return answerForProfile(turn.data.profile, entry);
}

/** The same, from the profile alone: for the routing, which must know what the answer shown will say. */
export function answerForProfile(profile: Turn['data']['profile'], entry: FaqEntry): FaqEntry['answer'] {
  const forSituation = answerWhen(entry, personConditions(profile));
  if (forSituation) return forSituation;
  return isMinor(profile) && entry.answer_minor ? entry.answer_minor : entry.answer;
}

/**
 * The apprentice is under 18: an age said under it, or, with no age, the band said in words ("je suis mineure", "mon
 * apprenti mineur", "moins de 18 ans"), which says as much for these rules (round 30: "mineur, dimanche matin ?" got
 * the adult's rule first).
 */
function isMinor(profile: Turn['data']['profile']): boolean {
  if (profile.age !== undefined) return profile.age < ADULT_AGE;
  return profile.ageBand === 'under18';
}
