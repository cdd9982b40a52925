import { tokenize } from '../../src/text/normalize.js';
import type { Understanding } from '../../src/nlu/understanding.js';
import type { Route, RoutingInput } from './route.js';
import { ANSWER_FOLLOW_UP_MAX_WORDS, CLEAR_TRADE } from './thresholds.js';

/** "et aujourd'hui ?", "et à ce jour ?", "et maintenant ?": the whole message asks the same for today's date. */
const TODAY_ALONE = /^(?:(?:et|mais|ok|bon|alors)\s+)*(?:aujourd hui|aujourdhui|ajd|auj|a ce jour|a l heure actuelle|en ce moment|a present)(?:\s+(?:alors|du coup|plutot))*$/;

export const asksForToday = (normalized: string): boolean => TODAY_ALONE.test(normalized);

/**
 * A short follow-up of one aid's card that names nothing else to go to: no trade read clearly, no place, and no other
 * aid than `aidId` (when given; "cumulable avec l'aide de l'État ?" names the other aid it asks about).
 */
export function shortAidFollowUp(u: Understanding, aidId?: string): boolean {
  if (tokenize(u.normalized).length > ANSWER_FOLLOW_UP_MAX_WORDS) return false;
  if ((u.trade && u.trade.score >= CLEAR_TRADE) || u.commune || u.outside) return false;
  return aidId === undefined || u.aid === undefined || u.aid.id === aidId;
}

/**
 * "et s'il commence le 28 décembre ?", "et pour un contrat signé en janvier 2027 ?" right after an aid whose rules
 * depend on the signing date (the employer hiring aid): the same aid for that date, never the FAQ on when a contract
 * may start, whose words the message shares. A start date is the aid again (its card says the signing date is what
 * counts); a signing date, or a date said without its kind, is the aids of that date (as for "quelle aide pour un
 * contrat signé le 10 janvier ?"). A short follow-up only, naming no trade, place or other aid.
 */
export function aidDatedFollowUp(input: RoutingInput): Route | undefined {
  const { understanding: u, data } = input;
  if (u.kind !== 'text' || data.lastTopic !== 'aids') return undefined;
  // "et aujourd'hui ?" after a dated answer: the profile holds today's date as the signing date (profile-update.ts).
  if (asksForToday(u.normalized) && data.profile.contractConcluded !== undefined) return { kind: 'topic', topic: 'aids' };
  const aid = data.lastAid !== undefined ? input.aids.find((a) => a.id === data.lastAid) : undefined;
  if (!aid?.conditions.contract_concluded) return undefined;
  if (!shortAidFollowUp(u, aid.id)) return undefined;
  const f = u.facts;
  if (f.contractConcluded !== undefined || f.otherDate !== undefined) return { kind: 'topic', topic: 'aids' };
  if (f.contractStart !== undefined) return { kind: 'aid', id: aid.id };
  return undefined;
}
