import type { Parameters } from '../../src/knowledge/schema/parameters.js';
import { apprenticeBand } from '../../src/rules/salary.js';

/** A coming birthday that leaves the apprentice in the same band of the pay grid, and when the next band starts. */
export interface PayBandKept {
  /** The age to come, as told ("il aura 17 ans en mars"). */
  age: number;
  /** The band's bounds, to name it ("moins de 18 ans", "de 18 à 20 ans"). */
  band: { min_age: number; max_age: number | null };
  /** Its place in the grid (the first band is named "moins de …"). */
  index: number;
  /** The age the next band starts at, when there is one. */
  nextBandAge?: number;
}

/**
 * Round 29 (review 19, P1 T2): "il fêtera ses 17 ans en mars, ça change quelque chose ?" after a 16-year-old's grid.
 * A birthday told that keeps the apprentice in the same band changes nothing: that is what the answer says first, not
 * the same grid again under a new age. The companion of payBandChange (person-conditions.ts), which handles a
 * birthday that moves into the next band. Only the age told to come and the one before it: "il aura 17 ans" said of
 * a 16-year-old, or alone (a year younger until then).
 */
export function payBandKept(params: Parameters, person: { age?: number | undefined; ageSoon?: number | undefined; ageBeforeSoon?: number | undefined }): PayBandKept | undefined {
  const { age, ageSoon } = person;
  if (age === undefined || ageSoon === undefined || ageSoon < age) return undefined;
  const before = ageSoon === age ? (person.ageBeforeSoon ?? age - 1) : age;
  const now = apprenticeBand(params, before);
  const then = apprenticeBand(params, ageSoon);
  if (now === undefined || then === undefined || now !== then) return undefined;
  const bands = params.apprentice_pay.bands;
  const index = bands.indexOf(now);
  const next = bands[index + 1];
  return { age: ageSoon, band: now, index, ...(next ? { nextBandAge: next.min_age } : {}) };
}
