import type { Topic } from '../../src/knowledge/schema/vocabulary.js';
import { AID_WORD, PAY_WORDS } from '../../src/nlu/cues.js';
import { stem } from '../../src/text/stem.js';
import type { Profile } from '../support/state.js';
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
const PAYING = /\b(?:payer|toucher|touchera|remunerer)\b/;

/**
 * A pay question of its own: the classifier is sure of the pay, the message gives its detail (an age) and says the
 * pay in words ("il aura 16 ans, combien je dois le payer ?"), whatever its pronoun points at.
 */
export function payOfItsOwn(u: Understanding): boolean {
  return TOPIC_OF_INTENT.get(u.intent) === 'salary' && u.confidence >= FOLLOW_UP_OVERRIDE && givesDetails('salary', u) && (PAY_WORDS.test(u.normalized) || PAYING.test(u.normalized));
}

/** The words by which a message names a topic of its own in words, whatever its pronouns point at. */
const TOPIC_NAMED: ReadonlyMap<Topic, RegExp> = new Map([
  ['salary', new RegExp(`${PAY_WORDS.source}|${PAYING.source}`)],
  ['aids', AID_WORD],
]);

/**
 * The details a topic works with are known, told now or in the earlier turns: the young person's age or the contract
 * year for the pay; the company's size, who is asking, or a signed contract for the aids.
 */
function detailsKnown(topic: Topic, u: Understanding, profile: Readonly<Profile>): boolean {
  if (givesDetails(topic, u)) return true;
  if (topic === 'salary') return profile.age !== undefined || profile.contractYear !== undefined;
  return profile.companySize !== undefined || profile.persona !== undefined || profile.contractConcluded !== undefined;
}

/**
 * A pay or aid question of its own right after an answer on something else: the employer told the minimum age for his
 * 15-year-old apprentice asks "je dois le payer combien ?", then "et l'aide de l'état c'est combien pour moi ?". The
 * message reads clearly as that topic, names it in words the last answer does not say ("payer", "aide"), and what the
 * topic needs is known from this message or an earlier one: its pronoun ("le", "la") means the apprentice, not the
 * last answer, which does not cover it.
 */
export function topicOfItsOwn(u: Understanding, profile: Readonly<Profile>, lastAnswerStems: ReadonlySet<string> | undefined): boolean {
  const readings = readingsOf(u);
  const lead = readings[0];
  if (lead?.kind !== 'topic' || lead.score < FAQ_ANSWER || !isClear(readings)) return false;
  const named = TOPIC_NAMED.get(lead.topic);
  if (named === undefined || !detailsKnown(lead.topic, u, profile)) return false;
  const words = u.normalized.split(' ').filter((w) => named.test(w));
  return words.length > 0 && (lastAnswerStems === undefined || words.every((w) => !lastAnswerStems.has(stem(w))));
}
