/**
 * Minimum gross monthly pay of an apprentice or a contrat de professionnalisation, from the grids in
 * knowledge/parametres.yaml. Pure: no I/O, no wording (dialogs turn these results into French sentences).
 */
import type { ApprenticeBandId, Parameters, ProBandId } from '../knowledge/schema/parameters.js';

export type ContractYear = 1 | 2 | 3 | 4;

/** Which base the percentage applies to, so the dialog can add "or the collective minimum if higher". */
export type PayBasis = 'smic' | 'smic_or_collective_minimum';

/** What a dialog needs to explain the figure and cite it. */
export interface PayRule {
  basis: PayBasis;
  smicGrossMonthly: number;
  smicValueDate: string;
  sourceUrl: string | undefined;
  dataDate: string;
}

export interface PayLine {
  year: ContractYear;
  percent: number;
  /** Gross monthly minimum in euros, rounded to the cent. */
  gross: number;
}

export interface ApprenticePay {
  kind: 'apprentice_pay';
  age: number;
  band: ApprenticeBandId;
  year: ContractYear;
  percent: number;
  gross: number;
  rule: PayRule;
}

/** Answer when the year of the contract is not known: the first three years side by side. */
export interface ApprenticePayTable {
  kind: 'apprentice_pay_table';
  age: number;
  band: ApprenticeBandId;
  lines: PayLine[];
  rule: PayRule;
}

export type OutOfRangeReason = 'below_minimum_age' | 'above_maximum_age' | 'invalid_age' | 'invalid_year';

/**
 * Not an error: the grid has no answer for this input. Above the maximum age, someone with a derogation
 * (disability, business project, top-level athlete) is paid as `bandIfDerogation`.
 */
export interface PayOutOfRange {
  kind: 'out_of_range';
  reason: OutOfRangeReason;
  age: number;
  minAge: number;
  maxAge: number;
  bandIfDerogation?: ApprenticeBandId;
}

export type ProLevel = 'below_bac' | 'bac_or_higher';

export interface ProfessionalisationPay {
  kind: 'professionalisation_pay';
  age: number;
  band: ProBandId;
  level: ProLevel;
  percent: number;
  gross: number;
  /** From 26: the pay must also reach this share of the branch's conventional minimum, when that is more. */
  collectiveMinimumPercent?: number | undefined;
  /** The band has no upper age: no birthday raises the rate any more. */
  lastBand: boolean;
  rule: PayRule;
}

/** Euros to the cent, half away from zero; works on integer cents to dodge binary rounding (0.5 cases). */
export function roundToCents(euros: number): number {
  return Math.round(Number((euros * 100).toFixed(6))) / 100;
}

export function grossFromPercent(params: Parameters, percent: number): number {
  return roundToCents((params.smic.gross_monthly * percent) / 100);
}

function isContractYear(y: number): y is ContractYear {
  return y === 1 || y === 2 || y === 3 || y === 4;
}

function ruleFor(params: Parameters, collective: boolean, source: { url?: string | undefined; data_date: string }): PayRule {
  return {
    basis: collective ? 'smic_or_collective_minimum' : 'smic',
    smicGrossMonthly: params.smic.gross_monthly,
    smicValueDate: params.smic.value_date,
    sourceUrl: source.url,
    dataDate: source.data_date,
  };
}

/** The band of the apprentice pay grid an age falls in (parametres.yaml), if any. */
export function apprenticeBand(params: Parameters, age: number): Parameters['apprentice_pay']['bands'][number] | undefined {
  return params.apprentice_pay.bands.find((b) => age >= b.min_age && (b.max_age === null || age <= b.max_age));
}

function checkAge(params: Parameters, age: number, derogation: boolean): PayOutOfRange | undefined {
  const { min_age: minAge, max_age: maxAge } = params.apprentice_pay;
  if (!Number.isInteger(age) || age < 0) return { kind: 'out_of_range', reason: 'invalid_age', age, minAge, maxAge };
  if (age < minAge) return { kind: 'out_of_range', reason: 'below_minimum_age', age, minAge, maxAge };
  if (age > maxAge && !derogation) {
    const band = apprenticeBand(params, age);
    return {
      kind: 'out_of_range',
      reason: 'above_maximum_age',
      age,
      minAge,
      maxAge,
      ...(band ? { bandIfDerogation: band.id } : {}),
    };
  }
  return undefined;
}

/**
 * Minimum pay for an apprentice of `age` in contract year `year`; without a year, the table for years 1-3
 * (year 4 exists only for extended contracts and is asked for explicitly). `derogation`: the apprentice is one of
 * those the upper age limit does not bind (an RQTH, a business to create or take over, a top-level athlete), paid
 * as the band of their age.
 */
