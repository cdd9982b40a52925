import { z } from 'zod';
import { sourcesMapSchema } from './common.js';
import { inseeCodeSchema, postcodeSchema } from './commune.js';
import { diplomaIdSchema, sourceIdSchema } from './trade.js';

/** One course seen in a dated catalogue: the year tells the bot how old the fact is. */
export const offerSchema = z.strictObject({
  diploma: diplomaIdSchema,
  year: z.number().int().min(2000).max(2100),
  source: sourceIdSchema,
});
export type Offer = z.infer<typeof offerSchema>;

/** A course whose diploma the import could not identify: kept with its catalogue label so nothing is lost. */
export const unmatchedOfferSchema = z.strictObject({
  label: z.string().min(1),
  year: z.number().int().min(2000).max(2100),
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
  offers: z.array(offerSchema),
  unmatched_offers: z.array(unmatchedOfferSchema).min(1).optional(),
  sources: z.array(sourceIdSchema).min(1),
});
export type Establishment = z.infer<typeof establishmentSchema>;

export const establishmentsFileSchema = z.strictObject({
  sources: sourcesMapSchema,
  etablissements: z.array(establishmentSchema),
});
export type EstablishmentsFile = z.infer<typeof establishmentsFileSchema>;
