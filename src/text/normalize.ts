import { ordinalWords, smsLexicon } from './sms-lexicon.js';

/**
 * Text normalisation for French as it is typed on phones: one canonical, accent-free, lower-case form, so that
 * "Jveu être mécano, chui à Dieppe !!" and "je veux etre mecano je suis a dieppe" meet.
 *
 * Canonical choices (other modules match against these):
 * - elisions are spelled out: "j'ai" → "je ai", "l'" → "le", "qu'" → "que", "c'est" → "ce est", "s'il" → "si il";
 * - ordinals become "<n>e": "2ème", "2eme", "2e", "deuxième" → "2e"; "1ère", "1er", "première" → "1e";
 *   "2nde"/"2de" → "seconde"; "Tle" → "terminale";
 * - number words become digits: "dix-sept" → "17", "vingt et un" → "21" ("un" alone stays an article);
 * - "€" → "euros", "+" → "plus" ("bac+2" → "bac plus 2"), "n°" → "numero";
 * - thousands groups are joined ("1 500" → "1500", "14 000" → "14000"); decimals keep a dot ("11,65" → "11.65").
 */

/** Longer input is cut: the channel already caps messages, and this bounds the work on hostile input. */
export const NORMALIZE_MAX_CHARS = 2000;

const COMBINING_MARKS = /\p{M}+/gu;

/** Lower case, accents removed, ligatures expanded ("Œuvre" → "oeuvre", "2ᵉ" → "2e"). */
export function foldAccents(s: string): string {
  return s
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    // Compatibility forms can decompose to capitals ("𝓐" → "A"): lower-case once more.
    .toLowerCase();
}

const EMOJI_WORDS: ReadonlyArray<[RegExp, string]> = [
  [/[\u{1F44D}\u{1F44C}\u2705\u2714]/gu, ' ok '],
  [/\u{1F64F}/gu, ' merci '],
];

