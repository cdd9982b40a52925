import type { Knowledge } from '../knowledge/snapshot.js';
import type { KnowledgeBase } from '../knowledge/store.js';
import { foldAccents } from '../text/normalize.js';
import { phoneticKey } from '../text/phonetic-key.js';
import { TRADE_STOP_WORDS } from '../text/stop-words.js';

/**
 * The words the bot knows, by how they sound: every word of the trades' titles and aliases, the diplomas' titles,
 * the FAQ (ways of asking, answers), the aids, the interests, the training phrases and the bot's own messages. Built
 * once per knowledge version (a reload builds a new one), like the everyday words (everyday-words.ts).
 *
 * A word typed that is none of them may be one of them spelt as it sounds ("mecanik", "aprentisaj"): `soundAlike`
 * gives the known word of the same phonetic key (phonetic-key.ts), when the key points to one word or one word's
 * inflections (singular, plural, feminine) clearly more often written than any other.
 */
export interface SoundIndex {
  /** A word we know as it is typed (accent-folded, lower case): never read as another. */
  isKnown(word: string): boolean;
  /** The known word that sounds like this unknown one, or undefined (none, or several alike). */
  soundAlike(word: string): string | undefined;
  /** The word sounds like a Normandy town ("lisieu", "bayeu"): the towns' own fuzzy search reads it, not this index. */
  soundsLikeATown(word: string): boolean;
  /**
   * A word of a trade's title or alias ending in "-er" ("boulanger", "boucher", "horloger"): a noun, so "boulangé"
   * typed is that trade said aloud, not a participle of a verb ("exprimé" is not "exprimer").
   */
  isTradeNoun(word: string): boolean;
  /**
   * The trade noun in "-er" whose sound this word without its "-r" is ("boulange" → "boulanger"), when that spelling is
   * no word of our texts: "boulangé" typed with its accent is the trade said aloud, even where a town elsewhere in France
   * is spelt "Boulange"; "bouche" (in "métiers de bouche") is a word of ours, so "bouché" stays as typed.
   */
  tradeNounSaid(word: string): string | undefined;
}

/**
 * Words shorter than this are never read as another: too many short words sound alike ("cap", "bac", "sa"), and
 * four letters are often a clipped word of the person's own ("univ", "prof", "appart").
 */
export const SOUND_ALIKE_MIN_LETTERS = 5;
/**
 * A Normandy town's word our texts write this often is a word more than a name ("bois" in "bois, menuiserie"): its
 * sound stays open to misspellings. Town names proper (Lisieux, Caen, Rouen) are written a few dozen times at most.
 */
const WORD_MORE_THAN_A_NAME = 100;
/** A key this short ("bayeu" → "be") sounds like too many things to be read as one. */
const SOUND_ALIKE_MIN_KEY = 3;
/**
 * A word written once or twice in all our texts (a rare verb form: "génèrent") is no reading for a word we do not
 * know, which is more likely a French word of the person's own ("gênant") than a misspelling of it.
 */
const MIN_TIMES_WRITTEN = 3;
/** A key's most written word (with its inflections) wins when written this many times more than the next one. */
const CLEAR_LEAD = 3;

const indexes = new WeakMap<Knowledge, SoundIndex>();

/**
 * The index of this knowledge version, built on first use (at the bot's warm-up, or by the first turn that needs it)
 * and kept per version and per process. With a knowledge cache (src/knowledge/cache.ts) its data is read back from the
 * cache's 'sounds' entry, or built and stored there for the next start: the build walks 2 MB of text (a few hundred
 * milliseconds, over a second on a loaded machine), reading the entry back takes a few milliseconds.
 */
export function soundIndexOf(kb: KnowledgeBase): SoundIndex {
  let index = indexes.get(kb.knowledge);
  if (!index) indexes.set(kb.knowledge, (index = soundIndexFromData(kb.cache ? cachedData(kb) : soundIndexData(kb.knowledge))));
  return index;
}

/**
 * What the index answers from, as plain data (JSON: it is kept in the knowledge cache). The same data gives the same
 * answers, whether just built or read back.
 */
