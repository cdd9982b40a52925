/**
 * The pay topic asked in a way the other readings miss: a pay told that is not a pay withheld ("il me paye plus"
 * is a situation the FAQ answers), and the extra year's pay of a disabled apprentice worked out from their age.
 */
import type { RoutingInput } from './route.js';

/** "il ne me verse pas mes 800 €", "il me paye plus" (SMS drops the "ne"): pay withheld, a situation the FAQ answers, not a pay to compare. */
export const PAY_WITHHELD = /\b(?:ne|n)\b|\b(?:paie|paye|verse|donne)n?t? (?:plus|pas|rien|jamais)\b|\bpas (?:paye|payee|verse)\b/;

/**
 * A disability known (told now or before), a contract made longer (or its 4th year) and a question of pay, with an age
 * to work it out from: the salary topic has the rule and the figures.
 */
export function asksDisabilityExtensionPay({ understanding: u, data }: RoutingInput): boolean {
  const f = u.facts;
  const disability = f.disability ?? data.profile.disability;
  const age = f.age ?? data.profile.age;
  const extended = f.extendedContract === true || f.contractYear === 4;
  const aboutPay = u.intent === 'salary' || u.cues.asksAmount || u.cues.ownPay;
  return disability === true && age !== undefined && extended && aboutPay && f.contractType !== 'professionnalisation';
}
