import type { FaqEntry } from '../../src/knowledge/schema/faq.js';
import { escapeRegExp } from '../../src/text/escape-regexp.js';
import { normalize } from '../../src/text/normalize.js';

/**
 * Whether the person says they have the thing an entry defines ("j'ai une RQTH, je peux faire un apprentissage ?",
 * "avec mon contrat pro…", "j'ai un maître d'apprentissage qui…") without asking what it is or how to get it: they
 * know it already, so the entry that defines it ("Comment obtenir une RQTH ?") is not their question.
 */
export function holdsDefinedTerm(entry: FaqEntry, normalized: string): boolean {
  const held = heldPatternOf(entry);
  return held !== undefined && !ASKS_WHAT_OR_HOW_TO_GET.test(normalized) && held.test(normalized);
}

/** One pattern per entry, built once (this runs for every FAQ hit of every message). */
const heldPatterns = new WeakMap<FaqEntry, RegExp>();

function heldPatternOf(entry: FaqEntry): RegExp | undefined {
  if (entry.defines === undefined) return undefined;
  let pattern = heldPatterns.get(entry);
  if (!pattern) {
    const terms = entry.defines.map((term) => escapeRegExp(normalize(term))).join('|');
    pattern = new RegExp(`\\b(?:je ai|j ai|jai|on a|il a|elle a|avec) (?:une|un|ma|mon|sa|son|notre|deja une|deja un) (?:${terms})\\b`);
    heldPatterns.set(entry, pattern);
  }
  return pattern;
}

/** "c'est quoi", "ça veut dire", "obtenir", "demander": what the thing is, or how to get it, is asked after all. */
const ASKS_WHAT_OR_HOW_TO_GET = /\b(?:quoi|definition|veut dire|signifie|obtenir|obtient|demander|demande|reconnaitre|renouveler)\b/;
