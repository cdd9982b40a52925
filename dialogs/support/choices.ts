import { normalize, tokenize } from '../../src/text/normalize.js';
import { normalizeKnown } from '../../src/text/normalize-known.js';
import { boundedEditDistance, matchKey } from '../../src/text/fuzzy.js';

/**
 * Recognises which of the offered choices a typed answer means: the exact title, its ordinal ("la 2eme", "2"),
 * a word of it ("coiffure" for "Coiffure, esthétique"), or a close misspelling. Everything goes through our
 * normaliser, so accents, case and SMS spelling do not matter. Returns the index, or undefined.
 * `isEveryday` names the words of everyday French: such a word, typed as it is, is no misspelling of a choice one
 * letter away ("tu peux m'aider ?" is not the button "Les aides").
 */
/** Prepositions of 4 letters or more: they tie a choice's words together, they never name one. */
const PREPOSITIONS: ReadonlySet<string> = new Set(['pour', 'avec', 'dans', 'sans', 'chez', 'sous', 'vers', 'entre', 'depuis', 'pendant', 'apres', 'avant', 'contre', 'selon', 'malgre', 'parmi', 'durant']);

export function recognizeChoice(answer: string, choices: readonly string[], isEveryday: (word: string) => boolean = () => false): number | undefined {
  const a = normalize(answer);
  if (a.length === 0 || choices.length === 0) return undefined;
  const normalized = choices.map(normalizeKnown);

  const exact = normalized.indexOf(a);
  if (exact >= 0) return exact;

  const tokens = tokenize(a);
  // "2e" when one choice is "2e année": the number names the choice before it names a position.
  const numbers = tokens.filter((t) => /^\d+e?$/.test(t));
  for (const t of numbers) {
    // "2" and "2e" both name "2e année".
    const forms = new Set([t, t.endsWith('e') ? t.slice(0, -1) : `${t}e`]);
    const holders = normalized.flatMap((c, i) => (tokenize(c).some((w) => forms.has(w)) ? [i] : []));
    if (holders.length === 1) return holders[0];
  }
  // "la 2e", "2", "le deuxieme", "numero 3": an ordinal alone picks by position (unless the choices are numbers).
  const choicesAreNumbers = normalized.every((c) => /^\d/.test(c));
  if (!choicesAreNumbers && tokens.length <= 3) {
    for (const t of tokens) {
      const m = /^(\d)e?$/.exec(t);
      if (m) {
        const i = Number(m[1]) - 1;
        if (i >= 0 && i < choices.length) return i;
      }
    }
  }

  // The answer starts a choice, or a choice is contained in the answer ("oui stp" → "Oui").
  const prefix = normalized.findIndex((c) => c.startsWith(a) && a.length >= 3);
  if (prefix >= 0) return prefix;
  const contained = normalized.findIndex((c) => c.length >= 2 && ` ${a} `.includes(` ${c} `));
  if (contained >= 0) return contained;

  // A meaningful word shared with exactly one choice: the same word, its feminine or plural ("employeuse" for
  // "employeur"), or one typo in a word of 5 letters or more. Words every choice has ("je suis") do not count.
  const wordsOf = normalized.map((c) => tokenize(c).filter((w) => w.length >= 4));
  const common = new Set(wordsOf[0]?.filter((w) => wordsOf.every((ws) => ws.includes(w))) ?? []);
  // A preposition is no word of a choice ("et pour le loyer ?" does not pick "Prime d'activité pour un apprenti").
  const meaningful = tokens.filter((t) => t.length >= 4 && !common.has(t) && !PREPOSITIONS.has(t));
  const same = (t: string, w: string): boolean =>
    t === w || matchKey(t) === matchKey(w) || (t.length >= 5 && !isEveryday(t) && boundedEditDistance(t, w, 1) <= 1);
  const matches = wordsOf
    .map((ws, i) => ({ i, hit: ws.some((w) => !common.has(w) && meaningful.some((t) => same(t, w))) }))
    .filter((m) => m.hit);
  return matches.length === 1 ? matches[0]!.i : undefined;
}
