/**
 * What makes a message a trade or course question: a trade named clearly (or whole with a town), a trade and a
 * town with nothing of a company, a course word, an activity described in words that name its trade; and the sure
 * topics that keep their own answer beside a trade or a field. Pure predicates over the understanding and its readings.
 */
import type { Understanding } from '../../src/nlu/understanding.js';
import { CLEAR_TRADE, FOLLOW_UP_OVERRIDE, EXACT_TRADE, WHOLE_ACTIVITY, TOPIC_WEAK_LEAD, FAQ_LAST_RESORT_COVERAGE } from './thresholds.js';
import { TOPIC_OF_INTENT, namesPlace, namesConcept } from './facts.js';
import type { Topic } from '../../src/knowledge/schema/vocabulary.js';
import { givesDetails } from './readings.js';
import type { RoutingInput } from './route.js';
import { readings, faqLeadIsPartial, leadTopic } from './lead-reading.js';
import { asksSomething, hasQuestionWord } from './asks.js';
import { tradeWordsOf } from '../support/trades-headed-by.js';

/**
 * A trade named whole (every word of its title) with a town is a course request, even inside a long message whose
 * other words lower the trade's score ("je m'appelle …, mon numéro c'est le 06… et je veux être boulanger à Caen").
 */
export const namedTradeAndTown = (u: Understanding): boolean => u.trade?.whole === true && u.commune !== undefined;

export const clearTrade = (u: Understanding): boolean => u.trade !== undefined && (u.trade.score >= CLEAR_TRADE || namedTradeAndTown(u));

/** The classifier is sure of a topic other than courses and trades ("combien je gagne dans le 76 ?" is the pay). */
export function otherTopicIsSure(u: Understanding): boolean {
  return u.confidence >= FOLLOW_UP_OVERRIDE && TOPIC_OF_INTENT.has(u.intent) && u.intent !== 'training' && u.intent !== 'trade';
}

/**
 * Sure of a topic that is none of those a field's courses answer (the course search, the trade, the orientation, the
 * employer search): the pay or the aids asked beside a field keep their own answer.
 */
export function sureOfTopicBeyondCourses(u: Understanding): boolean {
  return otherTopicIsSure(u) && u.intent !== 'orientation' && u.intent !== 'find_employer';
}

/** The topic of a sure topic intent, when the message gives the details that topic works with (an age for the pay). */
export function sureTopicWithDetails(u: Understanding): Topic | undefined {
  const t = TOPIC_OF_INTENT.get(u.intent);
  return t !== undefined && u.confidence >= FOLLOW_UP_OVERRIDE && givesDetails(t, u) ? t : undefined;
}

/**
 * A clear trade and a Normandy place with nothing of a company or an offer: a course request, even when the classifier
 * leans to the employer search ("je cherche boulanger vers Vire") or a FAQ entry reads a few of its other words.
 */
export function tradeAndTownAsked(input: RoutingInput): boolean {
  const u = input.understanding;
  if (!clearTrade(u) || !namesPlace(u) || u.cues.employerWord) return false;
  // "salut jsuis boulanger à Yvetot, 2 salariés, jcherche un apprenti, ya quoi comme aide": an employer's own trade
  // and town, with a word of aid, ask for the hiring aids (review 5: the course search answered a baker).
  if (u.facts.persona === 'employeur' && u.cues.aidWord) return false;
  if (otherTopicIsSure(u) && u.intent !== 'find_employer') return false;
  // A lead on courses or trades is routed to the course search further down (trade-with-place, topic-lead).
  const lead = readings(input)[0];
  if (lead?.kind === 'topic') return lead.topic !== 'training' && lead.topic !== 'trade';
  return lead === undefined || faqLeadIsPartial(input);
}

/**
 * The orientation read from a message whose trade is matched word for word on a phrase of several words (an
 * activity, "réparer des vélos", or a full title), not on one field word ("la cuisine" may still be the quiz).
 */
export function workDescribed(input: RoutingInput): boolean {
  const t = input.understanding.trade;
  // An activity of several words, or the worker its activity noun names among them (trades.ts, tradeOfMessage).
  if (!t || (t.phrase.split(' ').length < 2 && t.describedWork !== true)) return false;
  if (activityOverPartialFaq(input)) return true;
  // "construire des murs en parpaing": the activity typed whole, among other words that lower its score, still names it.
  if (t.score < EXACT_TRADE && !(t.whole && t.score >= WHOLE_ACTIVITY)) return false;
  if (leadTopic(input) === 'orientation') return true;
  // A dream told in a long sentence leaves the classifier unsure: the activity typed whole, with orientation as the
  // first reading however weak, is enough.
  const first = readings(input)[0];
  return t.whole && first?.kind === 'topic' && first.topic === 'orientation' && first.score >= TOPIC_WEAK_LEAD;
}

/**
 * "soigner des animaux malades": an activity of a trade, read clearly, in a message that asks nothing, beside a FAQ
 * entry read from at most half of its words ("malades" → sick leave). The words qualify the work wished, not the
 * person's own situation: the work described is the answer.
 */
function activityOverPartialFaq(input: RoutingInput): boolean {
  const u = input.understanding;
  if (!u.trade || u.trade.score < CLEAR_TRADE || u.facts.interests.length === 0 || asksSomething(u) || hasQuestionWord(u)) return false;
  const lead = readings(input)[0];
  if (lead?.kind !== 'faq') return false;
  const hit = u.faq.find((h) => h.entry.id === lead.id);
  return hit !== undefined && hit.coverage <= FAQ_LAST_RESORT_COVERAGE;
}

/** A word of a course or a school in the message ("formation", "CFA", "école", "lycée"). */
const COURSE_CONCEPT: ReadonlySet<string> = new Set(['@course']);

export const namesCourseWord = (u: Understanding): boolean => namesConcept(u, COURSE_CONCEPT);

/**
 * "vendeuse en magasin": read as the trade topic, but no one trade is named ("vendeur en magasin" is Onisep's field
 * of several sales trades) while the field is ("commerce"). The field's trades answer (the interests rule), not
 * "Quel métier t'intéresse ?", which asks what was just said. How sure the trade topic reads moves with every FAQ
 * entry added (round 30's entry on leaving a CDI, written with a "vendeuse", took it from 0.26 to 0.31).
 */
export function fieldNamedNoTrade(u: Understanding): boolean {
  if (u.kind !== 'text' || u.trade !== undefined || u.facts.interests.length === 0) return false;
  // One word alone ("vendeur", "vendeuse ?") heads several trade titles: the trade question offers them to pick
  // (support/trades-headed-by.ts). Said with more ("vendeuse en magasin"), it names the field.
  return tradeWordsOf(u.normalized).length > 1;
}
