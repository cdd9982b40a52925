import type { Topic } from '../../src/knowledge/schema/vocabulary.js';
import { PAY_WORDS } from '../../src/nlu/cues.js';
import type { Understanding } from '../../src/nlu/understanding.js';
import { TOPIC_OF_INTENT } from './facts.js';
import { givesDetails, isClear, readingsOf } from './readings.js';
import { FAQ_ANSWER, FOLLOW_UP_OVERRIDE } from './thresholds.js';

/** What the conversation showed last: its topic, and the FAQ entry when it was one. */
export interface LastShown {
  readonly topic?: Topic | 'faq' | undefined;
  readonly faq?: string | undefined;
}

/**
 * The message is a question of its own, whatever card came before: a topic intent the classifier is sure of (other
 * than the last topic), or a FAQ entry that leads clearly and is neither the last answer nor the FAQ's own version of
 * the last topic ("et le cfa ça coûte combien ?" after the pay is the cost of the courses, not the pay grid again).
 * The one guard the follow-up rules share before they keep the thread (carry-over.ts, answer-follow-up.ts).
 */
export function questionOfItsOwn(u: Understanding, last: LastShown): boolean {
  const sureTopic = TOPIC_OF_INTENT.get(u.intent);
  if (sureTopic !== undefined && u.confidence >= FOLLOW_UP_OVERRIDE && sureTopic !== last.topic) return true;
  const readings = readingsOf(u);
  const lead = readings[0];
  if (lead?.kind !== 'faq' || lead.id === last.faq || lead.score < FAQ_ANSWER || !isClear(readings)) return false;
  const topicOfEntry = u.faq.find((h) => h.entry.id === lead.id)?.entry.topic;
  return topicOfEntry === undefined || topicOfEntry !== last.topic;
}

/** Verbs of paying someone or receiving money ("le payer", "il touchera"), beside the wage words of the cues. */
const PAYING = /\b(?:payer|toucher|touchera)\b/;

/**
 * A pay question of its own: the classifier is sure of the pay, the message gives its detail (an age) and says the
 * pay in words ("il aura 16 ans, combien je dois le payer ?"), whatever its pronoun points at.
 */
export function payOfItsOwn(u: Understanding): boolean {
  return TOPIC_OF_INTENT.get(u.intent) === 'salary' && u.confidence >= FOLLOW_UP_OVERRIDE && givesDetails('salary', u) && (PAY_WORDS.test(u.normalized) || PAYING.test(u.normalized));
}
