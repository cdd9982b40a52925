import { z } from 'zod';
import { isoDate, sourcesMapSchema } from './common.js';
import { diplomaIdSchema, romeCodeSchema, sourceIdSchema } from './trade.js';

export { diplomaIdSchema };

const rate = z.number().int().min(0).max(100);

/** InserJeunes outcome in Normandy for one route and one cohort of leavers (rates in %). */
export const outcomeSchema = z.strictObject({
  route: z.enum(['apprentissage', 'scolaire']),
  /** School years of the cohort, e.g. `2022-2023`. */
  cohort: z.string().regex(/^\d{4}-\d{4}$/),
  leavers: z.number().int().min(0),
  /** Employment rate 6, 12 and 24 months after leaving; absent when InserJeunes did not publish it. */
  rate_6m: rate.optional(),
  rate_12m: rate.optional(),
  rate_24m: rate.optional(),
  /** Share of the year's pupils who went on studying. */
  studies: rate.optional(),
  source: sourceIdSchema,
});
export type Outcome = z.infer<typeof outcomeSchema>;

export const diplomaSchema = z.strictObject({
  id: diplomaIdSchema,
  cfd: z.string().regex(/^[0-9A-Z]{8}$/).optional(),
  rncp: z.string().regex(/^RNCP\d+$/).optional(),
  title: z.string().min(1),
  /** Short normalised type: CAP, Bac pro, BP, BTS, BUT, MC, CS, Titre pro, Licence pro, Master, … */
  type: z.string().min(1),
  /** European qualification level (3 = CAP, 4 = bac, 5 = bac+2, 6 = bac+3, 7 = bac+5). */
  level: z.number().int().min(3).max(7),
  /** Open to apprenticeship according to the sources. */
  apprenticeship: z.boolean(),
  /** Still awarded at the date of the certification data (see the import notes). */
  active: z.boolean(),
  last_session: z.number().int().optional(),
  /** End of validity of the RNCP record (France compétences kit). */
  expires: isoDate.optional(),
  /** Diploma that replaces this one (id in diplomes.yaml). */
  replaced_by: diplomaIdSchema.optional(),
  romes: z.array(romeCodeSchema).min(1).optional(),
  /** The options whose shared first year this code is (a BTS's "1ère année commune"): it is taught under its own code. */
  common_year_of: z.array(diplomaIdSchema).min(1).optional(),
  /** ONISEP Idéo formation ids. */
  onisep: z.array(z.string().regex(/^FOR\.\d+$/)).min(1).optional(),
  outcomes: z.array(outcomeSchema).min(1).optional(),
  sources: z.array(sourceIdSchema).min(1),
});
export type Diploma = z.infer<typeof diplomaSchema>;

export const diplomasFileSchema = z.strictObject({
  sources: sourcesMapSchema,
  diplomes: z.array(diplomaSchema),
});
export type DiplomasFile = z.infer<typeof diplomasFileSchema>;
