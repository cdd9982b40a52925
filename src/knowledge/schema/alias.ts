import { z } from 'zod';
import { editorialSourceSchema, isoDate } from './common.js';
import { romeCodeSchema } from './trade.js';

/**
 * Everyday names of trades that no official list carries ("mécano", "boulot de coiffure"): our editorial
 * knowledge, reviewed like the rest. Each alias points to a ROME code.
 */
export const tradeAliasSchema = z.strictObject({
  rome: romeCodeSchema,
  words: z.array(z.string().min(2)).min(1),
  note: z.string().min(1).optional(),
});
export const aliasesFileSchema = z.strictObject({
  verified_on: isoDate,
  /** Where the trade codes come from (ROME 4.0): the mapping itself is the team's reviewed wording. */
  source: editorialSourceSchema,
  aliases: z.array(tradeAliasSchema),
});
export type TradeAlias = z.infer<typeof tradeAliasSchema>;
export type AliasesFile = z.infer<typeof aliasesFileSchema>;
