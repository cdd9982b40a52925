import type { FaqEntry } from '../../src/knowledge/schema/faq.js';
import { readingContextOf } from './readings.js';
import type { RoutingInput } from './route.js';
import { audienceOf, isForSide, speakerSide } from './side.js';
import { NEAR_ENTRY_COVERAGE, NEAR_ENTRY_SCORE } from './thresholds.js';

/** How many of the matcher's best entries are read for one next to the last answer (about a fifth of the FAQ). */
const NEAR_ENTRY_READ = 20;

/**
 * "et s'il veut y mettre fin dans quelques mois ?" after the signing of the contract, "et une fois trouvé, le contrat se
 * fait comment ?" after the search for an employer: the answer is not in the card just shown but in an entry next to
 * it — one it links to (its `related`, either way) or one near its question (`inContext`). The matcher's own reading
 * of the message (on its scale, over more entries than the understanding keeps) is read among those entries only, the
 * last answer being the context: the best one written for the speaker's side that holds most of the message's words
 * and reads well enough (NEAR_ENTRY_COVERAGE, NEAR_ENTRY_SCORE) answers it, before we say the last answer does not
 * cover it.
 */
export function nearEntryAsked(input: RoutingInput, lastId: string): string | undefined {
  const related = new Set(input.faqRelated?.(lastId) ?? []);
  const near = new Set(input.inContext ?? []);
  const side = speakerSide(input.understanding, readingContextOf(input.data.profile));
  // Not every entry of its subject: "et comment je trouve celle de ma ville ?" after the Mission Locale asks about it,
  // not about La bonne alternance, another entry of the search for an employer.
  const nextTo = (entry: FaqEntry): boolean => related.has(entry.id) || entry.related.includes(lastId) || near.has(entry.id);
  const matches = input.faqMatch?.(NEAR_ENTRY_READ) ?? input.understanding.faq.map((h) => ({ ...h, id: h.entry.id }));
  for (const m of matches) {
    if (m.id === lastId || m.id === input.data.lastFaq || m.coverage < NEAR_ENTRY_COVERAGE || m.score < NEAR_ENTRY_SCORE) continue;
    const entry = input.faqEntry?.(m.id);
    if (entry && nextTo(entry) && isForSide(audienceOf({ kind: 'faq', entry }), side)) return entry.id;
  }
  return undefined;
}
