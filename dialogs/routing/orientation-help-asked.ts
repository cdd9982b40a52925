import type { Understanding } from '../../src/nlu/understanding.js';

/**
 * Who can help choose one's way: "qui peut m'aider à choisir mon orientation dans l'Eure ?", "vers qui se tourner
 * pour conseiller mon fils ?", "y a quelqu'un pour m'orienter près de Vire ?". The person asks for a service that
 * advises (the CIO, the Mission Locale, the free line), not for the bot's guided quiz nor "which training?": the
 * orientation services answer (contact-dialog's office card, which says where to find the nearest and gives the line).
 */

/**
 * Asking for someone: who can or should (qui peut, qui pourrait, qui contacter), to whom, where to go, is there
 * someone or a service. A relative "qui" telling a story ("un jeune qui sait pas quoi faire") asks for no one.
 */
const WHO =
  /\b(?:qui (?:peut|peuvent|pourrait|pourraient|pourra|saurait|sauraient|doit|faut|contacter|voir|appeler|consulter)|a qui|aupres de qui|vers qui|quelqu un|quelqu une|qq1|quelque part|quels? services?|quels? organismes?|quelles? structures?|ou (?:aller|trouver|s adresser|m adresser|nous adresser|se renseigner))\b/;

/** A verb of advising someone, with its person: "m'aider", "le conseiller", "aider mon fils", "nous orienter". */
const ADVISES =
  /\b(?:m|me|nous|le|la|les|lui|leur|l)? ?(?:aider|aide|conseiller|conseille|orienter|oriente|guider|guide|accompagner|accompagne|renseigner|aiguiller|epauler)\b/;

/** The advice is about one's way: orientation, choosing, a trade, a path, the future. */
const ABOUT_ONE_S_WAY = /\b(?:orientation|orienter|oriente|choisir|choix|metier|metiers|voie|avenir|projet|filiere|perdue?|quoi faire)\b/;

/** A verb that is itself advice on one's way ("m'orienter", "le conseiller"): no other word of the way needed. */
const ADVICE_ON_WAY = /\b(?:m|me|nous|le|la|les|lui|l) ?(?:orienter|conseiller|guider|aiguiller)\b/;

/**
 * Another subject the help is for: pay, aids, a contract, an employer, a dispute, housing, a disability. Then the
 * person asks about that subject, which its own rules answer ("qui peut m'aider pour mon contrat ?").
 */
const OTHER_SUBJECT =
  /\b(?:salaire|paie|paye|aides? financieres?|contrat|rupture|rompre|patron|patronne|employeur|entreprise|logement|handicap|rqth|litige|conflit|dossier|cerfa|inscription|inscrire|transport|permis|candidature|cv|lettre de motivation|stage)\b/;

/** Someone to advise one's way is asked (see the module's comment). */
export function orientationHelpAsked(u: Understanding): boolean {
  if (u.kind !== 'text' || !WHO.test(u.normalized) || !ADVISES.test(u.normalized)) return false;
  if (OTHER_SUBJECT.test(u.normalized) || u.cues.employerWord || u.cues.aidWord) return false;
  return ADVICE_ON_WAY.test(u.normalized) || ABOUT_ONE_S_WAY.test(u.normalized);
}
