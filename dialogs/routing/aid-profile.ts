import type { Route, RoutingInput } from './route.js';
import { shortAidFollowUp } from './aid-dated.js';
import { payOfItsOwn } from './own-question.js';
import { ageAskedBesideAid } from './age-beside-aid.js';

/**
 * "et quand j'aurai 18 ans ?", "et en 3e année ?", "et à 21 ans ?" right after one aid's card: the same aid again,
 * judged on the new age or contract year (its age condition, its pay threshold against that year's minimum pay), not
 * the list of every aid nor a goodbye ("l'année prochaine" is no "à la prochaine"). A short follow-up only, that
 * tells nothing but those facts: no trade, place or other aid named.
 */
export function aidProfileFollowUp(input: RoutingInput): Route | undefined {
  const { understanding: u, data } = input;
  if (u.kind !== 'text' || data.lastTopic !== 'aids' || data.lastAid === undefined) return undefined;
  const f = u.facts;
  if (f.age === undefined && f.contractYear === undefined) return undefined;
  if (!shortAidFollowUp(u, data.lastAid)) return undefined;
  // "il aura 16 ans, combien je dois le payer ?": the age comes with a question of its own (the pay), not the aid again;
  // "c'était combien pour un apprenti de 17 ans ?" is still the aid's amount for that age.
  if (payOfItsOwn(u)) return undefined;
  // Someone else's age (a relative's, said beside the speaker's) changes nothing of the aid asked about.
  if (f.ageOfAdultRelative) return undefined;
  // An age the aid does not depend on, asked as a possibility ("il a 32 ans, est-ce possible ?"): the age rules answer.
  if (ageAskedBesideAid(input)) return undefined;
  return input.aids.some((a) => a.id === data.lastAid) ? { kind: 'aid', id: data.lastAid } : undefined;
}
