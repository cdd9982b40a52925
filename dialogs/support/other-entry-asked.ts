import type { FaqEntry } from '../../src/knowledge/schema/faq.js';
import { normalize } from '../../src/text/normalize.js';
import { FAQ_ANSWER } from '../routing/thresholds.js';
import { answerSentences, partKeys } from './answer-parts.js';
import { uncoveredBy } from './faq-coverage-of.js';
import { keysAsked } from './same-card-part.js';
import type { Turn } from './turn.js';

/**
 * The card just shown was chosen again for a message about what none of its sentences writes ("et si je suis malade
 * longtemps ?" after the rupture rules, "et pour nous, elle reste à charge ?" after the prime d'activité): the next
 * FAQ entry the message is read as, if one is read clearly (FAQ_ANSWER), leaves none of its distinctive words out,
 * and writes at least one of the words asked. Undefined when none does: then our sources do not cover it.
 */
export function otherEntryAsked(turn: Turn, shownId: string | undefined, register: 'tu' | 'vous'): FaqEntry | undefined {
  const u = turn.understanding;
  const asked = keysAsked(u.normalized);
  if (asked.length === 0) return undefined;
  for (const candidate of u.faq) {
    if (candidate.entry.id === shownId || candidate.score < FAQ_ANSWER) continue;
    if (uncoveredBy(turn.kb.knowledge, candidate.entry.id, u).length > 0) continue;
    const written = answerSentences(candidate.entry, register).flatMap((s) => [...partKeys(normalize(s))]);
    const own = new Set([...written, ...candidate.entry.questions.flatMap((q) => [...partKeys(normalize(q))])]);
    if (asked.some((k) => own.has(k))) return candidate.entry;
  }
  return undefined;
}
