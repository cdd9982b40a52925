import type { Aid } from '../../src/knowledge/schema/aid.js';
import { normalize } from '../../src/text/normalize.js';
import type { Route, RoutingInput } from './route.js';
import { shortAidFollowUp } from './aid-dated.js';

/** "c'est cumulable ?", "ça s'ajoute à l'aide de l'État ?", "on peut avoir les deux ?": whether two aids combine. */
export const ASKS_COMBINED = /\b(?:cumul\w*|se? ajoute\w*|se? rajoute\w*|combin\w*|en plus de|les deux)\b/;
/** How an aid's own text says it combines with another ("elle s'ajoute à l'aide de l'État", "se cumule avec"). */
const SAYS_COMBINED = /\b(?:cumul\w*|se? ajoute\w*)\b/;

/**
 * "c'est cumulable avec l'aide de l'État ?" right after one aid's card: that aid again when its own text says whether
 * it combines (the Agefiph's "se cumule avec celle de l'État"), not the list of every employer aid. An aid whose text
 * says nothing of it is not answered here: the card would not answer the question.
 */
export function aidCombinedFollowUp(input: RoutingInput): Route | undefined {
  const { understanding: u, data } = input;
  if (u.kind !== 'text' || data.lastTopic !== 'aids' || data.lastAid === undefined) return undefined;
  if (!ASKS_COMBINED.test(u.normalized) || !shortAidFollowUp(u)) return undefined;
  const aid = input.aids.find((a) => a.id === data.lastAid);
  if (!aid) return undefined;
  return saysCombined(aid) ? { kind: 'aid', id: aid.id } : undefined;
}

/** The aid's own text says whether it combines with another. */
export const saysCombined = (aid: Aid): boolean => SAYS_COMBINED.test(normalize([aid.summary.tu, aid.summary.vous, ...aid.other_conditions].join(' ')));
