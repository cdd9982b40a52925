import type { Aid } from '../../src/knowledge/schema/aid.js';
import { hasPayCondition, type PayTold } from '../../src/rules/pay-threshold.js';
import type { RoutingInput } from './route.js';

/** "1 100 € net", "900 nets": a pay said after deductions. */
const NET = /\bnet(?:s|te|tes)?\b/;

/** The aid has amounts of its own to compare a figure with (not only "calculé par la CAF"). */
const hasFigure = (aid: Aid): boolean => aid.amount.some((item) => item.kind !== 'variable');

/**
 * "donc avec 989 € j'y ai droit ou pas ?" after the prime d'activité, "on garde les allocations familiales ?" once a
 * salary was told: an aid whose condition is a pay threshold (`pay_min_net`, `pay_max_net`), named now or
 * the last one answered, and a pay of the person's — said now (their own pay, or a figure beside an aid that has no
 * amount of its own, not claimed as the aid's amount), or told earlier in the conversation. The answer weighs that pay against the rule.
 */
export function aidPayAsked(input: RoutingInput): { id: string; pay: PayTold } | undefined {
  const u = input.understanding;
  const lastAid = input.data.lastTopic === 'aids' ? input.data.lastAid : undefined;
  const aid = u.aid ?? input.aids.find((a) => a.id === lastAid);
  if (!aid || !hasPayCondition(aid)) return undefined;
  const amount = u.facts.amountEuros;
  if (amount !== undefined) {
    // "la prime d'activité c'est 200 € par mois ?" claims an amount of the aid, not a pay of the person's.
    if (!u.cues.ownPay && !u.cues.payFigure && (hasFigure(aid) || u.cues.moneyClaim)) return undefined;
    return { id: aid.id, pay: { amount, net: NET.test(u.normalized) } };
  }
  // A pay told earlier weighs only for the aid named now: a bare "et alors ?" after the card is not asking it.
  const known = input.data.profile.payKnown;
  return u.aid && known ? { id: aid.id, pay: known } : undefined;
}
