import type { FranceFile, OutsideCommune } from '../knowledge/schema/france.js';
import { normalize, tokenize } from '../text/normalize.js';
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
  byName: Map<string, OutsideCommune>;
  regionOf: Map<string, string>;
}

const indexes = new WeakMap<object, Index>();

/** Names → the biggest commune outside Normandy of that name (one per knowledge version). */
function indexOf(france: FranceFile): Index {
  let index = indexes.get(france);
  if (!index) {
    const byName = new Map<string, OutsideCommune>();
    for (const c of france.communes) addByName(byName, c);
    indexes.set(france, (index = { byName, regionOf: regionsOf(france) }));
  }
  return index;
}

function addByName(byName: Map<string, OutsideCommune>, c: OutsideCommune): void {
  const key = normalize(c.name);
  const other = byName.get(key);
  if (!other || other.population < c.population) byName.set(key, c);
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
  const byName = new Map<string, OutsideCommune>();
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
export function outsideTownInText(france: FranceFile, normalized: string, isKnownWord: (w: string) => boolean = () => false): OutsideTownHit | undefined {
  const { byName, regionOf } = indexOf(france);
  const tokens = tokenize(normalized);
  for (let size = Math.min(MAX_PLACE_WORDS, tokens.length); size >= 1; size--) {
    for (let i = 0; i + size <= tokens.length; i++) {
      const span = tokens.slice(i, i + size).join(' ');
      const commune = byName.get(span);
      if (!commune || span.length < 3 || TRADE_STOP_WORDS.has(span)) continue;
      // One of our own words is a town only right after "à", "vers", "près"… ("CAP cuisine à Tours").
      // So is one with its article ("faire de la couture" is not La Couture, "je vais à La Couture" is).
      const word = size === 1 ? span : size === 2 && ARTICLES.has(tokens[i] as string) ? (tokens[i + 1] as string) : undefined;
      if (word !== undefined && isKnownWord(word) && !(i > 0 && STRONG_PLACE_CUES.has(tokens[i - 1] as string))) continue;
      const cued = (i > 0 && PLACE_CUES.has(tokens[i - 1] as string)) || size === tokens.length;
      if (commune.population < (cued ? CUED_MIN_POPULATION : UNCUED_MIN_POPULATION)) continue;
      const region = regionOf.get(commune.department);
      return { town: commune.name, department: commune.department, ...(region ? { region } : {}), span };
    }
  }
  return undefined;
}
