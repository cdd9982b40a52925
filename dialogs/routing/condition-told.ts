import { ownWordStems } from '../support/answer-words.js';
import { hasQuestionWord } from './asks.js';
import { conditionsMet } from './readings.js';
import type { RoutingInput } from './route.js';
import { CONDITION_TOLD_MAX_WORDS } from './thresholds.js';

/**
 * "j'ai une RQTH" after the age limit, "je veux reprendre la ferme de mes parents" after the same answer: the person
 * tells, in a few words, that they are in one of the cases the last answer's linked entries are written for (their
 * `applies_when` in faq.yaml). That entry is the answer, not the entry that the words alone read best (how to obtain
 * an RQTH). A longer message, or one with a question word ("j'ai une RQTH, comment la renouveler ?"), asks a question of
 * its own and is read by the whole FAQ.
 */
export function entryForConditionTold(input: RoutingInput): string | undefined {
  const { understanding: u, data } = input;
  const lastId = data.lastFaq;
  if (data.lastTopic !== 'faq' || lastId === undefined || !input.faqRelated || !input.faqAppliesWhen) return undefined;
  if (ownWordStems(u.normalized).length > CONDITION_TOLD_MAX_WORDS || hasQuestionWord(u)) return undefined;
  // Only what this message tells: a case known before was already weighed by the last answer.
  const told = conditionsMet(u, {});
  if (told.size === 0) return undefined;
  return input.faqRelated(lastId).find((id) => input.faqAppliesWhen?.(id).some((c) => told.has(c)));
}
