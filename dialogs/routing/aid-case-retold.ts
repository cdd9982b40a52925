import type { Route, RoutingInput } from './route.js';

/** "ça change ?", "et du coup ?", "alors ?", "c'est pareil ?", "y a une aide alors ?": whether the new fact changes the answer. */
const CHANGES_ASKED = /\b(?:ca change|cela change|ca changerait|ca change quelque chose|ca change quoi|change quelque chose|change t il|du coup|alors|c est pareil|pareil|meme chose|et la|et maintenant|dans ce cas|en fait|plutot)\b/;
/** A message longer than this tells a story with questions of its own. */
const MAX_WORDS = 18;

/**
 * "il a 47 ans en fait, et il est demandeur d'emploi, ça change ?", "en fait on est 300 salariés, ça change quelque
 * chose ?", "et s'il a une RQTH, alors ?" right after an aids answer — a list, one aid, or "none found for this case":
 * the person corrects or adds a fact of the case the aids are judged on (an age, being a job seeker, a disability, the
 * company's size, the contract's type), and asks whether that changes the answer. The aids again, judged on the case
 * as it now stands (the profile takes the new fact before the dialogs run), not an entry its words happen to read.
 * Only a short message that tells such a fact and asks what it changes; a question of its own (a pay, a place) keeps
 * its rule, and an age after one aid's card has its own rule (aid-profile.ts).
 */
export function aidCaseRetold(input: RoutingInput): Route | undefined {
  const { understanding: u, data } = input;
  if (u.kind !== 'text' || data.lastTopic !== 'aids' || u.words > MAX_WORDS || u.aid !== undefined) return undefined;
  const f = u.facts;
  const toldCase = f.age !== undefined || f.status !== undefined || f.disability !== undefined || f.companySize !== undefined || f.contractType !== undefined;
  if (!toldCase || !CHANGES_ASKED.test(u.normalized)) return undefined;
  if (u.trade !== undefined || u.commune !== undefined || u.cues.payFigure) return undefined;
  return { kind: 'topic', topic: 'aids' };
}
