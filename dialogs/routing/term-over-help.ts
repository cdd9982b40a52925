import type { Understanding } from '../../src/nlu/understanding.js';

/** How sure the FAQ must be of the term's entry: the reading leads, well above a guess. */
const TERM_ENTRY_SURE = 0.6;
/** Interruptions a bare "comment on fait ?" reads, which a term named beside them makes a question on that term. */
const HOW_INTERRUPTIONS: ReadonlySet<string> = new Set(['help', 'restart']);

/**
 * "Comment l'inscrit-on ? Par Affelnet ?", "et l'OPCO, comment ça marche ?", "on fait comment avec le Cerfa ?": the
 * wording reads as "help" (what can the bot do), but the message names a distinctive term of the knowledge, and the
 * FAQ reads that term's entry as the question — that entry answers, not the capability menu. The FAQ's own reading
 * must lead on the term's entry, so "je veux de l'aide pour trouver un CFA" (a search) stays where it goes.
 */
export function termEntryOverHelp(u: Understanding): string | undefined {
  if (u.kind !== 'text' || !HOW_INTERRUPTIONS.has(u.intent) || u.outside || u.commune) return undefined;
  // "c'est quoi l'OPCO exactement ?", "et le CFA, c'est quoi exactement ?": a question that only asks what a term is
  // (defined-term.ts: no word beside it but ways of asking) is that term's definition, however "help" it reads.
  if (u.definedTerm) return u.definedTerm.entryId;
  if (!u.namedTerm) return undefined;
  const first = u.faq[0];
  if (!first || first.entry.id !== u.namedTerm.entryId || first.probability < TERM_ENTRY_SURE) return undefined;
  return first.entry.id;
}
