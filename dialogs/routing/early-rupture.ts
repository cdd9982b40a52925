import type { RoutingInput } from './route.js';
import { CONTRACT_ENDED, CONTRACT_WORD } from './rupture-time-told.js';

/**
 * "nous venons d'embaucher un apprenti, pouvons-nous mettre fin au contrat si cela ne convient pas au début ?", "si ça
 * se passe mal les premières semaines je peux arrêter ?", "je viens de commencer mon alternance, je peux partir ?": the
 * contract's end asked for its first days, told in words rather than as a number of days (rupture-time-told.ts reads
 * those). That is the free rupture of the first 45 days in the company, the période d'essai entry, in either
 * register; read word by word, its first sentence went to the hiring after the contract or to no entry at all.
 */
export const EARLY_RUPTURE_ENTRY = 'periode-essai';

/**
 * Early in the contract, normalised: "au début" (not "au début de l'année"), "dès le départ", "les premières semaines",
 * "les premiers jours", "le premier mois", "on vient d'embaucher", "je viens de commencer", "tout juste arrivé".
 */
const EARLY =
  /\b(?:au|en|des le|tout au) (?:debut|depart)\b(?! (?:de|du|d) (?!(?:(?:mon|ton|son|notre|votre|leur|le|l|la) )?(?:contrat|apprentissage|alternance|formation|embauche)\b))|\b(?:les|ses|mes|tes|nos|vos|leurs|des|dans les|aux|pendant les) (?:premieres?|1eres?|1 eres?|1res?|premiers?|1ers?|1 ers?|1e) (?:semaines?|jours?|temps)\b|\b(?:le|son|mon|du) (?:premier|1er|1e) mois\b|\b(?:vient|viens|venons|venez|viennent|venais|venait) (?:de|d) (?:commencer|debuter|demarrer|embaucher|recruter|arriver|signer|prendre|engager)\b|\b(?:tout juste|a peine|fraichement) (?:embauche|embauchee|arrive|arrivee|commence|commencee|recrute|recrutee|signe)\b/;

/** Parting with the apprentice, which the rupture's words do not hold: "me séparer de mon apprenti". */
const PARTING = /\b(?:me|nous|se|s|vous|te) separer (?:de|d)\b/;

/** Another contract than apprenticeship told: its trial period is not the 45 days of ours. */
const OTHER_CONTRACT = /\b(?:cdi|cdd|interim|stage|stagiaire|contrat pro|professionnalisation)\b/;

/** The période d'essai entry, for a rupture asked early in the contract (see the module's comment). */
export function earlyRuptureEntry(input: RoutingInput): string | undefined {
  const { understanding: u, data } = input;
  if (u.kind !== 'text' || !(CONTRACT_ENDED.test(u.normalized) || PARTING.test(u.normalized)) || !EARLY.test(u.normalized)) return undefined;
  if (!CONTRACT_WORD.test(u.normalized) && u.facts.status !== 'apprenti' && data.profile.persona !== 'employeur') return undefined;
  if ((u.facts.contractType !== undefined && u.facts.contractType !== 'apprentissage') || OTHER_CONTRACT.test(u.normalized)) return undefined;
  return input.hasFaqEntry(EARLY_RUPTURE_ENTRY) ? EARLY_RUPTURE_ENTRY : undefined;
}
