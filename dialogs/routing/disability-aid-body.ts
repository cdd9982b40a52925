import type { Understanding } from '../../src/nlu/understanding.js';
import { DISABILITY_HELD } from './disability-aids-own.js';

/**
 * "quel organisme contacter pour les aides handicap de mon apprenti ?", "qui finance l'adaptation du poste d'un
 * apprenti handicapé ?", "à qui s'adresser pour une aide liée au handicap d'un alternant ?": the body that pays the
 * disability aids, asked by an employer or of an apprentice in general. The employer's entry names them (the Agefiph
 * for a private employer, the FIPHFP for a public one, the State's aid, the CFA's référent handicap); the young
 * person's own card ("avec une RQTH, tu peux…") answers someone else. A disability of one's own or one's child's
 * ("j'ai une RQTH", "mon fils est handicapé") keeps that card (own-disability-aids).
 */
export const DISABILITY_EMPLOYER_ENTRY = 'handicap-employeur';

/** Which body, or whom to turn to: "quel organisme", "qui contacter", "à qui s'adresser", "qui finance". */
const BODY_ASKED =
  /\b(?:quel|quels|quelle|quelles) (?:organisme|organismes|structure|structures|interlocuteur|interlocuteurs|service|services|organisation|organisations|acteur|acteurs|institution|institutions)\b|\b(?:qui|a qui|aupres de qui|vers qui|ou) (?:je dois |on doit |il faut |dois je |doit on |peut on |puis je )?(?:contacter|s adresser|se adresser|m adresser|me adresser|nous adresser|demander|faire la demande|se tourner|me tourner|nous tourner|appeler|ecrire)\b|\bqui (?:finance|financent|verse|versent|paie|paye|donne|donnent|gere|s occupe|accorde)\b|\b(?:contacter|joindre|appeler) qui\b/;

/** Aids or funding asked: "les aides", "un financement", "une prime", "une subvention", "adapter le poste". */
const AID_ASKED = /\b(?:aides?|aident|aider|financements?|financer|primes?|subventions?|compensation|amenagement|amenager|adapter|adaptation)\b/;

/** The disability told as one's own or one's child's: the young person's card answers that. */
const OWN_DISABILITY =
  /\b(?:j ai|jai|g|je suis|jsuis|chui|je me|mon fils|ma fille|mon enfant|notre fils|notre fille|mon handicap|ma rqth|mes aides)\b(?!.*\b(?:employeur|patron|entreprise|recrute|embauche)\b)/;

/** The body of the disability aids asked by an employer or in general (see the module's comment). */
export function disabilityAidBodyAsked(u: Understanding): boolean {
  if (u.kind !== 'text' || u.aid !== undefined) return false;
  const n = u.normalized;
  if (!DISABILITY_HELD.test(n) || !AID_ASKED.test(n) || !BODY_ASKED.test(n)) return false;
  return u.facts.persona === 'employeur' || u.cues.employerWord || !OWN_DISABILITY.test(n);
}
