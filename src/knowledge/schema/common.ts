import { z } from 'zod';

/** ISO calendar date, as written in YAML (`2026-03-13`). YAML may hand us a Date: accept both, keep a string. */
export const isoDate = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'expected a date (YYYY-MM-DD)' }),
);

export const httpsUrl = z.string().regex(/^https:\/\/\S+$/, { message: 'expected an https:// URL' });

/**
 * Where a fact comes from. Imported files declare their sources once at the top (`sources:` map) and each
 * record names its source id; hand-written records carry their URL and `verified_on` themselves.
 */
export const sourceSchema = z.strictObject({
  producer: z.string().min(1),
  /** A public URL, or the file under ../shared/data it was imported from. */
  url: httpsUrl.optional(),
  file: z.string().min(1).optional(),
  licence: z.string().min(1).optional(),
  /** The date of the data itself (publication or extraction), not of our import. */
  data_date: isoDate,
});
export type Source = z.infer<typeof sourceSchema>;

export const sourcesMapSchema = z.record(z.string().regex(/^[a-z0-9_-]+$/), sourceSchema);

/** Text with the two registers the bot uses: `tu` for young people, `vous` for parents and employers. */
export const tuVousSchema = z.strictObject({ tu: z.string().min(1), vous: z.string().min(1) });
export type TuVous = z.infer<typeof tuVousSchema>;
