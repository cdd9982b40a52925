import { z } from 'zod';
import { isoDate, sourceSchema } from './common.js';

/** A percentage of the SMIC, as the grids print it (27 means 27 %). */
const percent = z.number().positive().max(100);

/** Minimum wage (SMIC, metropolitan France) on a given date. */
export const smicSchema = z.strictObject({
  gross_hourly: z.number().positive(),
  gross_monthly: z.number().positive(),
  net_hourly: z.number().positive().optional(),
  net_monthly: z.number().positive().optional(),
  /** Date from which these values apply. */
  value_date: isoDate,
  source: sourceSchema,
});

export const apprenticeBandIds = ['14-17', '18-20', '21-25', '26+'] as const;
export type ApprenticeBandId = (typeof apprenticeBandIds)[number];

/** One age band of the apprentice grid, with its rate for each year of the contract. */
export const apprenticeBandSchema = z.strictObject({
  id: z.enum(apprenticeBandIds),
  min_age: z.number().int().min(0),
  /** Inclusive; null = no upper bound. */
  max_age: z.number().int().min(0).nullable(),
  percent_by_year: z.strictObject({ year_1: percent, year_2: percent, year_3: percent, year_4: percent }),
  /** From 21 the base is the SMIC or the collective-agreement minimum of the job, whichever is higher. */
  collective_minimum_may_apply: z.boolean(),
});
export type ApprenticeBand = z.infer<typeof apprenticeBandSchema>;

export const proBandIds = ['under-21', '21-25', '26+'] as const;
export type ProBandId = (typeof proBandIds)[number];

/** Contrat de professionnalisation: rate by age band and by the level held before the contract. */
export const proBandSchema = z.strictObject({
  id: z.enum(proBandIds),
  min_age: z.number().int().min(0),
  max_age: z.number().int().min(0).nullable(),
  /** Held less than a vocational bac (or a non-vocational level-4 title). */
  below_bac: percent,
  /** Held a vocational bac or higher, or a higher-education diploma. */
  bac_or_higher: percent,
  collective_minimum_may_apply: z.boolean(),
  /** From 26: the pay is also at least this share of the branch's conventional minimum, when that is more (85 %). */
  collective_minimum_percent: percent.optional(),
});
export type ProBand = z.infer<typeof proBandSchema>;

/** An hour of the day, 0 to 24 (6 = 6 h du matin). */
const hourOfDay = z.number().min(0).max(24);

/**
 * The working-time limits of the under-18s (Code du travail L3162-1, L3162-2, L3163-1, L3163-2, L3164-1), as the
 * Ministère du Travail's fiche states them: kept here, with their source, so that the rules reading a minor's told
 * hours and the facts table take the same figures, and a change of the law is one edit.
 */
export const minorWorkLimitsSchema = z.strictObject({
  /** Effective work, at most per week and per day. */
  week_max_hours: z.number().positive(),
  day_max_hours: z.number().positive(),
  /**
   * On building, public-works and landscaping sites, when the organisation of the work justifies it, the limits a
   * minor may work to without any authorisation (Code du travail, L3162-1 and R3162-1, since 1 January 2019).
   */
  site_week_max_hours: z.number().positive(),
  site_day_max_hours: z.number().positive(),
  /** A break is due after this many hours of continuous work (4.5 = 4 h 30), of this many minutes. */
  break_after_hours: z.number().positive(),
  break_minutes: z.number().int().positive(),
  /** Night work is forbidden from night_from to night_to; below stricter_below_age, from night_from_younger. */
  night_from: hourOfDay,
  night_from_younger: hourOfDay,
  night_to: hourOfDay,
  /** Daily rest between two working days, in consecutive hours (more below stricter_below_age). */
  daily_rest_hours: z.number().positive(),
  daily_rest_hours_younger: z.number().positive(),
  /** The age under which the stricter night and rest limits apply (16). */
  stricter_below_age: z.number().int().positive(),
  /** The articles of the Code du travail the figures come from. */
  legal_basis: z.string().min(1),
  source: sourceSchema,
  /** When the team last checked the figures against the source. */
  verified_on: isoDate,
});
export type MinorWorkLimits = z.infer<typeof minorWorkLimitsSchema>;

function bandsAreContiguous(bands: readonly { min_age: number; max_age: number | null }[]): boolean {
  for (let i = 1; i < bands.length; i += 1) {
    const prev = bands[i - 1];
    const cur = bands[i];
    if (!prev || !cur || prev.max_age === null || cur.min_age !== prev.max_age + 1) return false;
  }
  return bands.at(-1)?.max_age === null;
}

export const parametersFileSchema = z
  .strictObject({
    /** Date of the data (the grid's last update), not of our import. */
    data_date: isoDate,
    source: sourceSchema,
    smic: smicSchema,
    apprentice_pay: z.strictObject({
      /** Ages outside this range get an "out of range" answer from the pay rule. */
      min_age: z.number().int(),
      max_age: z.number().int(),
      bands: z.array(apprenticeBandSchema).length(4).refine(bandsAreContiguous, {
        message: 'age bands must follow each other without gap, the last one open-ended',
      }),
      /** Points added to the rate during the extra year granted to an apprentice with a disability. */
      disability_extension_bonus_points: z.number().int().min(0),
      source: sourceSchema,
    }),
    professionalisation_pay: z.strictObject({
      bands: z.array(proBandSchema).length(3).refine(bandsAreContiguous, {
        message: 'age bands must follow each other without gap, the last one open-ended',
      }),
      source: sourceSchema,
    }),
    minor_work_limits: minorWorkLimitsSchema,
  })
  .refine((p) => p.apprentice_pay.min_age <= p.apprentice_pay.max_age, {
    message: 'apprentice_pay.min_age must not exceed max_age',
  });

export type Parameters = z.infer<typeof parametersFileSchema>;
