import { aidStatus } from '../../src/rules/aids.js';
import { normalize, tokenize } from '../../src/text/normalize.js';
import { ownWordStems } from '../support/answer-words.js';
import type { Route, RoutingInput } from './route.js';
import { ANSWER_FOLLOW_UP_MAX_WORDS, CLEAR_TRADE } from './thresholds.js';

/** Words that only say how the narrower part is asked ("et pour le logement précisément ?", "et niveau loyer ?"). */
const ASKING: ReadonlySet<string> = new Set(
  ownWordStems('et pour niveau cote question precisement exactement surtout plutot alors aussi aide aides me te se moi mon ma mes ton ta'),
);

/**
 * "et pour le logement précisément ?", "et pour le loyer ?", "et pour me loger ?" right after the list of aids: the
 * person narrows the list to one need, and the current aid whose own key phrases (its `keywords`) say that need is
 * the answer (Mobili-Jeune for housing), not the boarding at the CFA that "logement" also reads, nor a button one
 * shared word away. Only when exactly one current aid says every word of the need; else the other rules read it.
 */
export function aidOfListPart(input: RoutingInput): Route | undefined {
  const { understanding: u, data } = input;
  if (u.kind !== 'text' || data.lastTopic !== 'aids' || data.lastAid !== undefined) return undefined;
  if (tokenize(u.normalized).length > ANSWER_FOLLOW_UP_MAX_WORDS || !u.cues.followUp) return undefined;
  if ((u.trade && u.trade.score >= CLEAR_TRADE) || u.commune || u.outside) return undefined;
  if (u.aid) return undefined;
  const need = ownWordStems(u.normalized).filter((w) => !ASKING.has(w));
  if (need.length === 0 || need.length > 2) return undefined;
  const saying = input.aids.filter((aid) => {
    if (aidStatus(aid, input.today) === 'ended') return false;
    const stems = new Set(aid.keywords.flatMap((k) => ownWordStems(normalize(k))));
    return need.every((w) => stems.has(w));
  });
  return saying.length === 1 ? { kind: 'aid', id: saying[0]!.id } : undefined;
}
