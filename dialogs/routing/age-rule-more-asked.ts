import { tokenize } from '../../src/text/normalize.js';
import { ageRuleNearby } from './age-rule-nearby.js';
import type { Route, RoutingInput } from './route.js';

/** A follow-up is short; a longer message tells a case of its own, read by the other rules. */
const FOLLOW_UP_MAX_WORDS = 14;

/**
 * "j'ai pas droit à plus ?", "je peux en avoir plus ?", "c'est pareil pour moi ?", "j'en ai autant ?": the person asks
 * whether the rule just given is more, less or the same for them (normalised text).
 */
const MORE_OR_SAME_ASKED = /\b(?:plus|davantage|moins|pareil|pareille|autant|meme chose|different|differente|change)\b/;

/**
 * Round 33: "j'ai 19 ans, j'ai pas droit à plus ?" right after the paid holidays: the age told with a question on
 * whether the answer's rule is more or the same for that age is the entry linked to the last answer written for
 * people under an age the person is under (the 30 days of leave under 21: age-rule-nearby.ts), not the pay grid the
 * age alone reads, nor the same card again "at 19 our sources say nothing apart". Only when such an entry exists:
 * otherwise the other rules read the message as before.
 */
export function ageRuleMoreAsked(input: RoutingInput): Route | undefined {
  const { understanding: u, data } = input;
  if (u.kind !== 'text' || data.lastTopic !== 'faq' || !data.lastFaq || !input.inContext) return undefined;
  const age = u.facts.age;
  if (age === undefined || !MORE_OR_SAME_ASKED.test(u.normalized) || tokenize(u.normalized).length > FOLLOW_UP_MAX_WORDS) return undefined;
  if (u.trade !== undefined || u.commune !== undefined || u.outside !== undefined || u.aid !== undefined) return undefined;
  const id = ageRuleNearby(input, data.lastFaq, age);
  return id === undefined ? undefined : { kind: 'faq_entry', id };
}
