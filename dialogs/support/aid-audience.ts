import type { Understanding } from '../../src/nlu/understanding.js';
import type { Profile } from './state.js';

/** Words that name the employer's side of apprenticeship, and the young person's (or the family's). */
const EMPLOYER_SIDE = /\b(?:employeur|employeurs|entreprise|entreprises|patron|patrons|societe|societes)\b/;
const YOUNG_SIDE = /\b(?:apprenti|apprentis|apprentie|apprenties|alternant|alternants|jeune|jeunes|famille|familles|parent|parents)\b/;

/** Words that name an aid: a message without one ("j'ai le droit ?") is read as aids by a guess only. */
const AID_WORD = /\b(?:aide|aides|aider|aidee|aidees|aidé|prime|primes|allocation|allocations|financement|financements|subvention|subventions|droit a quoi)\b/;

/** "les aides pour l'apprenti et pour l'entreprise": the message names the aids of both sides. */
export function namesBothSides(normalized: string): boolean {
  return EMPLOYER_SIDE.test(normalized) && YOUNG_SIDE.test(normalized) && !EMPLOYERS_AIDS.test(normalized);
}

/** "aides employeur apprenti", "l'aide à l'entreprise pour un apprenti": the employer's aids, whoever the apprentice is. */
const EMPLOYERS_AIDS = /\baides? (?:a le |a la |pour le |pour la |pour les |de le |de la |des |aux )?(?:employeurs?|entreprises?|patrons?)\b/;

/**
 * Whether an aid question must first ask who is asking (DESIGN §6, answer first). Without a persona, an age or a head
 * count, the aids answered are the young person's (the public the bot is for; "pour moi", "j'ai droit" and the tu of
 * a young person say so), with one line offering to refine. The question is kept only when the message is truly
 * ambiguous between people, naming the aids of both sides ("aides pour les apprentis et les entreprises ?"), and the
 * register gives nothing (a tu would say the young person, a vous is answered in vous with the same refining line),
 * or when it names no aid at all and was read as aids by a guess.
 */
export function aidsNeedPersona(p: Profile, normalized: string): boolean {
  if (p.persona !== undefined || p.age !== undefined || p.companySize !== undefined) return false;
  // A message that names no aid at all ("j'ai le droit ?") is too vague to answer with a guess about the person too.
  return !AID_WORD.test(normalized) || (p.register === undefined && namesBothSides(normalized));
}

/** The aids' audience was guessed (the young person), not told: the answer offers to refine it. */
export function aidsAudienceGuessed(p: Profile): boolean {
  return p.persona === undefined && p.companySize === undefined;
}

/**
 * "l'entreprise touche combien si elle prend mon fils ?", "l'employeur de ma fille reçoit une prime ?": a parent or an
 * apprentice asks what the EMPLOYER receives (the employer named, its aids read). The employer's aids answer, said
 * to be the employer's; the person stays who they are.
 */
export function employerAidsAskedByOtherSide(p: Profile, u: Understanding): boolean {
  return (p.persona === 'parent' || p.persona === 'jeune') && u.intent === 'employer_aids' && u.cues.employerWord;
}
