import type { RoutingInput } from './route.js';

/**
 * Asks who can help or what to do: "qui peut m'aider" (or accompany, guide, advise, inform), "qui contacter", "vers
 * qui me tourner", "je fais quoi", "que faire".
 */
const HELP_ASKED =
  /\b(?:qui (?:peut|pourrait|pourra|peuvent) (?:me |m |nous )?(?:aider|accompagner|orienter|conseiller|guider|renseigner)|qui (?:je (?:dois|peux) )?contacter|qui (?:dois|puis) je contacter|vers qui|a qui (?:je |me )?(?:peux |dois )?(?:adresser|demander|tourner)|(?:je|on) (?:fais|fait) (?:quoi|comment)|que (?:faire|dois je faire)|quoi faire|(?:aidez|aide) moi)\b/;
/** The Mission Locale's public: 16 to 25 (knowledge: mission-locale). */
const MISSION_LOCALE_AGES = { min: 16, max: 25 };
const YOUNG_ENTRY = 'mission-locale';
const JOB_SEEKER_ENTRY = 'contrat-pro-demandeur-emploi';

/**
 * "jsuis au chômage j'ai 27 ans, qui peut m'aider ?": someone out of work asks who helps. From 16 to 25, the Mission
 * Locale (and its contrat d'engagement jeune); from 26, France Travail with the contrat de professionnalisation and
 * apprenticeship up to 29 (the entry's answer for the person's age). No age told: nothing chosen here.
 */
export function outOfWorkEntry(input: RoutingInput): string | undefined {
  const u = input.understanding;
  const status = u.facts.status;
  if ((status !== 'demandeur_emploi' && status !== 'sans_emploi_ni_formation') || !HELP_ASKED.test(u.normalized)) return undefined;
  if (u.aid !== undefined || u.cues.aidWord || u.trade !== undefined) return undefined;
  const age = u.facts.age ?? input.data.profile.age;
  if (age === undefined || age < MISSION_LOCALE_AGES.min) return undefined;
  const id = age <= MISSION_LOCALE_AGES.max ? YOUNG_ENTRY : JOB_SEEKER_ENTRY;
  return input.hasFaqEntry(id) ? id : undefined;
}
