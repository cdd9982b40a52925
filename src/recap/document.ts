import { z } from 'zod';

/**
 * A récap as the bot writes it: every sentence already in the person's register (from messages.fr.yaml and the
 * knowledge), facts with their source lines, the places as points for the map. The page (html.ts) only lays it out
 * and escapes it; the store keeps it as JSON and reads it back through this schema.
 */
const text = z.string().min(1).max(2000);

export const recapLinkSchema = z.strictObject({
  title: text,
  /** Only https: pages and tel: numbers ever become links. */
  url: z.string().regex(/^(https:\/\/\S+|tel:\+?[0-9]+)$/),
});

export const recapItemSchema = z.strictObject({
  text,
  /** Smaller lines under the item: conditions, how to apply. */
  details: z.array(text).max(10).default([]),
  source: text.optional(),
  link: recapLinkSchema.optional(),
});
export type RecapItem = z.infer<typeof recapItemSchema>;

export const recapSectionSchema = z.strictObject({
  id: z.enum(['trade', 'diplomas', 'places', 'pay', 'aids', 'next', 'contacts']),
  heading: text,
  items: z.array(recapItemSchema).max(20),
  /** A two-column table (pay by year). */
  table: z.array(z.strictObject({ title: text, value: text })).max(10).default([]),
  notes: z.array(text).max(10).default([]),
  sources: z.array(text).max(10).default([]),
});
export type RecapSection = z.infer<typeof recapSectionSchema>;

const degrees = z.strictObject({ lon: z.number().min(-180).max(180), lat: z.number().min(-90).max(90) });

export const recapMapSchema = z.strictObject({
  home: degrees.optional(),
  /** In the order of the places section: dot n is item n. */
  places: z.array(degrees).max(20),
  alt: text,
});

export const recapDocumentSchema = z.strictObject({
  register: z.enum(['tu', 'vous']),
  title: text,
  intro: text,
  sections: z.array(recapSectionSchema).max(10),
  map: recapMapSchema.optional(),
  /** The reference code, spaced for reading ("A3C 9KX"), and the sentence that says what it is for. */
  code: z.string().regex(/^[0-9A-Z ]{4,12}$/),
  codeLine: text,
});
export type RecapDocument = z.infer<typeof recapDocumentSchema>;
export type RecapDocumentInput = z.input<typeof recapDocumentSchema>;
