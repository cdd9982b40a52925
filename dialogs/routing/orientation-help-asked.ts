import type { Understanding } from '../../src/nlu/understanding.js';
import type { Office } from '../support/contact-questions.js';

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

/** The Mission Locale's public: young people of 16 to 25 out of school (service-public, "Mission locale"). */
const MISSION_LOCALE_AGES: readonly [number, number] = [16, 25];
/** Out of school or with no diploma, told of oneself: "pas de diplôme", "sans diplôme", "j'ai arrêté les cours". */
const OUT_OF_SCHOOL = /\b(?:pas de diplome|sans diplome|aucun diplome|zero diplome|pas le bac|pas de bac|pas eu (?:mon|le) (?:bac|cap|brevet)|(?:arrete|quitte|lache|abandonne|plaque)(?: \S+){0,2} (?:les cours|l ecole|le ecole|lecole|le lycee|lycee|la fac|mes etudes|les etudes)|decroch\w*|deco)\b/;

/**
 * Which orientation service answers: the Mission Locale for a young person of its ages who is out of school or has no
 * diploma ("j'ai 18 ans pas de diplôme, qui peut m'aider à trouver une voie ?"), or no longer a pupil (out of work,
 * looking for a job); else the CIO, which advises pupils, students and their families.
 */
export function orientationOffice(u: Understanding): Office {
  const age = u.facts.age;
  const ofAge = age !== undefined && age >= MISSION_LOCALE_AGES[0] && age <= MISSION_LOCALE_AGES[1];
  const out = OUT_OF_SCHOOL.test(u.normalized) || u.facts.status === 'sans_emploi_ni_formation' || u.facts.status === 'demandeur_emploi';
  return ofAge && out ? 'missions-locales' : 'cio';
}
