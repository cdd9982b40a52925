import { normalize } from '../../src/text/normalize.js';
import type { RoutingInput } from './route.js';

/** The net pay named ("en net", "c'est net ?", "la paie nette"), not "internet". */
const NET = /\b(?:net|nets|nette|nettes)\b/;

/**
 * "et en net ?" right after the pay: the grid gives the minimum gross pay only, and the bot has no net figure to give
 * (contributions depend on the contract's date and the person). The FAQ entry the message reaches that is written
 * about the net pay answers it (what is taken from the gross, where the payslip shows it), not the same grid again. A
 * pay told with its amount ("il me donne 800 net") is compared with the minimum instead (rule pay-told).
 */
export function netPayEntry(input: RoutingInput): string | undefined {
  const u = input.understanding;
  if (input.data.lastTopic !== 'salary' || u.facts.amountEuros !== undefined || !NET.test(u.normalized)) return undefined;
  // The entry written about it asks it most: the SMIC's entry also has a "smic net ?" among its ways of asking.
  let best: { id: string; share: number } | undefined;
  for (const h of u.faq) {
    const share = h.entry.questions.filter((q) => NET.test(normalize(q))).length / Math.max(1, h.entry.questions.length);
    if (share > 0 && (!best || share > best.share)) best = { id: h.entry.id, share };
  }
  return best?.id;
}
