import { AID_PART_FOCUS } from '../support/aid-part.js';
import { asksNowOrInstead, currentSuccessor, endedAidsOfLastAnswer } from './ended-aid-now.js';
import { procedurePartAsked } from './procedure-asked.js';
import type { Route, RoutingInput } from './route.js';

/**
 * Round 30: "comment je la demande ?" right after an ended aid's card (the licence aid, an earlier hiring aid) got that
 * card again, "no request is possible any more": true, and no help. How to ask is asked for something that applies:
 * the aid that replaced it today, led by its steps, or the entry its record names for what exists now; each said after
 * one line that the aid shown has ended. When nothing replaces it, the ended card's own answer stays.
 * ("y a quoi à la place ?" is ended-aid-now.ts: a question about today, not about the steps.)
 */
export function endedAidClaimAsked(input: RoutingInput): Route | undefined {
  const u = input.understanding;
  if (u.kind !== 'text' || !input.inContext) return undefined;
  if (!(u.cues.asksHowToClaim || procedurePartAsked(u.normalized) === 'how_to') || asksNowOrInstead(u.normalized)) return undefined;
  // Another aid named is that aid's question (the named-aid rule).
  const ended = endedAidsOfLastAnswer(input);
  if (ended.length === 0 || (u.aid && !ended.some((a) => a.id === u.aid!.id))) return undefined;
  const lead = { key: 'aid.ended_claim_now', values: { aid: ended[0]!.title } };
  for (const aid of ended) {
    const successor = currentSuccessor(input, aid);
    if (successor) return { kind: 'aid', id: successor.id, focus: [AID_PART_FOCUS.howToApply], lead };
  }
  const now = ended.flatMap((a) => a.now_see_faq ?? []).find((id) => input.hasFaqEntry(id));
  return now ? { kind: 'faq_entry', id: now, lead } : undefined;
}
