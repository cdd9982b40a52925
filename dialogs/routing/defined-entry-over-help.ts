import type { Understanding } from '../../src/nlu/understanding.js';
import { normalize } from '../../src/text/normalize.js';

/** How sure the FAQ must be of the term's entry: the reading leads, well above a guess (as term-over-help.ts). */
const TERM_ENTRY_SURE = 0.6;

/**
 * Round 28 (issue 11): "à quoi sert l'OPCO pour notre entreprise ?", "le CFA ça sert à quoi pour mon fils ?": "à quoi
 * ça sert" reads as "help" (what the bot is for), but the message names a term that the FAQ's leading entry itself
 * defines (its `defines`), and the FAQ is sure of that entry: the term's definition answers, not the capability menu.
 * term-over-help.ts does it for the distinctive terms only (namedTerm); a term as common as CFA or OPCO needs the FAQ's
 * own reading to agree, which this requires.
 */
export function definedEntryOverHelp(u: Understanding): string | undefined {
  // A place or a country named says where the question is set: "en Belgique comment ça marche l'apprentissage ?" asks
  // that country's system (unknown-asked.ts), not what apprenticeship is.
  if (u.kind !== 'text' || u.intent !== 'help' || u.outside || u.commune || u.abroad) return undefined;
  const first = u.faq[0];
  if (!first || first.probability < TERM_ENTRY_SURE) return undefined;
  const terms = (first.entry.defines ?? []).map((raw) => normalize(raw)).filter((term) => term.length > 0);
  return terms.some((term) => new RegExp(`\\b${term.replace(/ /g, '\\s+')}s?\\b`).test(u.normalized)) ? first.entry.id : undefined;
}
