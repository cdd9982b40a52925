import type { FranceFile, OutsideCommune } from '../knowledge/schema/france.js';
import { escapeRegExp } from '../text/escape-regexp.js';
import { tokenize } from '../text/normalize.js';
import { PLACE_CUES, STRONG_PLACE_CUES, TRADE_STOP_WORDS } from '../text/stop-words.js';

/** A town outside Normandy, named exactly: the bot covers Normandy and says so. */
export interface OutsideTownHit {
  town: string;
  department: string;
  /** The region's name ("Bretagne"), to point the person to their region's service. */
  region?: string;
  /** The normalised words of the message that named it. */
  span: string;
}

const MAX_PLACE_WORDS = 6;
/** The articles that begin a town's name ("La Couture", "Le Mans"). */
const ARTICLES: ReadonlySet<string> = new Set(['le', 'la', 'les']);
/** Without a place cue ("à", "vers", "de"…), only a town this big is read by its name alone ("Rennes", "Le Mans"). */
const UNCUED_MIN_POPULATION = 20_000;
/** After a cue, a town this big at least (a hamlet's name is too often an everyday word). */
const CUED_MIN_POPULATION = 2_000;

interface Index {
  /** Every commune outside Normandy by its normalised name ("montreal" → Aude, Gers, Ardèche, Yonne). */
  byName: Map<string, OutsideCommune[]>;
  regionOf: Map<string, string>;
}

/**
 * A name shared by communes of several regions points to one region only when its biggest commune is this many times
 * bigger than any other region's ("Valence": Drôme 64,458 vs Tarn-et-Garonne 5,289); otherwise no region is named
 * ("Montréal": Aude 2,136 vs Gers 1,171, and surely the Canadian city as often).
 */
const REGION_CLEAR_RATIO = 10;

const indexes = new WeakMap<object, Index>();

/** Names → the biggest commune outside Normandy of that name (one per knowledge version). */
function indexOf(france: FranceFile): Index {
  let index = indexes.get(france);
  if (!index) {
    const byName = new Map<string, OutsideCommune[]>();
    for (const c of france.communes) addByName(byName, c);
    indexes.set(france, (index = { byName, regionOf: regionsOf(france) }));
  }
  return index;
}

function addByName(byName: Map<string, OutsideCommune[]>, c: OutsideCommune): void {
  const same = byName.get(c.key);
  if (same) same.push(c);
  else byName.set(c.key, [c]);
}

function biggestOf(communes: readonly OutsideCommune[]): OutsideCommune {
  return communes.reduce((a, b) => (b.population > a.population ? b : a));
}

/** The region of the biggest commune of a name, unless another region has one of the same name nearly as big. */
function clearRegionOf(communes: readonly OutsideCommune[], biggest: OutsideCommune, regionOf: ReadonlyMap<string, string>): string | undefined {
  const region = regionOf.get(biggest.department);
  const rival = communes.some((c) => regionOf.get(c.department) !== region && c.population * REGION_CLEAR_RATIO > biggest.population);
  return rival ? undefined : region;
}

function regionsOf(france: FranceFile): Map<string, string> {
  const regions = new Map(france.regions.map((r) => [r.code, r.name]));
  return new Map(france.departements.flatMap((d) => (regions.has(d.region) ? [[d.code, regions.get(d.region) as string]] : [])));
}

/**
 * Builds the same index as the first message would, ahead of it (the warm-up after the start), `perStep` communes
 * per step so that the event loop is never held for long; a message read meanwhile builds the index itself, and
 * this one is then dropped.
 */
export function* indexOutsideTowns(france: FranceFile, perStep = 2_000): Generator<void> {
  const byName = new Map<string, OutsideCommune[]>();
  for (let i = 0; i < france.communes.length; i++) {
    if (indexes.has(france)) return;
    addByName(byName, france.communes[i] as OutsideCommune);
    if ((i + 1) % perStep === 0) yield;
  }
  if (!indexes.has(france)) indexes.set(france, { byName, regionOf: regionsOf(france) });
}

