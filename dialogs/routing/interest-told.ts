/**
 * A field the person likes, told or asked about, and when it is the guided orientation: told with no question of its
 * own (interestTold), asked to be talked about ("parle-moi du foot"), or when nothing but the quiz would answer.
 */
import type { Understanding } from '../../src/nlu/understanding.js';
import { topicConfidence } from './topic-confidence.js';
import { SURE, EXACT_TRADE, CLEAR_TRADE, TOPIC_MIN, FAQ_GUESS } from './thresholds.js';
import { namesPlace, namesConcept, OWN_QUESTION_OR_COURSE_CONCEPTS } from './facts.js';
import { fieldOnlyAsContext } from './field-in-question.js';
import type { RoutingInput } from './route.js';
import { readings, leadTopic, weakTopicLead } from './lead-reading.js';

export function interestTold(u: Understanding): boolean {
  // Sure of a topic, whichever of its intents leads (topic-confidence.ts): "je suis gérante d'une boutique, comment je
  // fais pour avoir une apprentie ?" asks the aids' topic, the shop's "vente" is no interest told.
  if (u.facts.interests.length === 0 || topicConfidence(u) >= SURE || namesPlace(u) || u.outside) return false;
  // A trade named word for word, or a whole title of it read clearly ("carrossier ça se prépare comment ?", "la méca
  // auto qui me branche, quels diplômes ?"): the person names the trade, not only a field to explore.
  if (u.trade && (u.trade.score >= EXACT_TRADE || (u.trade.whole && u.trade.score >= CLEAR_TRADE))) return false;
  // "je peux venir avec mon chien au CFA ?": the field is the setting of another question (field-in-question.ts).
  return !namesConcept(u, OWN_QUESTION_OR_COURSE_CONCEPTS) && !fieldOnlyAsContext(u);
}

/** "parle moi de", "parlez-nous du", "raconte moi la", "dis moi sur": a request to be told about what follows. */
const TELL_ME_ABOUT = /(?:^| )(?:parle|parlez|raconte|racontez|dis|dites) (?:moi|nous|me) (?:un peu )?(?:de|du|des|la|le|les|sur)(?: |$)/;

export function fieldAskedAbout(u: Understanding): boolean {
  if (u.facts.interests.length === 0 || !TELL_ME_ABOUT.test(u.normalized)) return false;
  return !(u.trade && u.trade.score >= EXACT_TRADE);
}

/** Nothing but the guided orientation would answer: its reading leads, or no topic nor entry is read well enough. */
export function quizWouldTake(input: RoutingInput): boolean {
  const lead = readings(input)[0];
  if (lead === undefined) return true;
  if (lead.kind === 'topic') return lead.topic === 'orientation' || lead.score < TOPIC_MIN;
  return lead.score < FAQ_GUESS;
}

/** A reading would take the message to a topic other than the orientation. */
export function leadsAwayFromOrientation(input: RoutingInput): boolean {
  const lead = leadTopic(input) ?? weakTopicLead(input);
  return lead !== undefined && lead !== 'orientation';
}
