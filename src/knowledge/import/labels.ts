import { foldAccents } from '../../text/normalize.js';

/**
 * ROME labels pack both genders in one string: "Boulanger / Boulangère", "Abatteur / Abatteuse de carrière",
 * "Technicien itinérant / Technicienne itinérante de maintenance". Users type one form, so we split them.
 *
 * Rule: the left side holds the n masculine words; the first n words on the right are the feminine ones and
 * what follows is shared ("de carrière"). When the right side is shorter ("Artiste Plasticien / Plasticienne"),
 * the left words it lacks are a shared prefix.
 */
export function splitGenderedLabel(label: string): string[] {
  const clean = label.replace(/\s+/g, ' ').trim();
  const parts = clean.split(' / ');
  if (parts.length !== 2) return [clean];
  const left = (parts[0] ?? '').split(' ').filter(Boolean);
  const right = (parts[1] ?? '').split(' ').filter(Boolean);
  if (left.length === 0 || right.length === 0) return [clean];
  const n = left.length;
  if (right.length >= n) {
    const suffix = right.slice(n);
    return [[...left, ...suffix].join(' '), right.join(' ')];
  }
  // "Homme sage-femme / Sage-femme": the right side is a whole alternative, not the end of the left one.
  const k = right.length;
  const sharedPrefix = left.slice(0, n - k);
  if (sameWord(left[n - k], right[0])) return [left.join(' '), right.join(' ')];
  return [left.join(' '), [...sharedPrefix, ...right].join(' ')];
}

function sameWord(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();
}

/** Lower-cases the first letter ("Boulangère" → "boulangère") unless the first word is an acronym (SAV, BIM). */
export function lowerFirst(s: string): string {
  const first = s.split(/[\s-]/)[0] ?? '';
  if (first.length > 1 && first === first.toUpperCase() && /[A-Z]/.test(first)) return s;
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** The synonyms a label gives: the original, then each gender form in lower case (accents kept). */
export function labelSynonyms(label: string): string[] {
  const clean = label.replace(/\s+/g, ' ').trim();
  const out = [clean];
  for (const form of splitGenderedLabel(clean)) {
    const lower = lowerFirst(form);
    // "Manager de proximité" → "manager de proximité" adds nothing that case-folding would not.
    if (lower.toLowerCase() !== clean.toLowerCase()) out.push(lower);
  }
  return [...new Set(out)];
}

/**
 * The ROME writes capitals without their accent ("Eleveur", "Electricien", "Educateur"), which French typography
 * keeps ("Éleveur"). The accented form of such a word, taken from the same data where it is written in lower case
 * ("polyculteur éleveur"): only a word the lexicon knows gets an accent, none is guessed.
 */
export function withCapitalAccents(label: string, lexicon: ReadonlyMap<string, string>): string {
  return label.replace(/(^|[\s'/(-])(E)([a-zà-ÿ]+)/g, (whole, before: string, _e: string, rest: string) => {
    const accented = lexicon.get(`e${rest}`);
    return accented ? `${before}${accented.charAt(0).toUpperCase()}${accented.slice(1)}` : whole;
  });
}

/**
 * From texts written in lower case, each word starting with "é" keyed by its unaccented first letter ("eleveur" →
 * "éleveur"), for `withCapitalAccents`. A key written both ways in the data (with "e" and with "é") is left out:
 * the data itself does not say which one a capital hides.
 */
export function accentLexicon(texts: Iterable<string>): Map<string, string> {
  const accented = new Map<string, string>();
  const plain = new Set<string>();
  for (const text of texts) {
    for (const word of text.match(/(?<![\p{L}])[eé][a-zà-ÿ]+/gu) ?? []) {
      if (word.startsWith('é')) accented.set(`e${word.slice(1)}`, word);
      else plain.add(word);
    }
  }
  for (const key of plain) accented.delete(key);
  return accented;
}

const ACCENTED = /[à-ÿÀ-ß]/;
const WORD = /\p{L}+/gu;

/**
 * Some files drop every accent of a title ("Bac pro metiers de la logistique", "Economie appliquee"), while the
 * same words are written with their accents elsewhere in the data. From texts that do carry accents, each
 * accented word keyed by its letters without accents ("metiers" → "métiers"). A key that the accented texts also
 * write without any accent ("a" / "à", "ou" / "où") or with two different accents ("diplome": "diplôme" /
 * "diplômé") is left out: the data does not say which one a bare word means.
 */
export function wordAccentLexicon(texts: Iterable<string>): Map<string, string> {
  const forms = new Map<string, Set<string>>();
  const plain = new Set<string>();
  for (const text of texts) {
    if (!ACCENTED.test(text)) continue;
    for (const raw of text.match(WORD) ?? []) {
      const word = raw.toLowerCase();
      const key = foldAccents(word);
      if (key === word) plain.add(word);
      else forms.set(key, (forms.get(key) ?? new Set()).add(word));
    }
  }
  const lexicon = new Map<string, string>();
  for (const [key, words] of forms) {
    const [only] = words;
    if (words.size === 1 && only && !plain.has(key)) lexicon.set(key, only);
  }
  return lexicon;
}

/**
 * A text written with no accent at all gets back the accents of the words `lexicon` knows, keeping each word's
 * capital; acronyms (two capitals or more: "MASTER", "BTS") and texts that already carry an accent are left as
 * they are, and a word the lexicon does not know keeps its letters: nothing is guessed.
 */
export function withWordAccents(text: string, lexicon: ReadonlyMap<string, string>): string {
  if (ACCENTED.test(text)) return text;
  return text.replace(WORD, (word) => {
    if (word.length > 1 && word === word.toUpperCase()) return word;
    const accented = lexicon.get(word.toLowerCase());
    if (!accented) return word;
    return word.charAt(0) === word.charAt(0).toUpperCase() ? accented.charAt(0).toUpperCase() + accented.slice(1) : accented;
  });
}
