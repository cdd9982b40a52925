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

/** A file under ../shared/data (the project's open data), written relative to it: `aides/salaire_apprenti_grille.json`. */
export const sharedDataFile = z
  .string()
  .regex(/^(?!\/)(?!.*\.\.)[A-Za-z0-9_./-]+$/, { message: 'expected a path relative to ../shared/data, like aides/salaire_apprenti_grille.json' });

/**
 * The fields of a source cited by a hand-written record (aid, FAQ answer, contact). Whether the publisher is a
 * primary one is decided by knowledge/sources-policy.yaml (src/knowledge/source-policy.ts); a page of another kind
 * is accepted only with `secondary: true` and a `reason`, and never counts as the support of an amount, a rate, an
 * age or a date.
 */
export const citedSourceFields = {
  url: httpsUrl,
  producer: z.string().min(1),
  title: z.string().min(1).optional(),
  /** Publication or update date of the document, when it shows one. */
  data_date: isoDate.optional(),
  /** The file of ../shared/data that holds the same facts, when there is one. */
  file: sharedDataFile.optional(),
  /** true: not a primary publisher; allowed only with a reason, and never the support of a figure or a date. */
  secondary: z.literal(true).optional(),
  reason: z.string().min(10).optional(),
};

/** `secondary` and `reason` go together: a secondary source says why it is cited, a reason only explains one. */
export function secondaryHasReason(s: { secondary?: true | undefined; reason?: string | undefined }): boolean {
  return (s.secondary === true) === (s.reason !== undefined);
}
export const secondaryReasonMessage = {
  message: 'a secondary source needs `secondary: true` and a `reason` (why no primary page says it), and a reason only goes with secondary',
  path: ['reason'],
};

/** The source of a file of editorial knowledge (everyday trade names, interests): the referential it points into. */
export const editorialSourceSchema = z
  .strictObject({
    producer: z.string().min(1),
    url: httpsUrl.optional(),
    file: sharedDataFile.optional(),
    title: z.string().min(1).optional(),
  })
  .refine((s) => s.url !== undefined || s.file !== undefined, { message: 'give the url of the page or the file of ../shared/data' });

export const sourcesMapSchema = z.record(z.string().regex(/^[a-z0-9_-]+$/), sourceSchema);

/** Text with the two registers the bot uses: `tu` for young people, `vous` for parents and employers. */
export const tuVousSchema = z.strictObject({ tu: z.string().min(1), vous: z.string().min(1) });
export type TuVous = z.infer<typeof tuVousSchema>;
