import type { Aid } from '../knowledge/schema/aid.js';
import type { Parameters } from '../knowledge/schema/parameters.js';
import { roundToCents } from './salary.js';

/** A monthly pay the person told ("je touche 989 €", "1 100 € net"); `net` when they said so. */
export interface PayTold {
  amount: number;
  net: boolean;
}

/**
 * A pay told weighed against an aid's pay condition, a NET monthly amount written as `percent` % of the gross hourly
 * SMIC × `hours` (55 % × 169 h for both the prime d'activité and the prestations familiales):
 * - `min`: the net pay must exceed it (the prime d'activité, CSS L842-2 3°);
 * - `max`: the net pay must not exceed it (the prestations familiales, CSS R512-2).
 * A pay said to be net decides. A pay not said net is read as gross: a gross pay under the amount is under it net too,
 * so it decides below; above, the net pay decides and the verdict is `close` (the payslip's net tells).
 * `meets` = the pay condition is met, `fails` = it is not.
 */
export interface PayVerdict {
  kind: 'min' | 'max';
  verdict: 'meets' | 'fails' | 'close';
  percent: number;
  hours: number;
  /** The amount in euros of net pay per month, on the SMIC of `smicDate`. */
  threshold: number;
  smicDate: string;
}

/** Whether the aid has a pay condition that a told pay can be weighed against. */
export function hasPayCondition(aid: Aid): boolean {
  return aid.conditions.pay_min_net !== undefined || aid.conditions.pay_max_net !== undefined;
}

/** The monthly amount of a share of the gross hourly SMIC over a number of hours (55 % × 12,31 € × 169 h). */
export function smicHoursAmount(grossHourlySmic: number, share: { smic_percent: number; hours: number }): number {
  return roundToCents((grossHourlySmic * share.hours * share.smic_percent) / 100);
}

export function weighPay(aid: Aid, pay: PayTold, params: Parameters): PayVerdict | undefined {
  const { smic } = params;
  const { pay_min_net: min, pay_max_net: max } = aid.conditions;
  const condition = max ?? min;
  if (!condition) return undefined;
  const threshold = smicHoursAmount(smic.gross_hourly, condition);
  const under = pay.amount <= threshold;
  // Below the amount, a gross pay is below it net too; above it, only the net pay decides.
  const verdict = under ? (max ? 'meets' : 'fails') : pay.net ? (max ? 'fails' : 'meets') : 'close';
  return { kind: max ? 'max' : 'min', verdict, percent: condition.smic_percent, hours: condition.hours, threshold, smicDate: smic.value_date };
}