/**
 * A town outside Normandy named exactly in a normalised message ("je suis à Rennes", "Le Mans"): after a place cue,
 * or alone, or a big town anywhere. `isKnownWord` keeps our own words out (a trade word, a word of the FAQ).
 */
export function outsideTownInText(
  france: FranceFile,
  normalized: string,
  isKnownWord: (w: string) => boolean = () => false,
  raw?: string,
): OutsideTownHit | undefined {
  const { byName, regionOf } = indexOf(france);
  const tokens = tokenize(normalized);
  for (let size = Math.min(MAX_PLACE_WORDS, tokens.length); size >= 1; size--) {
    for (let i = 0; i + size <= tokens.length; i++) {
      const span = tokens.slice(i, i + size).join(' ');
      const exact = byName.get(span);
      const contracted = exact ? undefined : contractedName(tokens, i, span, byName);
      const named = exact ?? (contracted ? byName.get(contracted) : undefined);
      if (!named || span.length < 3 || TRADE_STOP_WORDS.has(span)) continue;
      // "au Mans", "aux Sables-d'Olonne": the article is inside "au"/"aux"; the name is a town only where "le"/"les"
      // plus the word would be (a common noun needs its capital, as after "à la").
      if (contracted !== undefined && isKnownWord(span) && !(raw !== undefined && capitalisedIn(raw, span, size === tokens.length))) continue;
      // One of our own words is a town only right after "à", "vers", "près"… ("CAP cuisine à Tours"), or with its
      // capital. One with its article is a common noun with its article ("faire de la couture", "un apprentissage à
      // l'hôpital", "il est à la crèche"): that town only when the noun has its capital ("je vais à La Couture",
      // "j'habite à L'Hôpital"), since "à la …" says a workplace as often as a town.
      const withArticle = size === 2 && ARTICLES.has(tokens[i] as string);
      const word = size === 1 ? span : withArticle ? (tokens[i + 1] as string) : undefined;
      if (word !== undefined && isKnownWord(word)) {
        const whole = size === tokens.length;
        const named = withArticle
          ? raw !== undefined && nounCapitalisedIn(raw, word, whole)
          : placeCueBefore(tokens, i, size, raw) || (raw !== undefined && capitalisedIn(raw, span, whole));
        if (!named) continue;
      }
      const cued = (i > 0 && PLACE_CUES.has(tokens[i - 1] as string)) || size === tokens.length;
      const commune = biggestOf(named);
      if (commune.population < (cued ? CUED_MIN_POPULATION : UNCUED_MIN_POPULATION)) continue;
      const region = clearRegionOf(named, commune, regionOf);
      return { town: commune.name, department: commune.department, ...(region ? { region } : {}), span };
    }
  }
  return undefined;
}

/** "au X" is "à le X", "aux X" is "à les X": the town's name with its article, when one has it ("Le Mans"). */
function contractedName(tokens: readonly string[], i: number, span: string, byName: ReadonlyMap<string, unknown>): string | undefined {
  const article = CONTRACTED_ARTICLE[tokens[i - 1] ?? ''];
  if (article === undefined || COMPLEMENTS.has(tokens[i + span.split(' ').length] ?? '')) return undefined;
  const name = `${article} ${span}`;
  return byName.has(name) ? name : undefined;
}

const CONTRACTED_ARTICLE: Readonly<Record<string, string>> = { au: 'le', aux: 'les' };

/** Subjects before "a" that make it the verb ("il a cours", "y a cours"), not "à" without its accent. */
const SUBJECTS_OF_A: ReadonlySet<string> = new Set(['il', 'elle', 'on', 'y', 'qui', 'ce', 'ca', 'cela', 'tu', 'ne', 'en', 'me', 'te', 'se', 'nous', 'vous', 'lui', 'leur', 'le', 'la', 'les']);
/** Determiners before a noun that may be the subject of "a" ("mon fils a cours"). */
const DETERMINERS: ReadonlySet<string> = new Set(['mon', 'ma', 'ton', 'ta', 'son', 'sa', 'le', 'la', 'l', 'un', 'une', 'notre', 'votre', 'leur', 'ce', 'cet', 'cette']);
/** Words after "au X" / "aux X" that make it a phrase ("au cours de", "aux cours du CFA"), not a cue before a town's name. */
const COMPLEMENTS: ReadonlySet<string> = new Set(['de', 'du', 'des', 'd']);

