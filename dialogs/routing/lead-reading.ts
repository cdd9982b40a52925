/**
 * The readings of a routing input, computed once per routing, and what its lead reading says: a topic probable
 * enough to route on, a FAQ entry past the guess line, one that fits the person, one that reads only part of the
 * message. The rules of the table ask these; they decide nothing by themselves.
 */
import type { RoutingInput, Route } from './route.js';
import { FAQ_LAST_RESORT_COVERAGE, TOPIC_MIN, TOPIC_WEAK_LEAD, FAQ_GUESS, FAQ_ANSWER } from './thresholds.js';
import { readingsOf, readingContextOf, isClear, conditionsMet, ownCaseTold, type Reading } from './readings.js';
import type { Topic } from '../../src/knowledge/schema/vocabulary.js';
import { entryFits } from '../support/person-conditions.js';
import { aidsAudienceGuessed } from '../support/aid-audience.js';
import { missingSlot } from '../support/slot-needs.js';

/** The FAQ entry that leads the readings reads only part of the message (under half of its words). */
export function faqLeadIsPartial(input: RoutingInput): boolean {
  const lead = readings(input)[0];
  if (lead?.kind !== 'faq') return false;
  const hit = input.understanding.faq.find((h) => h.entry.id === lead.id);
  return hit !== undefined && hit.coverage < FAQ_LAST_RESORT_COVERAGE;
}

const readingsCache = new WeakMap<RoutingInput, Reading[]>();

/** The readings of the message, best first (computed once per routing). */
export function readings(input: RoutingInput): Reading[] {
  let r = readingsCache.get(input);
  if (!r) readingsCache.set(input, (r = readingsOf(input.understanding, readingContextOf(input.data.profile))));
  return r;
}

/** The best reading when it is a topic probable enough to be routed on its words alone. */
export function leadTopic(input: RoutingInput): Topic | undefined {
  const lead = readings(input)[0];
  return lead?.kind === 'topic' && lead.score >= TOPIC_MIN ? lead.topic : undefined;
}

export function weakTopicLead(input: RoutingInput): Topic | undefined {
  const all = readings(input);
  const lead = all[0];
  return lead?.kind === 'topic' && lead.score >= TOPIC_WEAK_LEAD && isClear(all) ? lead.topic : undefined;
}

/**
 * The best reading is a FAQ entry read as the question asked (past FAQ_ANSWER, clear of the next): "où déposer une
 * offre d'apprentissage pour trouver un candidat ?" is La bonne alternance's entry, which a rule on a looser cue
 * (candidate-sought) leaves to it.
 */
export function faqAnswersIt(input: RoutingInput): boolean {
  const all = readings(input);
  const lead = all[0];
  return lead?.kind === 'faq' && lead.score >= FAQ_ANSWER && isClear(all);
}

/** The best reading is a FAQ entry read well enough to be a guess ("mon fils en a 15": the minimum age's entry). */
export function faqReadsIt(input: RoutingInput): boolean {
  const lead = readings(input)[0];
  return lead?.kind === 'faq' && lead.score >= FAQ_GUESS;
}

/**
 * The lead reading is a FAQ entry past the guess line, clear of the next one, whose answer is for this person (its
 * conditions in faq.yaml).
 */
export function fittingFaqLeads(input: RoutingInput): boolean {
  const all = readings(input);
  const lead = all[0];
  if (lead?.kind !== 'faq' || lead.score < FAQ_GUESS || !isClear(all)) return false;
  const entry = input.understanding.faq.find((h) => h.entry.id === lead.id)?.entry;
  const context = readingContextOf(input.data.profile);
  return entry !== undefined && entryFits(entry, conditionsMet(input.understanding, context), ownCaseTold(input.understanding, context));
}

/** The leading reading when it is a FAQ entry on age that fits the person (their age, their case told). */
export function fittingAgeEntryLeading(input: RoutingInput): string | undefined {
  const lead = readings(input)[0];
  if (lead?.kind !== 'faq' || lead.score < FAQ_GUESS) return undefined;
  const entry = input.understanding.faq.find((h) => h.entry.id === lead.id)?.entry;
  const context = readingContextOf(input.data.profile);
  const fits = entry !== undefined && entryFits(entry, conditionsMet(input.understanding, context), ownCaseTold(input.understanding, context));
  return fits && entry.category === 'age' ? lead.id : undefined;
}

/** The route of a FAQ answer, with the next two readings as "did you mean" choices when the lead is not clear. */
export function faqAnswer(input: RoutingInput, id: string): Route {
  const all = readings(input);
  const others = all.filter((r) => !(r.kind === 'faq' && r.id === id)).slice(0, 2);
  const lead = all[0];
  const clear = lead?.kind === 'faq' && lead.id === id && lead.score >= FAQ_ANSWER && isClear(all);
  return clear || others.length === 0 ? { kind: 'faq_entry', id } : { kind: 'faq_entry', id, alternatives: others };
}

/**
 * A topic that would now ask a question (the town, the age, who is asking) while the message reads almost as well as
 * a FAQ question: the FAQ's answer, with the topic offered beside it. A question is asked only when the topic is clear.
 */
export function faqOverSlotQuestion(input: RoutingInput): string | undefined {
  const all = readings(input);
  const topic = leadTopic(input);
  // Aids answered for a guessed person (nobody said who asks) are a guess as much as a question: an unclear reading
  // that a FAQ entry reads almost as well gets that entry ("les apprentis ont droit à des tickets resto ?").
  const guess = topic === 'aids' && aidsAudienceGuessed(input.data.profile);
  if (!topic || isClear(all) || (missingSlot(topic, input.data.profile, input.understanding.normalized) === undefined && !guess)) return undefined;
  const faq = all.slice(1, 3).find((r) => r.kind === 'faq' && r.score >= FAQ_GUESS);
  return faq?.kind === 'faq' ? faq.id : undefined;
}
