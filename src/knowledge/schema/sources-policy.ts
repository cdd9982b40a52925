import { z } from 'zod';
import { citedSourceFields, httpsUrl, isoDate, sharedDataFile } from './common.js';

/** Whose facts a publisher may support: national rules, Normandy's, or one OPCO's own rules. */
export const publisherScopeSchema = z.enum(['national', 'normandie', 'opco']);
export type PublisherScope = z.infer<typeof publisherScopeSchema>;

/** A host name, or a host pattern where `*` stands for part of one label (`ac-*.fr`). */
const hostPattern = z
  .string()
  .regex(/^[a-z0-9*]([a-z0-9*-]*[a-z0-9*])?(\.[a-z0-9*]([a-z0-9*-]*[a-z0-9*])?)+$/, { message: 'expected a host name like travail-emploi.gouv.fr' });

/**
 * A primary publisher: a page on `domain` or any of its sub-domains is a primary source for facts of its scope.
 */
export const publisherSchema = z.strictObject({
  domain: hostPattern.refine((d) => !d.includes('*'), { message: 'a publisher is named by its exact domain, without *' }),
  publisher: z.string().min(1),
  scope: publisherScopeSchema,
  /** What it is an authority for, in a few words (for reviewers). */
  role: z.string().min(1),
});
export type Publisher = z.infer<typeof publisherSchema>;

/** A site of another region or académie: never cited for a national or Normandy fact, not even as secondary. */
export const otherRegionSchema = z.strictObject({
  host: hostPattern,
  name: z.string().min(1),
});
export type OtherRegion = z.infer<typeof otherRegionSchema>;

export const sourcesPolicyFileSchema = z
  .strictObject({
    verified_on: isoDate,
    publishers: z.array(publisherSchema).min(1),
    other_regions: z.array(otherRegionSchema).default([]),
  })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.publishers.forEach((p, i) => {
      if (seen.has(p.domain)) ctx.addIssue({ code: 'custom', message: `duplicate publisher domain "${p.domain}"`, path: ['publishers', i, 'domain'] });
      seen.add(p.domain);
    });
  });
export type SourcesPolicyFile = z.infer<typeof sourcesPolicyFileSchema>;

/** A source of a fact written in a message: a page, or a file of ../shared/data, or both. */
export const messageSourceSchema = z
  .strictObject({
    url: httpsUrl.optional(),
    file: sharedDataFile.optional(),
    producer: citedSourceFields.producer,
    title: citedSourceFields.title,
    data_date: citedSourceFields.data_date,
  })
  .refine((s) => s.url !== undefined || s.file !== undefined, { message: 'give the url of the page or the file of ../shared/data' });
export type MessageSource = z.infer<typeof messageSourceSchema>;

/**
 * knowledge/messages-sources.yaml: the sources of the facts (ages, amounts, rates, dates) that a message of
 * messages.fr.yaml writes out itself instead of receiving them as parameters.
 */
export const messagesSourcesFileSchema = z.strictObject({
  verified_on: isoDate,
  messages: z.record(z.string().regex(/^[a-z0-9_]+(\.[a-zA-Z0-9_]+)*$/, { message: 'expected a message key like salary.too_young' }), z.array(messageSourceSchema).min(1)),
});
export type MessagesSourcesFile = z.infer<typeof messagesSourcesFileSchema>;
