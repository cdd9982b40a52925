import type { FaqEntry } from '../../src/knowledge/schema/faq.js';
import { normalize } from '../../src/text/normalize.js';

/**
 * Whether the person says they have the thing an entry defines ("j'ai une RQTH, je peux faire un apprentissage ?",
 * "avec mon contrat pro…", "j'ai un maître d'apprentissage qui…") without asking what it is or how to get it: they
 * know it already, so the entry that defines it ("Comment obtenir une RQTH ?") is not their question.
 */
export function holdsDefinedTerm(entry: FaqEntry, normalized: string): boolean {
  if (entry.defines === undefined || ASKS_WHAT_OR_HOW_TO_GET.test(normalized)) return false;
  return entry.defines.some((term) => new RegExp(`\\b(?:je ai|j ai|jai|on a|il a|elle a|avec) (?:une|un|ma|mon|sa|son|notre|deja une|deja un) ${normalize(term)}\\b`).test(normalized));
}

/** "c'est quoi", "ça veut dire", "obtenir", "demander": what the thing is, or how to get it, is asked after all. */
const ASKS_WHAT_OR_HOW_TO_GET = /\b(?:quoi|definition|veut dire|signifie|obtenir|obtient|demander|demande|reconnaitre|renouveler)\b/;
