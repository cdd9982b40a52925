import type { Aid } from '../../src/knowledge/schema/aid.js';
import { AGE_LIMIT_FAQ_ID, APPRENTICESHIP_AGE_LIMIT } from '../support/person-conditions.js';
import type { RoutingInput } from './route.js';

/**
 * Review 22 (E6): "Il a 32 ans, est-ce possible ?" after the Agefiph aid's card got that card again: the aid does not
 * depend on the age at all, so the age told asks something else, whether a person of that age can be an apprentice (the
 * age limit and its exceptions, an RQTH among them). An aid judged again on a new age answers only when its conditions
 * or its amounts depend on the age ("et à 21 ans ?" after an aid for the under-26); otherwise the other rules read the
 * question, as on a first turn.
 */

/** Whether an aid's conditions or amount rows depend on the young person's age. */
export function aidDependsOnAge(aid: Aid): boolean {
  if (aid.conditions.age !== undefined || aid.conditions.age_if_disability !== undefined) return true;
  return JSON.stringify(aid.amount ?? []).includes('"age"');
}

/** A yes/no question on what the person may do: "est-ce possible ?", "il peut ?", "c'est ok ?", "trop vieux ?". */
const ASKS_IF_POSSIBLE = /\b(?:possible|peut|peux|peuvent|pouvez|droit|ok|autorise|autorisee|accepte|acceptee|trop vieux|trop vieille|trop age|trop agee|encore)\b/;

/** An age told, asking whether it is possible, after the card of an aid that does not depend on the age. */
export function ageAskedBesideAid(input: RoutingInput): boolean {
  const { understanding: u, data } = input;
  if (u.kind !== 'text' || u.facts.age === undefined || u.facts.contractYear !== undefined) return false;
  const aid = input.aids.find((a) => a.id === data.lastAid);
  return aid !== undefined && !aidDependsOnAge(aid) && ASKS_IF_POSSIBLE.test(u.normalized);
}

/**
 * Past the age limit ("il a 40 ans, il peut ?"), that question is the age limit's own: the entry written for it (its
 * version for someone past the limit: the exceptions, an RQTH among them), not the aids list re-judged on that age.
 */
export function pastLimitBesideAid(input: RoutingInput): boolean {
  const age = input.understanding.facts.age;
  return age !== undefined && age >= APPRENTICESHIP_AGE_LIMIT && ageAskedBesideAid(input) && input.hasFaqEntry(AGE_LIMIT_FAQ_ID);
}
