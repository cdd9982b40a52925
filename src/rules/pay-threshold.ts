import type { Aid } from '../knowledge/schema/aid.js';
import type { Parameters } from '../knowledge/schema/parameters.js';
import { roundToCents } from './salary.js';

/** A monthly pay the person told ("je touche 989 €", "1 100 € net"); `net` when they said so. */
export interface PayTold {
  amount: number;
  net: boolean;
}

/**
 * A pay told weighed against an aid's pay condition:
 * - `min`: the pay must reach `percent` % of the SMIC (the prime d'activité's 78 %). The knowledge does not say
 *   whether of the gross or the net SMIC, so a pay not said to be net is judged only when it is on the same side of
 *   both (`thresholdNet` ≤ `threshold`); between the two the verdict is `close`, and the official simulator decides.
 * - `max`: the NET pay must not exceed `percent` % of the gross hourly SMIC × `hours` (the prestations familiales'
 *   55 % × 169 h). A pay said to be gross at or under it is under it net too; above it, the net pay decides (`close`).
 * `meets` = the pay condition is met, `fails` = it is not.
 */
export interface PayVerdict {
  kind: 'min' | 'max';
  verdict: 'meets' | 'fails' | 'close';
  percent: number;
  /** The threshold in euros per month: gross for `min`, net for `max`. */
  threshold: number;
  /** `min` only: the same share of the net monthly SMIC. */
  thresholdNet?: number;
  /** The told pay as a share of the monthly SMIC (net SMIC for a pay said net), rounded. */
  shareOfSmic: number;
  smicDate: string;
}

/** Whether the aid has a pay condition that a told pay can be weighed against. */
export function hasPayCondition(aid: Aid): boolean {
  return aid.conditions.pay_min_smic_percent !== undefined || aid.conditions.pay_max_net !== undefined;
}

export function weighPay(aid: Aid, pay: PayTold, params: Parameters): PayVerdict | undefined {
  const { smic } = params;
  const base = pay.net && smic.net_monthly !== undefined ? smic.net_monthly : smic.gross_monthly;
  const shareOfSmic = Math.round((pay.amount / base) * 100);
  const max = aid.conditions.pay_max_net;
  if (max) {
    const threshold = roundToCents((smic.gross_hourly * max.hours * max.smic_percent) / 100);
    const verdict = pay.amount <= threshold ? 'meets' : pay.net ? 'fails' : 'close';
    return { kind: 'max', verdict, percent: max.smic_percent, threshold, shareOfSmic, smicDate: smic.value_date };
  }
  const min = aid.conditions.pay_min_smic_percent;
  if (min === undefined) return undefined;
  const threshold = roundToCents((smic.gross_monthly * min) / 100);
  const thresholdNet = smic.net_monthly === undefined ? threshold : roundToCents((smic.net_monthly * min) / 100);
  const [low, high] = pay.net ? [thresholdNet, thresholdNet] : [thresholdNet, threshold];
  const verdict = pay.amount >= high ? 'meets' : pay.amount < low ? 'fails' : 'close';
  return { kind: 'min', verdict, percent: min, threshold, thresholdNet, shareOfSmic, smicDate: smic.value_date };
}
