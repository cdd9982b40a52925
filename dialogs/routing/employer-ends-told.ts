import type { RoutingInput } from './route.js';
import { speakerSide } from './side.js';
import { FAQ_GUESS } from './thresholds.js';

/**
 * Round 30: "je suis patron, mon apprenti ne fait rien, je veux m'en séparer", "on veut arrêter avec notre apprenti, il
 * est là depuis septembre": an employer who tells they want to end their apprentice's contract gets the employer's
 * rupture (free in the first 45 days, then a written agreement, serious misconduct, inaptitude, force majeure… and the
 * mediator), not the apprentice's resignation steps nor the entry on tasks that the story's other words read. A time
 * told as a number ("depuis 5 mois") is rupture-time-told.ts, which comes first and chooses the case.
 */
export const EMPLOYER_RUPTURE_ENTRY = 'rupture-par-employeur';

/**
 * Ending it, said by the employer: "rompre", "mettre fin", "le licencier", "le virer", "arrêter le contrat", "arrêter
 * avec notre apprenti", "m'en séparer", "ne plus le garder", "le remercier". A bare "arrêter" or "quitter" is not
 * enough ("mon apprenti peut quitter à 17 h ?" asks the hours).
 */
const ENDING =
  /\b(?:rompre|rupture|mettre fin|mettre un terme|licencier|licenciement|virer|(?:arreter|stopper|casser|resilier|annuler|terminer) (?:le|son|notre|mon|ce|cet|leur) (?:contrat|apprentissage|alternance)|arreter (?:avec|les frais avec|la collaboration) ?(?:lui|elle|mon|ma|notre|cet|cette|l|avec)?|(?:me|nous|se|s|vous) (?:en )?separer|(?:ne )?(?:plus|pas) (?:le|la) garder|(?:plus|pas) garder (?:mon|ma|notre|cet|cette|l|le|la) ?(?:apprenti|apprentie|alternant|alternante)|(?:le|la) (?:renvoyer|remercier))\b/;
/**
 * The apprentice is the one who wants to leave ("il veut arrêter", "mon apprentie veut démissionner"): their steps to
 * leave, which the entries about resignation answer, not the employer's rupture.
 */
const APPRENTICE_LEAVES = /\b(?:il|elle|apprenti|apprentie|alternant|alternante) (?:veut|voudrait|souhaite|compte|va|a decide de|parle de|menace de) (?:arreter|quitter|partir|demissionner|rompre|lacher|abandonner)\b|\bdemission\w*/;
/** The apprentice's own ways out: a reading of them is no reason to leave the employer's rupture. */
const OWN_WAY_OUT: ReadonlySet<string> = new Set(['rupture-contrat', 'demission-apprenti-etapes', EMPLOYER_RUPTURE_ENTRY]);

/** The employer tells they want to end their apprentice's contract (see the module's comment). */
export function employerEndsTold(input: RoutingInput): boolean {
  const { understanding: u, data } = input;
  if (u.kind !== 'text' || speakerSide(u, data.profile) !== 'employeur') return false;
  if (!ENDING.test(u.normalized) || APPRENTICE_LEAVES.test(u.normalized)) return false;
  if (u.facts.contractType !== undefined && u.facts.contractType !== 'apprentissage') return false;
  // Another entry about a rupture read surely ("si on rompt, il peut rester au CFA ?", "l'aide s'arrête ?") answers
  // its own question; other entries (the tasks, the hours) only share the story's words.
  const best = u.faq[0];
  if (best !== undefined && best.probability >= FAQ_GUESS && best.entry.category === 'rupture' && !OWN_WAY_OUT.has(best.entry.id)) return false;
  return input.hasFaqEntry(EMPLOYER_RUPTURE_ENTRY);
}
