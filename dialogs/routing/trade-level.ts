import { extractDiplomas } from '../../src/nlu/entities/diploma.js';
import type { Understanding } from '../../src/nlu/understanding.js';
import { tokenize } from '../../src/text/normalize.js';
import type { RoutingInput } from './route.js';
import { namesPlace } from './facts.js';
import { BARE_DETAIL_MAX_WORDS } from './thresholds.js';

/**
 * The level of diploma a message names: a diploma's ("BTS": 5) or a level said as such ("bac+2", "niveau 5"), on the
 * European scale the diplomas of the knowledge carry (3 = CAP … 7 = bac+5).
 */
export function levelNamed(u: Understanding): number | undefined {
  return u.facts.diplomaLevel ?? extractDiplomas(tokenize(u.normalized)).level;
}

/**
 * "et en bac+2 ?", "et en BTS ?" right after a trade's card: the diplomas of that trade at that level, not the
 * places of its first diploma nor "which town?". After its places, a diploma named ("et en BTS ?") is the course
 * search again for that kind (carry-over.ts, which says when the trade has none); a level alone ("et en bac+2 ?")
 * names no kind to search, so it gets the trade's diplomas at that level too. A short follow-up only, with no other
 * trade nor place named.
 */
export function tradeLevelAsked(input: RoutingInput): number | undefined {
  const { understanding: u, data } = input;
  if (data.profile.tradeCode === undefined || u.kind !== 'text' || u.trade !== undefined || namesPlace(u)) return undefined;
  if (u.words > BARE_DETAIL_MAX_WORDS || !(u.cues.followUp || u.words <= 3)) return undefined;
  const level = levelNamed(u);
  if (level === undefined) return undefined;
  if (data.lastTopic === 'trade') return level;
  return data.lastTopic === 'training' && u.facts.diplomaType === undefined ? level : undefined;
}
