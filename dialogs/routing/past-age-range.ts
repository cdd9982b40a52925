import { normalize, tokenize } from '../../src/text/normalize.js';
import { namesPlace } from './facts.js';
import type { Route, RoutingInput } from './route.js';
import { EXACT_TRADE } from './thresholds.js';

/** The ages an answer says its service is for: "entre 16 et 25 ans", "de 16 à 25 ans" (normalised). */
const AGE_RANGE = /\b(?:entre|de) (\d{2}) (?:et|a) (\d{2}) ans\b/;
/** Where to go, whom to see: "je vais où ?", "je m'adresse à qui ?", "vers qui ?", "je fais comment alors ?". */
const WHERE_TO_GO = /\b(?:ou|qui|vers qui|quoi faire|je fais comment|comment je fais|on fait comment|je m adresse|je dois aller)\b/;
/** The public employment service: it takes in job seekers of every age, past the young people's services. */
const SERVICE_FOR_EVERY_AGE = 'france-travail';
const PAST_RANGE_MAX_WORDS = 14;

/**
 * "en fait j'ai 27 ans, je vais où ?" right after the Mission Locale's answer (16 to 25 years of age): the person is past
 * the ages that answer's service takes, and asks where to go. Not the pay at that age (what an age alone reads), nor the
 * same card: the service that takes job seekers at any age, France Travail, with its card (and the free line).
 */
export function pastAgeRange(input: RoutingInput): Route | undefined {
  const { understanding: u, data } = input;
  if (u.kind !== 'text' || data.lastTopic !== 'faq' || data.lastFaq === undefined) return undefined;
  const age = u.facts.age;
  if (age === undefined || !WHERE_TO_GO.test(u.normalized) || tokenize(u.normalized).length > PAST_RANGE_MAX_WORDS) return undefined;
  if ((u.trade && u.trade.score >= EXACT_TRADE) || namesPlace(u) || u.outside || u.aid !== undefined) return undefined;
  const entry = input.faqEntry?.(data.lastFaq);
  if (!entry) return undefined;
  const range = AGE_RANGE.exec(normalize(entry.answer.vous)) ?? AGE_RANGE.exec(normalize(entry.answer.tu));
  if (!range || age <= Number(range[2])) return undefined;
  return { kind: 'contact_card', id: SERVICE_FOR_EVERY_AGE };
}
