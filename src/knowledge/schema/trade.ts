import { z } from 'zod';
import { sourcesMapSchema } from './common.js';

/** Id of an entry in the file's `sources:` map. */
export const sourceIdSchema = z.string().regex(/^[a-z0-9_-]+$/);
/** ROME 4.0 code: one letter (grand domaine) and four digits, e.g. `D1102`. */
export const romeCodeSchema = z.string().regex(/^[A-N]\d{4}$/, { message: 'expected a ROME code such as D1102' });
/** A diploma id as used in diplomes.yaml: the CFD (8 characters) when there is one, else `RNCP<n>`. */
export const diplomaIdSchema = z
  .string()
  .regex(/^([0-9A-Z]{8}|RNCP\d+)$/, { message: 'expected a CFD (8 characters) or RNCP<number>' });

export const tradeSchema = z.strictObject({
  code: romeCodeSchema,
  label: z.string().min(1),
  /** ROME 4.0 "fiche" this code hangs under, when it differs from the code itself. */
  parent: romeCodeSchema.optional(),
  /** Every ROME appellation, the original label first, then masculine and feminine forms split out. */
  synonyms: z.array(z.string().min(1)).min(1),
  /** ONISEP domains (top level of its "domaine/sous-domaine" pairs). */
  domains: z.array(z.string().min(1)).min(1).optional(),
  /** La bonne alternance sub-domains: the groups a young person picks from. */
  sub_domains: z.array(z.string().min(1)).min(1).optional(),
  /** ONISEP Idéo job ids. */
  onisep: z.array(z.string().regex(/^MET\.\d+$/)).min(1).optional(),
  /** Active diplomas open to apprenticeship that lead to this trade (ids in diplomes.yaml). */
  diplomas: z.array(diplomaIdSchema).min(1).optional(),
  /** True when `diplomas` come from the parent ROME fiche (this code has no direct link in Certif Info). */
  diplomas_from_parent: z.literal(true).optional(),
  /**
   * Diplomas linked through their titles, not through Certif Info: the title or its option names the trade, or a
   * CAP / Bac pro of the same specialty leads to it (src/knowledge/import/title-links.ts). One-way by design.
   */
  diplomas_by_title: z.array(diplomaIdSchema).min(1).optional(),
  /**
   * Diplomas that renew one Certif Info filed under this trade, when the renewed record lost the link (Certif Info
   * often gives a new record fewer ROME codes): src/knowledge/import/kin-links.ts. One-way by design.
   */
  diplomas_by_renewal: z.array(diplomaIdSchema).min(1).optional(),
  /**
   * National vocational diplomas (CAP, Bac pro, BP, BTS, MC, CS…) of a training field (Formacode) and level in which
   * Certif Info gives this trade two certifications or more but no such diploma (src/knowledge/import/kin-links.ts).
   * One-way by design.
   */
  diplomas_by_field: z.array(diplomaIdSchema).min(1).optional(),
  sources: z.array(sourceIdSchema).min(1),
});
export type Trade = z.infer<typeof tradeSchema>;

/** The link lists of a trade besides Certif Info's own (`diplomas`), in the order the bot reads them. */
export const DERIVED_DIPLOMA_LINKS = ['diplomas_by_title', 'diplomas_by_renewal', 'diplomas_by_field'] as const;

/** Every diploma id a trade leads to: Certif Info's links, then those the import derives (duplicates kept out). */
export function tradeDiplomaIds(trade: Trade): string[] {
  return [...new Set([...(trade.diplomas ?? []), ...DERIVED_DIPLOMA_LINKS.flatMap((key) => trade[key] ?? [])])];
}

export const tradesFileSchema = z.strictObject({
  sources: sourcesMapSchema,
  metiers: z.array(tradeSchema),
});
export type TradesFile = z.infer<typeof tradesFileSchema>;
