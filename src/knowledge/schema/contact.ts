import { z } from 'zod';
import { citedSourceFields, httpsUrl, isoDate, secondaryHasReason, secondaryReasonMessage, tuVousSchema } from './common.js';
import { personaSchema } from './vocabulary.js';

export const contactKindSchema = z.enum(['telephone', 'site', 'reseau', 'mediation', 'service']);
export type ContactKind = z.infer<typeof contactKindSchema>;

/** The people a contact serves: the personas of the bot. */
export const contactAudienceSchema = personaSchema;

export const contactPhoneSchema = z.strictObject({
  /** As read out and shown: "0800 050 000". */
  display: z.string().regex(/^[0-9 ]+$/),
  /** For tel: links, international format: "+33800050000". */
  e164: z.string().regex(/^\+[1-9][0-9]{6,14}$/),
  free: z.boolean(),
});

export const contactSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/),
    name: z.string().min(1),
    kind: contactKindSchema,
    for_whom: z.array(contactAudienceSchema).min(1),
    what_for: tuVousSchema,
    /** How to find the right local office when there is no single number or page. */
    how_to_reach: tuVousSchema.optional(),
    phone: contactPhoneSchema.optional(),
    url: httpsUrl.optional(),
    /** Ages served, when the service has an age range. */
    age: z.strictObject({ min: z.number().int(), max: z.number().int() }).optional(),
    count_in_normandy: z.number().int().positive().optional(),
    source: z.strictObject(citedSourceFields).refine(secondaryHasReason, secondaryReasonMessage),
    verified_on: isoDate,
  })
  .refine((c) => c.phone !== undefined || c.url !== undefined || c.how_to_reach !== undefined, {
    message: 'a contact needs a phone, a url or how_to_reach',
  })
  .refine((c) => c.kind !== 'telephone' || c.phone !== undefined, { message: 'a telephone contact needs a phone', path: ['phone'] });
export type Contact = z.infer<typeof contactSchema>;

export const contactsFileSchema = z.strictObject({ contacts: z.array(contactSchema).min(1) }).superRefine((file, ctx) => {
  const ids = new Set<string>();
  file.contacts.forEach((c, i) => {
    if (ids.has(c.id)) ctx.addIssue({ code: 'custom', message: `duplicate contact id "${c.id}"`, path: ['contacts', i, 'id'] });
    ids.add(c.id);
  });
});
export type ContactsFile = z.infer<typeof contactsFileSchema>;
