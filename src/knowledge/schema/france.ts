import { z } from 'zod';
import { normalize } from '../../text/normalize.js';
import { sourcesMapSchema } from './common.js';

const regionCode = z.string().regex(/^\d{2,3}$/);
const departmentCode = z.string().regex(/^(\d{2,3}|2[AB])$/);

/** A French region, to name it to someone outside Normandy ("la Région Bretagne"). */
export const regionSchema = z.strictObject({ code: regionCode, name: z.string().min(1) });

/** A French département: its name, its region and its prefecture (chef-lieu, an INSEE commune code). */
export const departmentSchema = z.strictObject({
  code: departmentCode,
  name: z.string().min(1),
  region: regionCode,
  prefecture: z.string().regex(/^(\d{5}|2[AB]\d{3})$/),
});

/**
 * A commune outside Normandy, only to recognise its name (the bot covers Normandy), written compactly as
 * "name|département|population" ("Rennes|35|230890"): 32,000 of them parse five times faster than as mappings.
 * `key` is its name as a message is read (normalised): computed here, the validated files keep it in the knowledge
 * cache, so the first message after a start no longer normalises 32,000 names (about 0.3 s of CPU, issue 17).
 */
export const outsideCommuneSchema = z
  .string()
  .regex(/^[^|]+\|(\d{2,3}|2[AB])\|\d+$/, { message: 'expected "name|département|population"' })
  .transform((s) => {
    const [name, department, population] = s.split('|') as [string, string, string];
    return { name, department, population: Number(population), key: normalize(name) };
  });

export const franceFileSchema = z.strictObject({
  sources: sourcesMapSchema,
  regions: z.array(regionSchema).min(1),
  departements: z.array(departmentSchema).min(1),
  communes: z.array(outsideCommuneSchema),
});
export type Region = z.infer<typeof regionSchema>;
export type Department = z.infer<typeof departmentSchema>;
export type OutsideCommune = z.infer<typeof outsideCommuneSchema>;
export type FranceFile = z.infer<typeof franceFileSchema>;
