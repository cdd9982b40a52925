import type { Aid } from '../knowledge/schema/aid.js';
import type { Search } from '../knowledge/search.js';
import { tokenize } from '../text/normalize.js';

/**
 * The aid a normalised message names by one of its keywords: every meaningful word of the keyword appears in the
 * message, in any order ("l'aide de 500 euros pour le permis" names "aide permis"). The keyword with most words wins.
 * A number keeps the word it counts ("45 ans"): "45 heures par semaine à 20 ans" does not name the aid for people
 * aged 45 and over.
 */
export function aidNamedIn(search: Search, normalized: string): Aid | undefined {
  const words = new Set(tokenize(normalized));
  const padded = ` ${normalized} `;
  let best: { aid: Aid; size: number } | undefined;
  for (const k of search.aidKeywords) {
    if (k.words.every((w) => words.has(w)) && numbersKeepTheirWord(k.words, padded) && (!best || k.words.length > best.size)) best = { aid: k.aid, size: k.words.length };
  }
  return best?.aid;
}

function numbersKeepTheirWord(keyword: readonly string[], padded: string): boolean {
  return keyword.every((w, i) => !/^\d+$/.test(w) || i + 1 >= keyword.length || padded.includes(` ${w} ${keyword[i + 1]} `));
}

/** The words that start the name of an aid ("la prime …", "l'aide …", "le chèque …"). */
// "la prime Apprenti+ 900 €": a "+" belongs to the name it ends; "le Chèque Normandie Alternance": the head word may
// be written with a capital too.
const AID_HEAD = /(?:^|[^\p{L}])(?:[Pp]rime|[Aa]ide|[Aa]llocation|[Cc]hèque|[Cc]heque|[Bb]ourse|[Bb]onus|[Pp]ass|[Dd]ispositif|[Ss]ubvention)\s+((?:[\p{Lu}\d][\p{L}\d'’+-]*)(?:\s+(?:[\p{Lu}\d][\p{L}\d'’+-]*|de|des|du|pour|jeunes?|apprentis?))*)/u;
/** Who gives aids, not a name of its own: "l'aide Région Normandie" names no particular aid. */
const GIVER_WORDS: ReadonlySet<string> = new Set(['région', 'region', 'normandie', 'état', 'etat', 'caf', 'france', 'travail', 'opco',
  'mission', 'locale', 'de', 'des', 'du', 'pour', 'agefiph', 'urssaf', 'asp', 'cfa', 'msa']);

/**
 * The name of an aid the message gives as a name ("la prime Normandie Apprentis 2026", "l'aide Jeunes Talents") when
 * it names no aid of the knowledge: written with capitals or a year, and not only the name of who gives aids. Said
 * back as unknown, never answered with another aid's card.
 */
export function unknownAidName(text: string): string | undefined {
  const m = AID_HEAD.exec(text);
  const name = m?.[1] === undefined ? undefined : nameBeforeAmount(m[1]);
  if (!name) return undefined;
  const words = name.split(/\s+/);
  const own = words.filter((w) => !GIVER_WORDS.has(w.toLowerCase()) && !/^\d+$/.test(w) && /^\p{Lu}/u.test(w));
  const year = words.some((w) => /^20\d\d$/.test(w));
  return own.length > 0 || (year && words.length > 1) ? name : undefined;
}

/** Words that join an amount to the name before it ("… de 3 000 €", "… Plus de 3 000 €" read as "more than"). */
const BEFORE_AMOUNT: ReadonlySet<string> = new Set(['de', 'des', 'du', 'pour', 'plus', 'moins', 'environ', 'jusqu', 'à', 'a']);

/**
 * The name as the message writes it, up to the amount it pays: the words before the first number that is not a year
 * ("Normandie Apprentis 2026" keeps its year), less the joining words left at its end. Round 32 (review 22 X2): "la
 * prime Normandie Apprenti Plus de 3 000 €" was said back as "« Normandie Apprenti Plus de »": the amount's
 * thousands were taken off before the "de" that joined it, and the "de" stayed. Cut at the amount first, whatever
 * its digit groups, then the joining words; a capitalised word ("Plus", "Pouce" of "Coup de Pouce") is the name's.
 */
export function nameBeforeAmount(captured: string): string {
  const words = captured.trim().split(/\s+/);
  // "… 2026 de 2000 €": a number after a joining word is what the aid pays, even one that reads as a year.
  const amount = words.findIndex((w, i) => /^\d/.test(w) && (!/^20\d\d$/.test(w) || BEFORE_AMOUNT.has(words[i - 1] ?? '')));
  const kept = amount < 0 ? words : words.slice(0, amount);
  while (kept.length > 1 && BEFORE_AMOUNT.has(kept.at(-1)!)) kept.pop();
  return kept.join(' ');
}