export interface SoundIndexData {
  /** Every word of our texts and of the places' names, as written there (accent-folded, lower case). */
  known: string[];
  /** The phonetic keys of the Normandy towns' names (see soundsLikeATown). */
  townKeys: string[];
  /** Each phonetic key read as one known word, with that word (keys with no clear word, or a town's, are absent). */
  alike: Array<[string, string]>;
  /** The words of the trades' titles and aliases that end in "-er" (see isTradeNoun). */
  tradeNouns: string[];
  /** Each such noun without its "-r", when that is no word of our texts, with the noun (see tradeNounSaid). */
  tradeNounsSaid: Array<[string, string]>;
}

/** Builds the index (see soundIndexData). */
export function buildSoundIndex(knowledge: Knowledge): SoundIndex {
  return soundIndexFromData(soundIndexData(knowledge));
}

/** The index that answers from this data. */
export function soundIndexFromData(data: SoundIndexData): SoundIndex {
  const known = new Set(data.known);
  const townKeys = new Set(data.townKeys);
  const alike = new Map(data.alike);
  const tradeNouns = new Set(data.tradeNouns);
  const tradeNounsSaid = new Map(data.tradeNounsSaid);
  return {
    isTradeNoun: (w) => tradeNouns.has(w),
    tradeNounSaid: (w) => tradeNounsSaid.get(w),
    isKnown: (w) => known.has(w) || TRADE_STOP_WORDS.has(w),
    soundsLikeATown: (w) => townKeys.has(phoneticKey(w)),
    soundAlike: (w) => {
      if (w.length < SOUND_ALIKE_MIN_LETTERS) return undefined;
      const key = phoneticKey(w);
      return key.length < SOUND_ALIKE_MIN_KEY ? undefined : alike.get(key);
    },
  };
}

/**
 * The index's data from the knowledge cache (same files, same code: the same data, exactly), or built and stored
 * there for the next start. An entry that is not what it should be is built again (and rewritten); a cache that
 * cannot be written only costs the next start a build.
 */
function cachedData(kb: KnowledgeBase): SoundIndexData {
  const read = kb.cache?.read<unknown>('sounds');
  if (read?.hit && isSoundIndexData(read.value)) return read.value;
  const data = soundIndexData(kb.knowledge);
  try {
    kb.cache?.write('sounds', data);
  } catch {
    // A read-only data folder: the index is built at each start, as without a cache.
  }
  return data;
}

function isSoundIndexData(value: unknown): value is SoundIndexData {
  if (value === null || typeof value !== 'object') return false;
  const { known, townKeys, alike, tradeNouns, tradeNounsSaid } = value as Partial<Record<keyof SoundIndexData, unknown>>;
  const strings = (a: unknown): boolean => Array.isArray(a) && a.every((s) => typeof s === 'string');
  return (
    strings(known) &&
    strings(townKeys) &&
    strings(tradeNouns) &&
    Array.isArray(tradeNounsSaid) &&
    tradeNounsSaid.every((p) => Array.isArray(p) && p.length === 2 && typeof p[0] === 'string' && typeof p[1] === 'string') &&
    Array.isArray(alike) &&
    alike.every((p) => Array.isArray(p) && p.length === 2 && typeof p[0] === 'string' && typeof p[1] === 'string')
  );
}

