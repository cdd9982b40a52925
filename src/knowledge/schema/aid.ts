import { z } from 'zod';
import { citedSourceFields, isoDate, secondaryHasReason, secondaryReasonMessage, tuVousSchema } from './common.js';
import { contractTypeSchema } from './vocabulary.js';

/** Who receives the aid (a parent asks about `jeune` and `famille` aids). */
export const aidWhoSchema = z.enum(['jeune', 'employeur', 'famille']);
export type AidWho = z.infer<typeof aidWhoSchema>;

export const employerSectorSchema = z.enum(['prive', 'public']);
export type EmployerSector = z.infer<typeof employerSectorSchema>;

/** Situation of the young person, as far as aids care. */
export const personStatusSchema = z.enum([
  'collegien',
  'lyceen',
  'etudiant',
  'apprenti',
  'alternant_pro',
  'salarie',
  'demandeur_emploi',
  'sans_emploi_ni_formation',
]);
export type PersonStatus = z.infer<typeof personStatusSchema>;

/** Inclusive integer range; either end may be left open. */
export const intRangeSchema = z
  .strictObject({ min: z.number().int().optional(), max: z.number().int().optional() })
  .refine((r) => r.min !== undefined || r.max !== undefined, { message: 'give min, max or both' })
  .refine((r) => r.min === undefined || r.max === undefined || r.min <= r.max, { message: 'min must not exceed max' });
export type IntRange = z.infer<typeof intRangeSchema>;

/** Inclusive date range; either end may be left open. */
export const dateRangeSchema = z
  .strictObject({ from: isoDate.optional(), to: isoDate.optional() })
  .refine((r) => r.from !== undefined || r.to !== undefined, { message: 'give from, to or both' })
  .refine((r) => r.from === undefined || r.to === undefined || r.from <= r.to, { message: 'from must not be after to' });

/**
 * Eligibility conditions as data. Each present key is one test in rules/aids.ts; anything that cannot be a
 * test goes, in French, into `other_conditions` of the aid and is shown to the user as is.
 */
/** A monthly amount written as a share of the gross hourly SMIC times a number of hours (55 % × 169 h). */
const smicHoursShareSchema = z.strictObject({ smic_percent: z.number().positive().max(100), hours: z.number().positive() });

export const aidConditionsSchema = z.strictObject({
  /** Age of the young person, in whole years. */
  age: intRangeSchema.optional(),
  /** Age range that replaces `age` when the person has a recognised disability (e.g. CEJ up to 29). */
  age_if_disability: intRangeSchema.optional(),
  /** RNCP level of the diploma or title aimed (3 = CAP … 7 = master). */
  level: intRangeSchema.optional(),
  /** Number of employees of the employer. */
  company_size: intRangeSchema.optional(),
  /** Date on which the contract is concluded (signed). */
  contract_concluded: dateRangeSchema.optional(),
  /** The contract must start being carried out before this date (exclusive). */
  contract_start_before: isoDate.optional(),
  /** true: only for a person with a recognised disability. */
  disability: z.literal(true).optional(),
  residence_normandy: z.literal(true).optional(),
  /** Trained in a CFA located in Normandy. */
  cfa_in_normandy: z.literal(true).optional(),
  contract_types: z.array(contractTypeSchema).min(1).optional(),
  status: z.array(personStatusSchema).min(1).optional(),
  employer_sector: z.array(employerSectorSchema).min(1).optional(),
  /**
   * The apprentice's NET monthly pay must exceed this share of the gross hourly SMIC times `hours` (the prime
   * d'activité: an apprentice is eligible above the prestations familiales' ceiling, 55 % of the SMIC over 169 hours,
   * Code de la sécurité sociale L842-2 3°): weighed against a pay the person tells, and against the legal minimum of
   * their age and contract year, so an apprentice told far below it hears so.
   */
  pay_min_net: smicHoursShareSchema.optional(),
  /**
   * The apprentice's NET monthly pay must not exceed this share of the gross hourly SMIC times `hours` (the
   * prestations familiales' 55 % of the SMIC over 169 hours): checked only against a pay the person tells.
   */
  pay_max_net: smicHoursShareSchema.optional(),
});
export type AidConditions = z.infer<typeof aidConditionsSchema>;

/** When a row of an amount table applies; same meaning as the matching condition keys. */
export const amountWhenSchema = z.strictObject({
  age: intRangeSchema.optional(),
  level: intRangeSchema.optional(),
  company_size: intRangeSchema.optional(),
  disability: z.boolean().optional(),
});
export type AmountWhen = z.infer<typeof amountWhenSchema>;

export const amountPeriodSchema = z.enum(['once', 'month', 'year', 'night', 'meal', 'first_year']);
export type AmountPeriod = z.infer<typeof amountPeriodSchema>;

