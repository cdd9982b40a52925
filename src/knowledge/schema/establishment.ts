import { z } from 'zod';
import { sourcesMapSchema } from './common.js';
import { inseeCodeSchema, postcodeSchema } from './commune.js';
import { diplomaIdSchema, sourceIdSchema } from './trade.js';

const year = z.number().int().min(2000).max(2100);
const count = z.number().int().min(0);

/**
 * What the catalogue says about the demand for a course, as facts: Affelnet's first-choice and all-choice demands
 * and its capacity (absent when the export says "no fixed capacity", 999); Parcoursup's confirmed wishes (not
 * ranked, so not comparable with a capacity) and capacity.
 */
export const offerDemandSchema = z.strictObject({
  first_choice: count.optional(),
  all_choices: count.optional(),
  wishes: count.optional(),
  capacity: count.optional(),
});
export type OfferDemand = z.infer<typeof offerDemandSchema>;

/** One course seen in a dated catalogue: the year tells the bot how old the fact is. */
export const offerSchema = z.strictObject({
  diploma: diplomaIdSchema,
  year,
  source: sourceIdSchema,
  demand: offerDemandSchema.optional(),
});
export type Offer = z.infer<typeof offerSchema>;

/**
 * A course an older catalogue lists at this site that a newer catalogue covering the same kind of course lists
 * the site without ("offered in 2020, not in 2025"): kept as history, never shown as a current place.
 */
export const pastOfferSchema = z.strictObject({
  diploma: diplomaIdSchema,
  year,
  source: sourceIdSchema,
  absent_in: z.strictObject({ year, source: sourceIdSchema }),
  /** The other site of the same town where the newer catalogue lists this course (the site itself is listed no more). */
  now_at: z.string().regex(/^\d{7}[A-Z]$/).optional(),
});
export type PastOffer = z.infer<typeof pastOfferSchema>;

/**
 * A catalogue line whose site no file places in a commune: listed, never given a guessed town. Its département is
 * the one its UAI is numbered in (the code's first three digits, "0763522R" → 76), which every UAI of a school
 * or CFA carries; its name only when some catalogue gives one.
 */
export const unplacedOfferSchema = z.strictObject({
  uai: z.string().regex(/^\d{7}[A-Z]$/),
  departement: z.string().regex(/^\d{2}$/).optional(),
  name: z.string().min(1).optional(),
  label: z.string().min(1),
  diploma: diplomaIdSchema.optional(),
  year,
  source: sourceIdSchema,
});
export type UnplacedOffer = z.infer<typeof unplacedOfferSchema>;

/** A course whose diploma the import could not identify: kept with its catalogue label so nothing is lost. */
export const unmatchedOfferSchema = z.strictObject({
  label: z.string().min(1),
  year,
  source: sourceIdSchema,
});
export type UnmatchedOffer = z.infer<typeof unmatchedOfferSchema>;

export const establishmentSchema = z.strictObject({
  uai: z.string().regex(/^\d{7}[A-Z]$/, { message: 'expected a UAI such as 0141300M' }),
  name: z.string().min(1),
  commune: inseeCodeSchema,
  /** Coordinates of the commune (not of the building). */
  lat: z.number(),
  lon: z.number(),
  address: z.string().min(1).optional(),
  postcode: postcodeSchema.optional(),
  siret: z.string().regex(/^\d{14}$/).optional(),
  /** Current courses: for each course, the newest catalogue that lists it here. */
  offers: z.array(offerSchema),
  past_offers: z.array(pastOfferSchema).min(1).optional(),
  unmatched_offers: z.array(unmatchedOfferSchema).min(1).optional(),
  sources: z.array(sourceIdSchema).min(1),
});
export type Establishment = z.infer<typeof establishmentSchema>;

export const establishmentsFileSchema = z.strictObject({
  sources: sourcesMapSchema,
  etablissements: z.array(establishmentSchema),
  unplaced_offers: z.array(unplacedOfferSchema).min(1).optional(),
});
export type EstablishmentsFile = z.infer<typeof establishmentsFileSchema>;
