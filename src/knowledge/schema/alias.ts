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
}).superRefine((file, ctx) => {
  // One everyday word, one line: a word listed twice is dead weight at best, and two trades at worst (the answer
  // would then depend on the file's order).
  const listedAt = new Map<string, { line: number; rome: string }>();
  file.aliases.forEach((alias, i) => {
    alias.words.forEach((word, j) => {
      const key = word.toLowerCase().trim();
      const other = listedAt.get(key);
      if (other) ctx.addIssue({ code: 'custom', message: `"${word}" is already listed for ${other.rome} (alias ${other.line})`, path: ['aliases', i, 'words', j] });
      else listedAt.set(key, { line: i, rome: alias.rome });
    });
  });
});
export type TradeAlias = z.infer<typeof tradeAliasSchema>;
export type AliasesFile = z.infer<typeof aliasesFileSchema>;
