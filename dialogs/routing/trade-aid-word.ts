import { AID_WORD } from '../../src/nlu/cues.js';
import { typedTitlePattern } from '../../src/nlu/trades.js';
import type { Understanding } from '../../src/nlu/understanding.js';

/**
 * The message without the trade's name typed in it ("ma fille veut être aide-maternelle" without "aide maternelle"):
 * "aide" in "aide-soignante", "aide à domicile" or "aide-boulanger" is part of a trade's name, not an aid.
 */
function withoutTradeName(u: Understanding): string {
  if (!u.trade) return u.normalized;
  // "aide" right before the trade's own name is a trade too ("aide-boulanger", "aide cuisinier").
  return u.normalized.replace(new RegExp(`(?:^| )(?:aides? )?${typedTitlePattern(u.trade.phrase)}(?= |$)`, 'g'), ' ');
}

/** The message names an aid in words of its own, outside the name of the trade it names. */
export function aidWordBesideTrade(u: Understanding): boolean {
  return u.cues.aidWord && AID_WORD.test(withoutTradeName(u));
}

/** Its only word of aid is in the trade's name ("je veux être aide à domicile"): a trade named, no aid asked. */
export function aidWordOnlyInTradeName(u: Understanding): boolean {
  return u.cues.aidWord && u.trade !== undefined && !AID_WORD.test(withoutTradeName(u));
}
