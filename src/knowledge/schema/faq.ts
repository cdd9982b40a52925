import { z } from 'zod';
import { citedSourceFields, isoDate, secondaryHasReason, secondaryReasonMessage, tuVousSchema } from './common.js';
import { personConditionSchema, sideSchema, topicSchema } from './vocabulary.js';

export const faqCategorySchema = z.enum([
  'age',
  'contrat',
  'remuneration',
  'droits',
  'temps-de-travail',
  'rupture',
  'handicap',
  'recherche',
  'orientation',
  'aides',
  'employeur',
  'contacts',
]);
export type FaqCategory = z.infer<typeof faqCategorySchema>;

export const faqSourceSchema = z.strictObject(citedSourceFields).refine(secondaryHasReason, secondaryReasonMessage);

export const faqEntrySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  category: faqCategorySchema,
  /**
   * The card's title, a neutral topic ("Le chômage après un apprentissage"), where the first way of asking speaks as one
   * person ("J'ai une RQTH et 34 ans…", "Mon salaire change-t-il quand j'ai 18 ans ?"): a card is shown to anyone
   * (another age, a parent, an employer). Absent: the first way of asking, written neutral.
   */
  title: z.string().min(3).optional(),
  /** Ways people ask it, from formal to SMS style: training and search material, never shown as facts. */
  questions: z.array(z.string().min(3)).min(4),
  /** Short answer (2-4 sentences), our own wording. */
  answer: tuVousSchema,
  /**
   * The answer when the apprentice concerned is known to be under 18 and the rule differs by age: the same facts,
   * the minor's rule first (a 17-year-old is not told "si tu as 18 ans ou plus" first).
   */
  answer_minor: tuVousSchema.optional(),
  /**
   * The entry states rules for apprentices under 18 only (night work, hours, who signs a minor's contract): to
   * someone known to be 18 or older, the answer first says that these rules are not theirs.
   */
  for_minors: z.boolean().optional(),
  /**
   * The answer says yes only to people in one of these situations (an exception to a rule: an RQTH, a previous
   * contract): it is not the reading of the message of someone who has said none of them.
   */
  applies_when: z.array(personConditionSchema).min(1).optional(),
  /** The answer is not for people in these situations ("Oui, jusqu'à 29 ans" to someone past the limit). */
  not_when: z.array(personConditionSchema).min(1).optional(),
  /**
   * Versions of the answer for people in a situation that changes it (a resignation for the unemployment benefits, a
   * public employer for who pays the training): the first whose condition the person meets replaces the answer.
   */
  answer_when: z.array(z.strictObject({ when: personConditionSchema, answer: tuVousSchema })).min(1).optional(),
  /**
   * The sides the answer is written for, where the same question has one answer per side ("qui paie la formation ?":
   * nothing for the apprentice and the family, the OPCO and a share above bac+3 for the employer). Someone known to
   * speak from another side (dialogs/routing/side.ts) gets this entry only if no entry of their side fits at all.
   * Absent: the answer is for everyone.
   */
  audience: z.array(sideSchema).min(1).optional(),
  /** Longer explanation shown on demand. */
  details: tuVousSchema.optional(),
  /**
   * The terms of the field this entry says what they are ("apprentissage", "CFA", "OPCO"): a short message that only
   * asks what one of them is ("c'est quoi un CFA ?") gets this entry, whatever else the FAQ matcher finds.
   */
  defines: z.array(z.string().min(2)).optional(),
  /** Ids of aids (knowledge/aides.yaml) or contacts (knowledge/contacts.yaml) worth proposing next. */
  see_aids: z.array(z.string()).default([]),
  see_contacts: z.array(z.string()).default([]),
  /**
   * Ids of other FAQ entries that answer the natural next questions of this one ("et si j'ai moins de 21 ans ?" after
   * the paid holidays): a short follow-up looks in them, after this entry's own sentences, before the whole FAQ.
   */
  related: z.array(z.string()).default([]),
  /**
   * The entries that say what happens once this entry's subject is over ("et une fois passée ?" after the trial
   * period: how a contract can be broken after it), the first one the answer, the others offered beside it.
   */
  after: z.array(z.string()).min(1).optional(),
  sources: z.array(faqSourceSchema).min(1),
  verified_on: isoDate,
  /**
   * The topic that answers this question better with the person's details (the pay for their age, the aids for
   * their case): when a message reads as this entry, that topic answers it. Only for the FAQ's general versions
   * of a topic ("combien gagne un apprenti ?"), never for a precise question about it ("est-ce imposable ?").
   */
  topic: topicSchema.optional(),
});
export type FaqEntry = z.infer<typeof faqEntrySchema>;

export const faqFileSchema = z.strictObject({ faq: z.array(faqEntrySchema).min(1) }).superRefine((file, ctx) => {
  const ids = new Set<string>();
  const questions = new Map<string, string>();
  const definedBy = new Map<string, string>();
  file.faq.forEach((entry, i) => {
    entry.defines?.forEach((term, j) => {
      // One term, one definition: two entries defining it would make the answer depend on the file's order.
      const key = term.toLowerCase().trim();
      const other = definedBy.get(key);
      if (other !== undefined && other !== entry.id) {
        ctx.addIssue({ code: 'custom', message: `term also defined by "${other}"`, path: ['faq', i, 'defines', j] });
      }
      definedBy.set(key, entry.id);
    });
    if (ids.has(entry.id)) ctx.addIssue({ code: 'custom', message: `duplicate faq id "${entry.id}"`, path: ['faq', i, 'id'] });
    ids.add(entry.id);
    entry.questions.forEach((q, j) => {
      // The same phrasing under two entries would make the classifier and the search disagree.
      const key = q.toLowerCase().trim();
      const other = questions.get(key);
      if (other !== undefined && other !== entry.id) {
        ctx.addIssue({ code: 'custom', message: `question also in "${other}"`, path: ['faq', i, 'questions', j] });
      }
      questions.set(key, entry.id);
    });
  });
});
export type FaqFile = z.infer<typeof faqFileSchema>;
