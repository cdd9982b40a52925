import { BoundedMemo } from '../text/memo.js';
import { foldAccents, normalize } from '../text/normalize.js';
import { SOUND_ALIKE_MIN_LETTERS, type SoundIndex } from './sound-index.js';

/**
 * "kel diplom pour etre mecanik", "c koi lalternanse", "jveu fer boulanjer": young people write words as they say
 * them. A word of the message that the bot does not know, and that sounds like exactly one word it knows (sound-index.ts),
 * is read as that word; everything else of the message is left as typed.
 *
 * Left as typed: words under five letters ("cap", "bac", "sa"), a word the bot knows (or a town's), a word the
 * normalisation already reads (the SMS lexicon's "chui", "jveu"), a word glued to a digit ("3eme", "bac2"), and a
 * word with a capital inside a sentence (a name: "je suis Kevin", "chez Dupont"), and words `alsoKnown` keeps
 * (English words, that say a message is English).
 */
export function readBySound(raw: string, index: SoundIndex, alsoKnown: (word: string) => boolean = () => false): string {
  return raw.replace(LETTERS, (word: string, offset: number) => {
    if (word.length < SOUND_ALIKE_MIN_LETTERS) return word;
    const before = raw[offset - 1] ?? '';
    const after = raw[offset + word.length] ?? '';
    if (/\d/.test(before) || /\d/.test(after)) return word;
    // "quelqu'un", "jusqu'à", "aujourd'hui": an elided word is the first half of one the normalisation joins.
    if (APOSTROPHE.test(after)) return word;
    if (isName(word, raw, offset)) return word;
    const folded = foldAccents(word);
    const tradeSaid = FINAL_E_ACUTE.test(word) ? index.tradeNounSaid(folded) : undefined;
    if (tradeSaid !== undefined) return tradeSaid;
    if (index.isKnown(folded) || alsoKnown(folded)) return word;
    return readingsOf(index).get(folded, (w) => readingOf(w, index) ?? NONE) || word;
  });
}

/** What an unknown word is read as, or nothing. */
function readingOf(folded: string, index: SoundIndex): string | undefined {
  if (normalize(folded) !== folded || index.soundsLikeATown(folded)) return undefined;
  const alike = index.soundAlike(folded);
  if (alike !== undefined) return keepsVerbEnding(folded, alike, index.isTradeNoun(alike)) ? alike : undefined;
  return withoutGluedElision(folded, index);
}

/**
 * A verb's ending typed ("rentrer", "controler", "payez", "conseilles", "travaillent") says a verb of the person's own, spelt right:
 * it is not read as a word of ours with another ending that sounds the same ("rentrée", "contrôle").
 */
function keepsVerbEnding(typed: string, known: string, knownIsTradeNoun: boolean): boolean {
  const ending = VERB_ENDING.exec(typed)?.[0];
  if (ending !== undefined) return known.endsWith(ending);
  // "exprimé", "inscrit": a participle typed is not the infinitive of ours; "-ié" is a trade's "-ier" ("plombié"), and
  // "-é" a trade's "-er" ("boulangé", "bouché"): a trade noun has no participle.
  return knownIsTradeNoun || !(known.endsWith('er') && !known.endsWith('ier') && typed.endsWith('e'));
}

const VERB_ENDING = /(?:er|ez|es|ent|ons|ait|ais|aient)$/;

/** People type the same words again and again: each unknown word's reading is worked out once per index. */
const memos = new WeakMap<SoundIndex, BoundedMemo<string>>();
const NONE = '';
function readingsOf(index: SoundIndex): BoundedMemo<string> {
  let memo = memos.get(index);
  if (!memo) memos.set(index, (memo = new BoundedMemo<string>(20_000)));
  return memo;
}

/**
 * "lalternanse", "daprentisage", "lapprentissage": an elided article or pronoun typed without its apostrophe, before
 * a word we know or one that sounds like it.
 */
function withoutGluedElision(folded: string, index: SoundIndex): string | undefined {
  const glued = GLUED_ELISION.exec(folded);
  if (!glued?.[1] || !glued[2]) return undefined;
  const rest = glued[2];
  const known = index.isKnown(rest) ? rest : index.soundAlike(rest);
  return known === undefined ? undefined : `${glued[1]}'${known}`;
}

const GLUED_ELISION = /^(qu|[ldjmnst])([aeiouyh][a-z]{4,})$/;

const LETTERS = /\p{L}+/gu;
/** "boulangé", "BOULANGÉ": the "-er" of a trade said aloud, typed as its sound (see SoundIndex.tradeNounSaid). */
const FINAL_E_ACUTE = /[éÉ]$/u;
const APOSTROPHE = /['’‘`´ʼ]/;

/** A capital first letter, the rest lower case, not where a sentence starts: a name the person typed with care. */
function isName(word: string, raw: string, offset: number): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  const before = raw.slice(0, offset).trimEnd();
  return before.length > 0 && !/[.!?…:]$/.test(before);
}
