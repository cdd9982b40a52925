import { organisationNamedIn } from '../../src/nlu/defined-term.js';
import { answerFor } from './knowledge-views.js';
import { registerOfTurn, type Turn } from './turn.js';

/**
 * The FAQ entry defining the first organisation the last answer named (the FAQ entry's answer then its details, or
 * the aid's summary then how to apply): what "c'est qui eux ?" or "c quoi ça ?" asks about right after it.
 */
export function organisationOfLastAnswer(turn: Turn): string | undefined {
  const register = registerOfTurn(turn);
  const { lastTopic, lastFaq, lastAid } = turn.data;
  let text: string | undefined;
  if (lastTopic === 'faq' && lastFaq) {
    const entry = turn.kb.search.faqEntry(lastFaq);
    if (entry) text = `${answerFor(turn, entry)[register]} ${entry.details?.[register] ?? ''}`;
  } else if (lastTopic === 'aids' && lastAid) {
    const aid = turn.kb.knowledge.aids.find((a) => a.id === lastAid);
    if (aid) text = `${aid.summary[register]} ${aid.how_to_apply[register]}`;
  }
  if (text === undefined) return undefined;
  const named = organisationNamedIn(text, turn.kb.knowledge.faq);
  return named && named.entryId !== lastFaq ? named.entryId : undefined;
}
