import { z } from 'zod';
import { editorialSourceSchema, isoDate } from './common.js';
import { romeCodeSchema } from './trade.js';
import { interestIdSchema } from './vocabulary.js';

/**
 * What a young person says they like ("j'aime cuisiner", "être dehors") mapped to a few trades open to
 * apprenticeship: the first step of the guided orientation. Editorial knowledge, reviewed like the rest.
 */
export const interestSchema = z.strictObject({
  /** An interest id of the vocabulary (schema/vocabulary.ts), the ones the entity extractor reads. */
  id: interestIdSchema,
  /** Button title, as a young person would say it. */
  label: z.string().min(1),
  /** Offered as a quick reply when the bot asks what someone likes (the others are understood when typed). */
  featured: z.boolean().default(false),
  /** Trades to propose, most accessible first. */
  trades: z.array(romeCodeSchema).min(2),
});
export const interestsFileSchema = z.strictObject({
  verified_on: isoDate,
  /** Where the trade codes come from (ROME 4.0): the mapping itself is the team's reviewed wording. */
  source: editorialSourceSchema,
  interests: z.array(interestSchema).min(5),
});
export type Interest = z.infer<typeof interestSchema>;
export type InterestsFile = z.infer<typeof interestsFileSchema>;
