import type { Aid } from '../../src/knowledge/schema/aid.js';
import type { Topic } from '../../src/knowledge/schema/vocabulary.js';
import { conceptOf } from '../../src/nlu/concepts.js';
import type { Understanding } from '../../src/nlu/understanding.js';
import { AID_INTENT_NEAR, AID_TIE } from './thresholds.js';

/** The intents that are topics, and the topic each one means (the two aid intents are one topic). */
export const TOPIC_OF_INTENT: ReadonlyMap<string, Topic> = new Map([
  ['salary', 'salary'],
  ['aids', 'aids'],
  ['employer_aids', 'aids'],
  ['training', 'training'],
  ['trade', 'trade'],
  ['orientation', 'orientation'],
  ['find_employer', 'find_employer'],
]);

/** Topics a follow-up ("et pour 19 ans ?", "et à Caen ?") can carry over to. */
export const CARRY_OVER: ReadonlySet<Topic> = new Set(['salary', 'training', 'trade', 'aids', 'orientation']);

/** Words of a question of its own (pay, aids, hiring) beside a story, a trade's first step or a next step. */
export const OWN_QUESTION_CONCEPTS: ReadonlySet<string> = new Set(['@pay', '@aid', '@hire']);
/** The same, and a course asked for: beside a field denied or liked, a question that goes its own way. */
export const OWN_QUESTION_OR_COURSE_CONCEPTS: ReadonlySet<string> = new Set([...OWN_QUESTION_CONCEPTS, '@course']);

/** A word of the message stands for one of these concepts (the lexicon of src/nlu/concepts.ts). */
export function namesConcept(u: Understanding, concepts: ReadonlySet<string>): boolean {
  return u.normalized.split(' ').some((w) => concepts.has(conceptOf(w) ?? ''));
}

/** The message names a place in Normandy to look courses up around: a commune, or a whole département ("dans le 27"). */
export function namesPlace(u: Understanding): boolean {
  return u.commune !== undefined || u.departement !== undefined;
}

/**
 * The message asks where, naming no town ("et pour elle ça serait où ?", "ya rien plus près ?", "c'est où en
 * Normandie ?"): while the town is asked, the answer is the question's first answer (the places by département).
 */
export function asksWhereBack(u: Understanding): boolean {
  return u.cues.asksWhere || u.cues.nearer || (!namesPlace(u) && u.cues.whereToLearn);
}

/** Whether the message states a detail a topic can use (an age, a year, a town…). */
export function hasFacts(u: Understanding): boolean {
  const f = u.facts;
  return (
    f.age !== undefined ||
    f.contractYear !== undefined ||
    f.companySize !== undefined ||
    f.contractType !== undefined ||
    f.diplomaType !== undefined ||
    f.disability !== undefined ||
    f.contractConcluded !== undefined ||
    namesPlace(u) ||
    u.trade !== undefined
  );
}

/** Nothing a course search could use: no trade, diploma, town, interest or place outside Normandy. */
export function nothingToSearch(u: Understanding): boolean {
  return !u.trade && u.facts.diplomaType === undefined && !namesPlace(u) && !u.outside && u.facts.interests.length === 0;
}

/** Whether one of the aid intents is first or second: the message leans to aids. */
export function aidIntentNear(u: Understanding): boolean {
  return u.ranking.slice(0, 2).some((r) => (r.intent === 'aids' || r.intent === 'employer_aids') && r.score >= AID_INTENT_NEAR);
}

/** "les aides", "quelles aides", "des aides": the plural with a determiner names aids, never a call for help. */
const AIDS_NAMED = /\b(?:les|des|quelles|aux|ces|de|mes|nos|vos) aides\b/;

/**
 * "c'est quoi les aides ?" may read as a call for help ("aide"), with an aid intent close behind: it asks for the
 * aids, and must not open the help menu.
 */
export function helpMeansAids(u: Understanding): boolean {
  return u.intent === 'help' && aidIntentNear(u) && AIDS_NAMED.test(u.normalized);
}

/** "quelle aide je touche ?": "toucher" leans to pay, but the aid intents close behind and the word "aide" settle it. */
export function aidWordTiesWithPay(u: Understanding): boolean {
  const top = u.ranking[0];
  if (!top || !u.cues.aidWord) return false;
  // The two aid intents share the evidence between them: together they stand against pay.
  const aid = u.ranking.filter((r) => r.intent === 'aids' || r.intent === 'employer_aids').reduce((sum, r) => sum + r.score, 0);
  return aid >= top.score * AID_TIE;
}

export function aidMentionsAmount(aid: Aid, amount: number): boolean {
  return aid.amount.some((item) => {
    switch (item.kind) {
      case 'fixed':
        return item.value === amount;
      case 'range':
        return amount >= item.min && amount <= item.max;
      case 'table':
        return item.rows.some((r) => r.value === amount);
      default:
        return false;
    }
  });
}

/** The classifier read one of these intents. */
export const isIntent = (u: Understanding, ...intents: string[]): boolean => intents.includes(u.intent);