// "apprenti(e)", "salarié·e·s", "mécanicien.ne": inclusive endings are dropped, the base word is enough.
const INCLUSIVE_ENDING = /(\p{L})(?:\((?:e|s|es|ne|le|se|re)\)s?|[·.•](?:e|es|s|ne|nes|le|les|se|ses|re|res)(?:[·.•]s)?)(?=[^\p{L}]|$)/gu;
const REPEATED_LETTERS = /(\p{L})\1{2,}/gu;
const APOSTROPHES = /['’‘`´ʼ]/g;
const THOUSANDS = /(?<![\d.])(\d{1,3})[ \u00a0\u202f](\d{3})(?![\d])/g;
const DECIMAL = /(\d)[.,](\d)/g;
const DECIMAL_MARK = '\u0001';
const NOT_WORD = /[^\p{L}\p{Nd}\u0001]+/gu;
const ORDINAL_TOKEN = /^(\d{1,2})(?:e|er|ere|re|eme|em|ieme|iem|me)$/;
const ORDINAL_SUFFIXES = new Set(['e', 'er', 'ere', 're', 'eme', 'em', 'ieme']);
const DIGITS_AND_LETTERS = /(\d+(?:\.\d+)?)/;
const J_CONSONANT = /^j([bcdfghklmnpqrstvwxz][a-z]*)$/;
/**
 * "lmontant", "lsmic", "lhoraire": "l'" typed glued to a word starting with a consonant, which no French word does
 * (at least three letters after it, so that short acronyms stay as they are).
 */
const L_CONSONANT = /^l([bcdfghjkmnpqrstvwxz][a-z]{2,})$/;
const J_TAILS: ReadonlyMap<string, string> = new Map([
  ['sui', 'suis'], ['veu', 'veux'], ['vx', 'veux'], ['ve', 'veux'], ['peu', 'peux'], ['px', 'peux'],
  ['sai', 'sais'], ['fai', 'fais'], ['vai', 'vais'], ['sp', 'sais pas'],
]);

const UNITS: ReadonlyMap<string, number> = new Map([
  ['deux', 2], ['trois', 3], ['quatre', 4], ['cinq', 5], ['six', 6], ['sept', 7], ['huit', 8], ['neuf', 9],
]);
const TEENS: ReadonlyMap<string, number> = new Map([
  ['dix', 10], ['onze', 11], ['douze', 12], ['treize', 13], ['quatorze', 14], ['quinze', 15], ['seize', 16],
]);
const TENS: ReadonlyMap<string, number> = new Map([
  ['vingt', 20], ['trente', 30], ['quarante', 40], ['cinquante', 50], ['soixante', 60],
]);

/** Words after "c" that show it was "ce" and not a shorthand for "c'est". */
const AFTER_CE = new Set(['est', 'etait', 'etaient', 'sera', 'serait', 'seront', 'a', 'ete']);
const SIMPLE_ELISIONS: ReadonlyMap<string, string> = new Map([
  ['j', 'je'], ['l', 'le'], ['d', 'de'], ['qu', 'que'], ['n', 'ne'], ['m', 'me'], ['jusqu', 'jusque'],
  ['lorsqu', 'lorsque'], ['puisqu', 'puisque'], ['quoiqu', 'quoique'],
]);

/** Canonical form of one raw message (see the module comment). Pure; linear in the (capped) input length. */
export function normalize(raw: string): string {
  let s = raw.length > NORMALIZE_MAX_CHARS ? raw.slice(0, NORMALIZE_MAX_CHARS) : raw;
  for (const [re, word] of EMOJI_WORDS) s = s.replace(re, word);
  s = s.toLowerCase().replace(INCLUSIVE_ENDING, '$1').replace(REPEATED_LETTERS, '$1');
  s = foldAccents(s)
    .replace(/\bn\s?[°º]/g, ' numero ')
    .replace(/€/g, ' euros ')
    .replace(/\+/g, ' plus ')
    .replace(/&/g, ' et ')
    .replace(/%/g, ' pourcent ')
    .replace(APOSTROPHES, ' ')
    .replace(THOUSANDS, '$1$2')
    .replace(THOUSANDS, '$1$2')
    .replace(DECIMAL, `$1${DECIMAL_MARK}$2`)
    .replace(NOT_WORD, ' ')
    .replace(/\u0001/g, '.');
  return rewriteTokens(s.split(' ').filter((t) => t.length > 0)).join(' ');
}

/** Splits a normalised string into its words (the inverse of `join(' ')`). */
export function tokenize(normalized: string): string[] {
  return normalized.split(' ').filter((t) => t.length > 0);
}

function rewriteTokens(raw: string[]): string[] {
  const expanded: string[] = [];
  for (const token of raw) expandToken(token, expanded);
  return contextRules(expanded);
}

/** Token-level rewrites that need no context: ordinals, digits glued to words, SMS lexicon, "jveu" shapes. */
function expandToken(token: string, out: string[]): void {
  const ordinal = ORDINAL_TOKEN.exec(token);
  if (ordinal) {
    out.push(`${Number(ordinal[1])}e`);
    return;
  }
  const lexical = smsLexicon.get(token) ?? ordinalWords.get(token);
  if (lexical !== undefined) {
    for (const w of lexical.split(' ')) out.push(w);
    return;
  }
  if (/\d/.test(token) && /\p{L}/u.test(token)) {
    // "17ans" → "17 ans"; "bac2" → "bac 2"
    for (const part of token.split(DIGITS_AND_LETTERS)) if (part.length > 0) expandToken(part, out);
    return;
  }
  const j = J_CONSONANT.exec(token);
  if (j?.[1] !== undefined) {
    out.push('je');
    const tail = j[1];
    const mapped = J_TAILS.get(tail) ?? smsLexicon.get(tail) ?? SIMPLE_ELISIONS.get(tail) ?? tail;
    for (const w of mapped.split(' ')) out.push(w);
    return;
  }
  const l = L_CONSONANT.exec(token);
  if (l?.[1] !== undefined) {
    out.push('le');
    for (const w of (smsLexicon.get(l[1]) ?? l[1]).split(' ')) out.push(w);
    return;
  }
  out.push(token);
}

/** Rewrites that look at the neighbours: elided letters, "2 eme", "aujourd hui", number words. */
function contextRules(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as string;
    const next = tokens[i + 1];
    const number = septAsMonth(tokens, i, out) ? undefined : readNumber(tokens, i);
    if (number) {
      out.push(String(number.value));
      i += number.length - 1;
      continue;
    }
    if (/^\d{1,2}$/.test(t) && next !== undefined && ORDINAL_SUFFIXES.has(next)) {
      out.push(`${Number(t)}e`);
      i++;
      continue;
    }
    if (t === 'aujourd' && next === 'hui') {
      out.push('aujourdhui');
      i++;
      continue;
    }
    if (t === 'quelqu' && next === 'un') {
      out.push('quelquun');
      i++;
      continue;
    }
    if (t === 'presqu' && next !== undefined) {
      out.push('presque');
      continue;
    }
    if (t === 'c') {
      out.push('ce');
      if (next === undefined || !AFTER_CE.has(next)) out.push('est');
      continue;
    }
    // "cé koi", "sé koi": "c'est" typed as it sounds, one word with its accent ("ce quoi" is no French of its own).
    if ((t === 'ce' || t === 'se') && next === 'quoi') {
      out.push('ce', 'est');
      continue;
    }
    if (t === 's') {
      out.push(next === 'il' || next === 'ils' ? 'si' : 'se');
      continue;
    }
    if (t === 't') {
      out.push(next === 'es' || next === 'as' || next === 'etais' || next === 'avais' ? 'tu' : 'te');
      continue;
    }
    // "jveu fer electricien": "fer" spelt for "faire" after a verb that takes an infinitive; elsewhere it is iron
    // ("chemin de fer", "fer forgé").
    if (t === 'fer' && BEFORE_AN_INFINITIVE.has(out[out.length - 1] ?? '')) {
      out.push('faire');
      continue;
    }
    const elided = SIMPLE_ELISIONS.get(t);
    out.push(elided ?? t);
  }
  return out;
}