const WORD = /\p{L}+/gu;
const JOINED_ELISIONS = /\b(aujourd|quelqu)['’ ]?(hui|un)\b/g;

/**
 * The index's data from the knowledge's texts. Town names are known words (never read as another) but no word is
 * read as a town: towns are matched by their own fuzzy search (search.ts); and a word that sounds like a Normandy
 * town's name ("lisieu", "evreu") is left to that search, even when it also sounds like a word of ours.
 */
export function soundIndexData(knowledge: Knowledge): SoundIndexData {
  const counts = new Map<string, number>();
  const count = (text: string): void => {
    if (/^https?:/.test(text)) return;
    // The text folded once (not word by word: 47,000 texts), and "aujourd'hui", "quelqu'un" one word, as normalize writes them.
    for (const w of foldAccents(text).replace(JOINED_ELISIONS, '$1$2').match(WORD) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  };
  for (const text of vocabularyTexts(knowledge)) count(text);

  const places = new Set<string>();
  const normandyPlaces = new Set<string>();
  const addPlace = (name: string, normandy: boolean): void => {
    for (const raw of name.match(WORD) ?? []) {
      const w = foldAccents(raw);
      places.add(w);
      if (normandy && w.length >= SOUND_ALIKE_MIN_LETTERS && (counts.get(w) ?? 0) < WORD_MORE_THAN_A_NAME) normandyPlaces.add(w);
    }
  };
  for (const c of knowledge.communes.values()) addPlace(c.name, true);
  for (const c of knowledge.formerCommunes) if (c.name) addPlace(c.name, true);
  for (const c of knowledge.files.france.communes) addPlace(c.name, false);
  for (const d of knowledge.files.france.departements) addPlace(d.name, false);
  for (const r of knowledge.files.france.regions) addPlace(r.name, false);

  const byKey = new Map<string, Map<string, number>>();
  for (const [w, n] of counts) {
    if (w.length < SOUND_ALIKE_MIN_LETTERS) continue;
    const key = phoneticKey(w);
    let words = byKey.get(key);
    if (!words) byKey.set(key, (words = new Map()));
    words.set(w, n);
  }
  const townKeys = new Set<string>();
  for (const w of normandyPlaces) townKeys.add(phoneticKey(w));

  // Every key's word chosen now (a few thousand keys): the data holds the answers, not the counts behind them.
  const alike: Array<[string, string]> = [];
  for (const [key, words] of byKey) {
    if (key.length < SOUND_ALIKE_MIN_KEY || townKeys.has(key)) continue;
    const word = clearLead(words);
    if (word !== undefined) alike.push([key, word]);
  }
  const tradeNouns = tradeNounsOf(knowledge);
  const tradeNounsSaid = tradeNouns.filter((n) => !counts.has(n.slice(0, -1))).map((n): [string, string] => [n.slice(0, -1), n]);
  return { known: [...new Set([...counts.keys(), ...places])], townKeys: [...townKeys], alike, tradeNouns, tradeNounsSaid };
}

/**
 * The "-er" nouns of the trades' titles and aliases (see SoundIndex.isTradeNoun): a word in "-er" written with its
 * feminine in "-ère" in the same title ("Boulanger / Boulangère", "Maraîcher / Maraîchère"). A verb of a title
 * ("exprimer", "imprimer") has no feminine, and its participle ("exprimé") stays as typed.
 */
function tradeNounsOf(knowledge: Knowledge): string[] {
  const nouns = new Set<string>();
  for (const t of knowledge.trades.values())
    for (const text of [t.label, ...t.synonyms]) {
      const words = new Set(foldAccents(text).toLowerCase().match(WORD) ?? []);
      for (const w of words) if (w.length >= SOUND_ALIKE_MIN_LETTERS && w.endsWith('er') && words.has(`${w.slice(0, -2)}ere`)) nouns.add(w);
    }
  return [...nouns].sort();
}

/**
 * The word a key points to: its words grouped by inflection ("diplome", "diplomes"), the group written clearly most
 * often, and in it its most written word.
 */
function clearLead(words: ReadonlyMap<string, number>): string | undefined {
  const groups = new Map<string, { total: number; best: string; bestCount: number }>();
  for (const [w, n] of words) {
    const lemma = inflectionFree(w);
    const g = groups.get(lemma);
    if (!g) groups.set(lemma, { total: n, best: w, bestCount: n });
    else {
      g.total += n;
      if (n > g.bestCount) {
        g.best = w;
        g.bestCount = n;
      }
    }
  }
  const ranked = [...groups.values()].sort((a, b) => b.total - a.total);
  const [first, second] = ranked;
  if (!first) return undefined;
  if (first.total < MIN_TIMES_WRITTEN || (second && first.total < CLEAR_LEAD * second.total)) return undefined;
  return first.best;
}

/** A word without its plural and feminine endings, to group "coiffeur", "coiffeurs", "coiffeuse", "coiffeuses". */
function inflectionFree(w: string): string {
  return w.replace(/(?:euses?|eurs?|ieres?|iers?|iennes?|iens?|ees?|es|s|x|e)$/, '');
}

/** The texts whose words the bot knows (see the module comment). */
function* vocabularyTexts(k: Knowledge): Generator<string> {
  for (const t of k.trades.values()) {
    yield t.label;
    yield* t.synonyms;
  }
  for (const d of k.diplomas.values()) yield d.title;
  yield* stringsIn(k.files.metiersFamiliers);
  yield* stringsIn(k.files.interets);
  yield* stringsIn(k.faq);
  yield* stringsIn(k.aids);
  yield* stringsIn(k.files.intents);
  yield* stringsIn(k.files.messages);
}

function* stringsIn(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const v of value) yield* stringsIn(v);
  else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) yield* stringsIn(v);
}