const euros = z.number().positive();
const itemBase = {
  id: z.string().regex(/^[a-z0-9_-]+$/),
  /** Short French label shown before the figure ("Hébergement", "Aide par apprenti"). */
  label: z.string().min(1),
  period: amountPeriodSchema,
  /** true when the figure is a ceiling ("jusqu'à"), false when it is the amount paid. */
  is_maximum: z.boolean(),
  /** French note shown with the figure. */
  note: z.string().min(1).optional(),
};

/** One part of an aid's amount. An aid may have several (OPCO side costs: night, meal, equipment…). */
export const amountItemSchema = z.discriminatedUnion('kind', [
  z.strictObject({ ...itemBase, kind: z.literal('fixed'), value: euros }),
  z.strictObject({ ...itemBase, kind: z.literal('range'), min: euros, max: euros }),
  /** First row whose `when` matches wins: put the most specific rows (disability) first. */
  z.strictObject({
    ...itemBase,
    kind: z.literal('table'),
    rows: z
      .array(
        z.strictObject({
          when: amountWhenSchema,
          value: euros,
          scheme: z.string().min(1).optional(),
          /** A condition that comes with this row's amount (the 250+ firms' commitment), said with the amount. */
          condition: z.string().min(1).optional(),
        }),
      )
      .min(1),
  }),
  /** A share of a cost (e.g. 80 % of the salary cost). */
  z.strictObject({ ...itemBase, kind: z.literal('percent'), value: z.number().positive().max(100), of: z.string().min(1) }),
  /** Computed case by case by the body that pays it: we never invent a figure. */
  z.strictObject({ ...itemBase, kind: z.literal('variable') }),
]);
export type AmountItem = z.infer<typeof amountItemSchema>;

export const aidSourceSchema = z.strictObject(citedSourceFields).refine(secondaryHasReason, secondaryReasonMessage);

export const aidSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/),
    title: z.string().min(1),
    /** How people name this aid when they ask about it ("aide au permis", "carte jeunes apprentis"), normalised by the bot. */
    keywords: z.array(z.string().min(2)).default([]),
    who: z.array(aidWhoSchema).min(1),
    /** Body that pays or manages it (État/ASP, OPCO, CAF, Action Logement, Région Normandie, Agefiph…). */
    provider: z.string().min(1),
    summary: tuVousSchema,
    amount: z.array(amountItemSchema).min(1),
    conditions: aidConditionsSchema,
    /** Conditions that are not testable data, in French. */
    other_conditions: z.array(z.string().min(1)).default([]),
    /** null: in place for a long time, start date not relevant. */
    valid_from: isoDate.nullable(),
    /** null: open-ended. After this date the aid is ended: named with its end date, never offered. */
    valid_to: isoDate.nullable(),
    /**
     * true when the source does not give exact dates; `dates_note` then says what is known. The dates above are then
     * bounds used to tell whether the aid is current or ended, never shown as a day: the bot says "ended" and the note.
     */
    dates_approximate: z.boolean().default(false),
    dates_note: z.string().min(1).optional(),
    how_to_apply: tuVousSchema,
    /** Aids that cannot be combined with this one. */
    not_cumulative_with: z.array(z.string()).default([]),
    /** The aid that took over, for an ended aid. */
    replaced_by: z.string().optional(),
    /**
     * For an ended aid that nothing replaced as such: the FAQ entries that say what exists today for what it paid
     * ("y a quoi à la place ?" after the Région's transport aid: the aids of an apprentice today).
     */
    now_see_faq: z.array(z.string()).default([]),
    /**
     * For an aid closed to a kind of employer (employer_sector): the FAQ entries that give that employer's own route
     * (a town hall told the private hiring aid is not theirs hears how public employers do: CELIA, CNFPT, FIPHFP).
     */
    sector_see_faq: z.array(z.string()).default([]),
    source: aidSourceSchema,
    see_also: z.array(aidSourceSchema).default([]),
    verified_on: isoDate,
  })
  .refine((a) => a.valid_from === null || a.valid_to === null || a.valid_from <= a.valid_to, {
    message: 'valid_from must not be after valid_to',
    path: ['valid_to'],
  })
  .refine((a) => !a.dates_approximate || a.dates_note !== undefined, {
    message: 'approximate dates need a dates_note saying what is known',
    path: ['dates_note'],
  });
export type Aid = z.infer<typeof aidSchema>;

export const aidsFileSchema = z
  .strictObject({ aids: z.array(aidSchema).min(1) })
  .superRefine((file, ctx) => {
    const ids = new Set<string>();
    file.aids.forEach((a, i) => {
      if (ids.has(a.id)) ctx.addIssue({ code: 'custom', message: `duplicate aid id "${a.id}"`, path: ['aids', i, 'id'] });
      ids.add(a.id);
    });
    file.aids.forEach((a, i) => {
      for (const ref of [...a.not_cumulative_with, ...(a.replaced_by ? [a.replaced_by] : [])]) {
        if (!ids.has(ref)) ctx.addIssue({ code: 'custom', message: `unknown aid id "${ref}"`, path: ['aids', i] });
      }
    });
  });
export type AidsFile = z.infer<typeof aidsFileSchema>;
