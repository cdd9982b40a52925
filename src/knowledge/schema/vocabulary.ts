import { z } from 'zod';

/**
 * The words the whole bot shares, defined once: who is typing, the kinds of contract, the topics the dialogs
 * answer, the interruptions, and the interests of the guided orientation. The knowledge schemas, the rules, the
 * understanding and the dialogs all import them from here.
 */

/** Who is typing: a young person, a parent, an employer or an adviser (professional who accompanies young people). */
export const personaSchema = z.enum(['jeune', 'parent', 'employeur', 'conseiller']);
export type Persona = z.infer<typeof personaSchema>;

/**
 * The side an answer is written for: the apprentice, the family, the employer, or everyone. "Qui paie le CFA ?" has
 * the apprentice's answer (nothing to pay) and the employer's (the OPCO, a share above bac+3): each is for its side.
 */
export const sideSchema = z.enum(['apprenti', 'famille', 'employeur', 'tous']);
export type Side = z.infer<typeof sideSchema>;

/** The side a persona speaks from; an adviser speaks for a young person or an employer, so for no side of their own. */
export const SIDE_OF_PERSONA: Readonly<Record<Persona, Side | undefined>> = { jeune: 'apprenti', parent: 'famille', employeur: 'employeur', conseiller: undefined };

export const contractTypeSchema = z.enum(['apprentissage', 'professionnalisation']);
export type ContractType = z.infer<typeof contractTypeSchema>;

/** What an answer is about; a follow-up continues the topic of the last answer. */
export const topicSchema = z.enum(['salary', 'aids', 'trade', 'training', 'faq', 'orientation', 'contact', 'find_employer']);
export type Topic = z.infer<typeof topicSchema>;

/** Requests that break into any question: the person wants out, the menu, or a human. */
export const interruptionSchema = z.enum(['help', 'restart', 'human', 'callback', 'erase', 'recap']);
export type Interruption = z.infer<typeof interruptionSchema>;

/** The interests of the guided orientation ("j'aime cuisiner", "être dehors"), mapped to trades in interets.yaml. */
export const INTEREST_IDS = [
  'cuisine', 'alimentation', 'batiment', 'electricite', 'mecanique', 'industrie', 'informatique', 'animaux',
  'nature', 'agriculture', 'coiffure_esthetique', 'vente', 'sante_social', 'bricolage', 'transport_logistique',
  'gestion_bureau', 'art_creation', 'sport_animation', 'securite', 'couture_mode', 'petite_enfance', 'mer',
] as const;
export const interestIdSchema = z.enum(INTEREST_IDS);
export type InterestId = z.infer<typeof interestIdSchema>;

/** How the bot addresses the person: `tu` to young people, `vous` to parents, employers and advisers. */
export const registerSchema = z.enum(['tu', 'vous']);
export type Register = z.infer<typeof registerSchema>;

/**
 * What a person may say of their own situation that changes an answer: they resigned ("j'ai démissionné"), they never
 * were an apprentice, they were one before, they have a project to create or take over a business, they are a
 * top-level athlete, they have a child of their own (an apprentice who is a parent: their own rights, not a child's).
 */
/** 'contract-ended' (round 29): the contract is broken or being left before its term, whoever ends it (a rupture, a dismissal, a resignation). */
export const situationSchema = z.enum(['resigned', 'never-apprenticed', 'previous-apprenticeship', 'business-project', 'top-athlete', 'own-children', 'contract-ended']);
export type Situation = z.infer<typeof situationSchema>;

/**
 * A condition a FAQ answer is checked against: a situation said, a disability (RQTH) said, a public employer, an
 * age past the general limit of apprenticeship (30), or an age under 16 (stricter rules for the youngest minors).
 */
export const personConditionSchema = z.union([situationSchema, z.enum(['disability', 'public-employer', 'past-age-limit', 'under-16'])]);
export type PersonCondition = z.infer<typeof personConditionSchema>;
