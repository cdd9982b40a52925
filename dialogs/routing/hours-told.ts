import type { Understanding } from '../../src/nlu/understanding.js';
import { WEEK_MAX_HOURS, WEEK_MIN_HOURS } from './thresholds.js';

/**
 * Weekly hours worked, told with their figure: "je fais 42 h par semaine", "je bosse 40h", "on me fait faire 39 heures".
 * A figure of 25 or more is a week's hours, not a clock time nor a day's.
 */
const WORKED = /\b(?:fais|fait|faisons|font|bosse|bosses|bossent|travaille|travailles|travaillent|taffe|faire)\b(?: \S+){0,2}? (\d{2}) ?(?:h|heures?)\b/;
/** The hours paid or written on the payslip: "on me paye que 35 h", "payé 35 heures", "ma fiche de paie dit 35h". */
const PAID =
  /\b(?:paye|paie|payes|paies|paient|payent|payee|payees|payer|remunere|remuneree|declare|declaree|declares|fiche de paie|bulletin|contrat)\b(?: \S+){0,4}? (\d{2}) ?(?:h|heures?)\b/;
/** Whether a figure in hours is of a week's size (WEEK_MIN_HOURS to WEEK_MAX_HOURS): below, a time of day or a day's. */
export const isWeekSized = (hours: number): boolean => hours >= WEEK_MIN_HOURS && hours <= WEEK_MAX_HOURS;

const weekHours = (m: RegExpExecArray | null): number | undefined => {
  const n = m === null ? NaN : Number(m[1]);
  return isWeekSized(n) ? n : undefined;
};

/**
 * Round 33: "j'ai 20 ans, je fais 42 h par semaine et on me paye 35 h", "je bosse 40h mais ma fiche de paie dit 35h":
 * more hours worked than paid is unpaid overtime, whatever the age told beside it (which would read the pay table).
 * The entry on unpaid overtime answers it, in its version for a minor when the person is one.
 */
export function unpaidHoursTold(u: Understanding): boolean {
  const worked = weekHours(WORKED.exec(u.normalized));
  const paid = weekHours(PAID.exec(u.normalized));
  return worked !== undefined && paid !== undefined && worked > paid;
}
