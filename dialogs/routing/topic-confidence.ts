import type { Understanding } from '../../src/nlu/understanding.js';
import { TOPIC_OF_INTENT } from './facts.js';

/**
 * How sure the classifier is of what its best intent is about: for a topic intent, the probability of that TOPIC (the
 * sum of its intents: aids + employer_aids); otherwise the intent's own confidence. How the classifier splits a topic
 * between two of its intents moves with the training's seed ("je suis gérante d'une boutique, comment je fais pour
 * avoir une apprentie ?": employer_aids 0.44-0.52, the aids topic 0.52-0.70) and says nothing about the topic asked.
 */
export function topicConfidence(u: Pick<Understanding, 'intent' | 'confidence' | 'ranking'>): number {
  const topic = TOPIC_OF_INTENT.get(u.intent);
  if (topic === undefined) return u.confidence;
  return Math.max(u.confidence, u.ranking.reduce((sum, r) => (TOPIC_OF_INTENT.get(r.intent) === topic ? sum + r.score : sum), 0));
}