/**
 * Whether the word at `i` follows a cue that really says a place: "à", "vers", "près"… but not "a" after a subject
 * ("il a cours": the verb), nor "au X de" / "aux X du" ("au cours de la formation", "aux cours du CFA": phrases).
 */
function placeCueBefore(tokens: readonly string[], i: number, size: number, raw: string | undefined): boolean {
  const cue = tokens[i - 1];
  if (cue === undefined || !STRONG_PLACE_CUES.has(cue)) return false;
  // "a" written without its accent is the verb after a subject: a pronoun ("il a cours") or a noun after its
  // determiner ("ma fille a cours"); "à" written with it is always the place's.
  const verbA = SUBJECTS_OF_A.has(tokens[i - 2] ?? '') || DETERMINERS.has(tokens[i - 3] ?? '');
  if (cue === 'a' && verbA && !(raw !== undefined && accentedABefore(raw, tokens.slice(i, i + size).join(' ')))) return false;
  if ((cue === 'au' || cue === 'aux') && COMPLEMENTS.has(tokens[i + size] ?? '')) return false;
  return true;
}

/**
 * Whether the person wrote the name with its capital ("de Tours", "sur Tours"), not as a sentence's first word
 * ("Cours de maths ?") unless it is the whole message ("Tours").
 */
function capitalisedIn(raw: string, span: string, whole: boolean): boolean {
  const plain = raw.normalize('NFD').replace(/\p{M}/gu, '');
  const words = span.split(' ').map(escapeRegExp);
  const name = words.map((w) => `${(w[0] as string).toUpperCase()}${w.slice(1)}`).join("[\\s'’-]+");
  const at = new RegExp(`(^|[^\\p{L}])${name}(?![\\p{L}])`, 'gu');
  for (const m of plain.matchAll(at)) {
    const before = plain.slice(0, m.index + (m[1] as string).length).trimEnd();
    if (whole || (before.length > 0 && !/[.!?]$/.test(before))) return true;
  }
  return false;
}

/**
 * Whether the person wrote a common noun after its article with the capital of a name ("à La Couture", "à
 * L'Hôpital", "vers la Crèche"), not as a sentence's first words ("La garde d'enfants…", "L'Hôpital recrute ?")
 * unless they are the whole message. `noun` is normalised; the article may be "le", "la", "les" or "l'".
 */
function nounCapitalisedIn(raw: string, noun: string, whole: boolean): boolean {
  const plain = raw.normalize('NFD').replace(/\p{M}/gu, '');
  const name = `${(noun[0] as string).toUpperCase()}${escapeRegExp(noun.slice(1))}`;
  const at = new RegExp(`(^|[^\\p{L}])(?:[Ll]es?|[Ll]a|[Ll])[\\s'’-]+${name}(?![\\p{L}])`, 'gu');
  for (const m of plain.matchAll(at)) {
    const before = plain.slice(0, m.index + (m[1] as string).length).trimEnd();
    if (whole || (before.length > 0 && !/[.!?]$/.test(before))) return true;
  }
  return false;
}

/** Whether the person wrote "à" with its accent right before the name (normalised `span`). */
function accentedABefore(raw: string, span: string): boolean {
  const plain = raw.toLowerCase().replace(/à/g, '\u0001').normalize('NFD').replace(/\p{M}/gu, '');
  const name = span.split(' ').map(escapeRegExp).join("[\\s'’-]+");
  return new RegExp(`\u0001\\s+${name}(?![\\p{L}])`, 'u').test(plain);
}
