import type { Understanding } from '../../src/nlu/understanding.js';

/** A word of aid ("aide", "prime"), as the cue reads it. */
const AID_WORD = /\b(?:aide|aides|prime|primes)\b/;

const escaped = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The message without the trade's name typed in it ("ma fille veut être aide-maternelle" without "aide maternelle"):
 * "aide" in "aide-soignante", "aide à domicile" or "aide-boulanger" is part of a trade's name, not an aid.
 */
function withoutTradeName(u: Understanding): string {
  if (!u.trade) return u.normalized;
  const typed = u.trade.phrase.split(' ').map((w) => `${escaped(w)}(?:e|s|es)?`).join(' ');
  // "aide" right before the trade's own name is a trade too ("aide-boulanger", "aide cuisinier").
  return u.normalized.replace(new RegExp(`(?:^| )(?:aides? )?${typed}(?= |$)`, 'g'), ' ');
}

/** The message names an aid in words of its own, outside the name of the trade it names. */
export function aidWordBesideTrade(u: Understanding): boolean {
  return u.cues.aidWord && AID_WORD.test(withoutTradeName(u));
}

/** Its only word of aid is in the trade's name ("je veux être aide à domicile"): a trade named, no aid asked. */
export function aidWordOnlyInTradeName(u: Understanding): boolean {
  return u.cues.aidWord && u.trade !== undefined && !AID_WORD.test(withoutTradeName(u));
}