/** Verbs (and "pour", "quoi") that an infinitive follows: what makes "fer" the SMS spelling of "faire". */
const BEFORE_AN_INFINITIVE: ReadonlySet<string> = new Set(
  'veux veut voulons voulez veulent voudrais voudrait peux peut pouvons pouvez peuvent vais va allons dois doit devons faut aime aimerais aimerait pour sais quoi'.split(' '),
);

/**
 * "sept" is also September's short form: "le 15 sept", "sept 2025", "fin sept". It stays a word there, so that the
 * date reader does not see "le 15 7" (the 15th of July).
 */
function septAsMonth(tokens: readonly string[], i: number, out: readonly string[]): boolean {
  if (tokens[i] !== 'sept') return false;
  const next = tokens[i + 1];
  const prev = out[out.length - 1];
  if (next === 'ans' || next === 'an') return false;
  if (next !== undefined && /^(?:19|20)\d\d$/.test(next)) return true;
  return prev !== undefined && (/^(?:[1-9]|[12]\d|3[01]|1e)$/.test(prev) || prev === 'debut' || prev === 'fin' || prev === 'mi');
}

/** Reads a French number written in words at position i ("dix sept", "vingt et un", "soixante dix"). */
function readNumber(tokens: string[], i: number): { value: number; length: number } | undefined {
  const t = tokens[i] as string;
  const next = tokens[i + 1];
  const tens = TENS.get(t) ?? (t === 'quatre' && (next === 'vingt' || next === 'vingts') ? 80 : undefined);
  if (tens !== undefined) {
    let j = tens === 80 ? i + 2 : i + 1;
    const a = tokens[j];
    const b = tokens[j + 1];
    if (a === 'et' && (b === 'un' || b === 'une')) return { value: tens + 1, length: j + 2 - i };
    if (a === 'et' && b === 'onze' && tens === 60) return { value: 71, length: j + 2 - i };
    if (tens === 60 || tens === 80) {
      const teen = readTeen(tokens, j);
      if (teen) return { value: tens + teen.value, length: j + teen.length - i };
    }
    const unit = a === undefined ? undefined : UNITS.get(a);
    if (unit !== undefined) return { value: tens + unit, length: j + 1 - i };
    if (a === 'un' && tens === 80) return { value: 81, length: j + 1 - i };
    j = tens === 80 ? i + 2 : i + 1;
    return { value: tens, length: j - i };
  }
  const teen = readTeen(tokens, i);
  if (teen) return teen;
  // "neuf" alone also means "new"; it only counts inside a compound.
  if (t !== 'neuf') {
    const unit = UNITS.get(t);
    if (unit !== undefined) return { value: unit, length: 1 };
  }
  return undefined;
}

function readTeen(tokens: string[], i: number): { value: number; length: number } | undefined {
  const t = tokens[i];
  if (t === undefined) return undefined;
  if (t === 'dix') {
    const n = tokens[i + 1];
    if (n === 'sept') return { value: 17, length: 2 };
    if (n === 'huit') return { value: 18, length: 2 };
    if (n === 'neuf') return { value: 19, length: 2 };
  }
  const v = TEENS.get(t);
  return v === undefined ? undefined : { value: v, length: 1 };
}
