import type { RoutingInput } from './route.js';
import { CLEAR_TRADE } from './thresholds.js';

/**
 * Asks who can help or what to do: "qui peut m'aider" (or accompany, guide, advise, inform), "qui contacter", "vers
 * qui me tourner", "je fais quoi", "que faire".
 */
const HELP_ASKED =
  /\b(?:qui (?:peut|pourrait|pourra|peuvent) (?:me |m |nous )?(?:aider|accompagner|orienter|conseiller|guider|renseigner)|qui (?:je (?:dois|peux) )?contacter|qui (?:dois|puis) je contacter|vers qui|a qui (?:je |me )?(?:peux |dois )?(?:adresser|demander|tourner)|(?:je|on) (?:fais|fait) (?:quoi|comment)|que (?:faire|dois je faire)|quoi faire|(?:aidez|aide) moi)\b/;
/**
 * Asks for someone or something to accompany them: "y a un truc pour m'accompagner ?", "quelqu'un peut m'aider ?",
 * "existe-t-il un accompagnement ?", "un organisme pour me suivre".
 */
const ACCOMPANIMENT_ASKED =
  /\b(?:(?:un truc|quelque chose|qqch|quelqu un|quelquun|qqn|qlq un|une structure|un organisme|un dispositif|un service|une association|un endroit|des gens) (?:pour|qui (?:peut|pourrait|peuvent)) (?:me |m |le |la |l )?(?:aider|accompagner|orienter|guider|suivre|conseiller)|(?:quelqu un|quelquun|qqn|qlq un) (?:peut|pourrait|pour) (?:me |m |le |la |l )?(?:aider|accompagner|orienter|guider|suivre|conseiller)|(?:un |de le |d )?accompagnement|me faire accompagner|etre accompagne|etre accompagnee)\b/;
/**
 * Out of work or school in the person's own words, which the status reading leaves out: "je fais rien depuis un an",
 * "sans rien", "pas de taf pas d'école", "sans emploi", "je traîne chez moi".
 */
const IDLE_TOLD =
  /\b(?:sans (?:emploi|travail|boulot|taf|taff|job|rien|activite)|pas de (?:boulot|travail|taf|taff|job|emploi)|(?:je )?(?:fais|fait) (?:rien|plus rien)|ne fais rien|rien depuis|au chomage|chomeur|chomeuse|(?:je )?traine (?:chez moi|a la maison)|ni (?:ecole|formation|emploi|travail)|plus (?:a le |de |a )?(?:ecole|lecole|lycee|cours)|(?:arrete|quitte|lache|abandonne) (?:le |la |les |l )?(?:ecole|lecole|lycee|college|cours|etudes|formation))\b/;
/** The Mission Locale's public: 16 to 25 (knowledge: mission-locale). */
const MISSION_LOCALE_AGES = { min: 16, max: 25 };
const YOUNG_ENTRY = 'mission-locale';
const JOB_SEEKER_ENTRY = 'contrat-pro-demandeur-emploi';

/**
 * "jsuis au chômage j'ai 27 ans, qui peut m'aider ?", "j'ai 20 ans je fais rien depuis 1 an, y a un truc pour
 * m'accompagner ?": someone out of work (or school) asks who helps or accompanies them. From 16 to 25, the Mission
 * Locale (and its contrat d'engagement jeune); from 26, France Travail with the contrat de professionnalisation and
 * apprenticeship up to 29 (the entry's answer for the person's age). No age told: nothing chosen here.
 */
export function outOfWorkEntry(input: RoutingInput): string | undefined {
  const u = input.understanding;
  const status = u.facts.status;
  const outOfWork = status === 'demandeur_emploi' || status === 'sans_emploi_ni_formation' || (status === undefined && IDLE_TOLD.test(u.normalized));
  if (!outOfWork || !(HELP_ASKED.test(u.normalized) || ACCOMPANIMENT_ASKED.test(u.normalized))) return undefined;
  // A trade read faintly from their words ("aide … école" → ATSEM) is not one they named.
  if (u.aid !== undefined || u.cues.aidWord || (u.trade !== undefined && u.trade.score >= CLEAR_TRADE)) return undefined;
  const age = u.facts.age ?? input.data.profile.age;
  if (age === undefined || age < MISSION_LOCALE_AGES.min) return undefined;
  const id = age <= MISSION_LOCALE_AGES.max ? YOUNG_ENTRY : JOB_SEEKER_ENTRY;
  return input.hasFaqEntry(id) ? id : undefined;
}
