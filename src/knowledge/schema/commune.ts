import { z } from 'zod';
import { sourcesMapSchema } from './common.js';
import { sourceIdSchema } from './trade.js';

export const inseeCodeSchema = z.string().regex(/^(\d{5}|2[AB]\d{3})$/, { message: 'expected an INSEE commune code' });
export const postcodeSchema = z.string().regex(/^\d{5}$/);

export const communeSchema = z.strictObject({
  insee: inseeCodeSchema,
  name: z.string().min(1),
  department: z.enum(['14', '27', '50', '61', '76']),
  postcodes: z.array(postcodeSchema).min(1),
  /** WGS84 centroid of the commune's land area. */
  lat: z.number().min(48).max(50.2),
  lon: z.number().min(-2.2).max(2),
  population: z.number().int().min(0),
  sources: z.array(sourceIdSchema).min(1),
});
export type Commune = z.infer<typeof communeSchema>;

/** A commune that was merged into another one: its old code and name still resolve to the current commune. */
export const formerCommuneSchema = z.strictObject({
  insee: inseeCodeSchema,
  /** Absent when the source only keeps the old code. */
  name: z.string().min(1).optional(),
  current: inseeCodeSchema,
  source: sourceIdSchema,
});
export type FormerCommune = z.infer<typeof formerCommuneSchema>;

export const communesFileSchema = z.strictObject({
  sources: sourcesMapSchema,
  communes: z.array(communeSchema),
  anciennes_communes: z.array(formerCommuneSchema),
});
export type CommunesFile = z.infer<typeof communesFileSchema>;