export function apprenticeMonthlyPay(
  params: Parameters,
  input: { age: number; year?: number | undefined; derogation?: boolean | undefined },
): ApprenticePay | ApprenticePayTable | PayOutOfRange {
  const { age, year } = input;
  const outOfRange = checkAge(params, age, input.derogation === true);
  if (outOfRange) return outOfRange;
  const band = apprenticeBand(params, age);
  const { min_age: minAge, max_age: maxAge } = params.apprentice_pay;
  if (!band) return { kind: 'out_of_range', reason: 'invalid_age', age, minAge, maxAge };
  const rule = ruleFor(params, band.collective_minimum_may_apply, params.apprentice_pay.source);

  if (year === undefined) {
    const lines = ([1, 2, 3] as const).map((y) => {
      const percent = band.percent_by_year[`year_${y}`];
      return { year: y, percent, gross: grossFromPercent(params, percent) };
    });
    return { kind: 'apprentice_pay_table', age, band: band.id, lines, rule };
  }
  if (!isContractYear(year)) return { kind: 'out_of_range', reason: 'invalid_year', age, minAge, maxAge };
  const percent = band.percent_by_year[`year_${year}`];
  return { kind: 'apprentice_pay', age, band: band.id, year, percent, gross: grossFromPercent(params, percent), rule };
}

/** The pay of the extra year granted to an apprentice with a disability: the last year's rate plus the bonus points. */
export interface DisabilityExtensionPay {
  kind: 'disability_extension_pay';
  age: number;
  band: ApprenticeBandId;
  /** The contract year before the extension, whose rate the extra year starts from. */
  lastYear: 1 | 2 | 3;
  lastPercent: number;
  bonusPoints: number;
  percent: number;
  gross: number;
  rule: PayRule;
}

/**
 * An apprentice with a disability whose contract is made one year longer is paid, during that year, the rate of the
 * year before it plus `disability_extension_bonus_points` (parametres.yaml; fiche "Le contrat d'apprentissage
 * aménagé"). `lastYear` is the last year of the contract as planned: the extra year of a CAP in two years follows
 * its 2nd year, of a three-year course its 3rd.
 */
export function disabilityExtensionPay(params: Parameters, input: { age: number; lastYear: 1 | 2 | 3 }): DisabilityExtensionPay | PayOutOfRange {
  const { age, lastYear } = input;
  const outOfRange = checkAge(params, age, true);
  if (outOfRange) return outOfRange;
  const band = apprenticeBand(params, age);
  const { min_age: minAge, max_age: maxAge, disability_extension_bonus_points: bonusPoints } = params.apprentice_pay;
  if (!band) return { kind: 'out_of_range', reason: 'invalid_age', age, minAge, maxAge };
  const lastPercent = band.percent_by_year[`year_${lastYear}`];
  const percent = lastPercent + bonusPoints;
  const rule = ruleFor(params, band.collective_minimum_may_apply, params.apprentice_pay.source);
  return { kind: 'disability_extension_pay', age, band: band.id, lastYear, lastPercent, bonusPoints, percent, gross: grossFromPercent(params, percent), rule };
}

/** The table for years 1-3, whatever the caller knows about the year. */
export function apprenticePayTable(params: Parameters, age: number): ApprenticePayTable | PayOutOfRange {
  const r = apprenticeMonthlyPay(params, { age });
  // Without a year the main rule never returns a single line; the guard only narrows the type.
  if (r.kind === 'apprentice_pay') {
    const { min_age: minAge, max_age: maxAge } = params.apprentice_pay;
    return { kind: 'out_of_range', reason: 'invalid_year', age, minAge, maxAge };
  }
  return r;
}

/**
 * Contrat de professionnalisation: the rate depends on age and on the level held before the contract
 * (below a vocational bac, or bac and more). It starts at 16; no upper age (26+ are job seekers).
 */
export function professionalisationMonthlyPay(
  params: Parameters,
  input: { age: number; level: ProLevel },
): ProfessionalisationPay | PayOutOfRange {
  const { age, level } = input;
  const bands = params.professionalisation_pay.bands;
  const minAge = bands[0]?.min_age ?? 16;
  const maxAge = Number.POSITIVE_INFINITY;
  if (!Number.isInteger(age) || age < 0) return { kind: 'out_of_range', reason: 'invalid_age', age, minAge, maxAge };
  if (age < minAge) return { kind: 'out_of_range', reason: 'below_minimum_age', age, minAge, maxAge };
  const band = bands.find((b) => age >= b.min_age && (b.max_age === null || age <= b.max_age));
  if (!band) return { kind: 'out_of_range', reason: 'invalid_age', age, minAge, maxAge };
  const percent = band[level];
  return {
    kind: 'professionalisation_pay',
    age,
    band: band.id,
    level,
    percent,
    gross: grossFromPercent(params, percent),
    collectiveMinimumPercent: band.collective_minimum_percent,
    lastBand: band.max_age === null,
    rule: ruleFor(params, band.collective_minimum_may_apply, params.professionalisation_pay.source),
  };
}

/** Where a pay the person told stands against the minimum. */
export type PayComparison = 'below' | 'at' | 'above';

/** Less than this apart, a told pay is the minimum itself ("504 €" for 504,10 €: people round). */
const SAME_PAY_EUROS = 1;

/**
 * Compares a monthly pay the person told with the minimum. A net pay is lower than its gross, so a net at or above
 * the gross minimum is above it; a net below it says nothing (the gross on the payslip must be compared instead).
 */
export function comparePay(told: { amount: number; net: boolean }, minimumGross: number): PayComparison | 'unknown' {
  const gap = told.amount - minimumGross;
  if (told.net) return gap >= 0 ? 'above' : 'unknown';
  if (Math.abs(gap) < SAME_PAY_EUROS) return 'at';
  return gap < 0 ? 'below' : 'above';
}
