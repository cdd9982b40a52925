import type { Understanding } from '../../src/nlu/understanding.js';
import type { Reading } from './readings.js';
import { SURE } from './thresholds.js';
import { MEDIATOR_ENTRY, OTHER_SIDE } from './work-conflict.js';

/**
 * "je bosse dans une ferme et mon patron veut pas me donner mes congés, qui peut m'aider ?", "mon maître
 * d'apprentissage refuse de me laisser aller au CFA, vers qui me tourner ?": the other side of the contract refusing
 * something, and who can settle it asked. That is the mediator of the company's chamber (chambre d'agriculture for a
 * farm, chambre de métiers for a craft, CCI for a shop), whatever the workplace's words read as ("ferme" as a company
 * that closes). work-conflict.ts reads a disagreement named as such ("un conflit", "on s'entend plus"); this reads one
 * told as a refusal. An entry read surely for what is refused (unpaid overtime, the hours of a minor) keeps it.
 */

/** The other side refuses or fails: "veut pas", "refuse", "ne me paie pas", "me laisse jamais". */
const REFUSES =
  /\b(?:veut|veulent|voulait|voudrait) (?:pas|plus|jamais)\b|\bne (?:veut|veulent|voulait) (?:pas|plus)\b|\brefus\w*\b|\b(?:ne )?(?:me|m|nous|lui|la|le) (?:paie|paye|donne|donnent|verse|laisse|accorde|respecte|rembourse) (?:pas|plus|jamais|toujours pas)\b/;

/** Who can settle it: "qui peut m'aider", "qui peut trancher", "vers qui me tourner", "qui contacter", "quelle chambre". */
const WHO_SETTLES =
  /\bqui (?:peut|pourrait|peuvent|pourraient) (?:m |me |nous |l |le |la |lui )?(?:aider|defendre|conseiller|trancher|intervenir|departager|arbitrer)\b|\b(?:a|vers|aupres de) qui (?:je peux |on peut |puis je )?(?:me |m |nous |se |s )?(?:adresser|tourner|plaindre)\b|\bqui (?:contacter|appeler|saisir)\b|\b(?:quelle|quel) (?:chambre|mediateur|recours)\b/;

/** The other side's refusal told, and who settles it asked (see the module's comment). */
export function employerRefusalToSettle(u: Understanding, lead: Reading | undefined): boolean {
  if (u.kind !== 'text' || u.aid !== undefined) return false;
  if (!OTHER_SIDE.test(u.normalized) || !REFUSES.test(u.normalized) || !WHO_SETTLES.test(u.normalized)) return false;
  return !(lead?.kind === 'faq' && lead.id !== MEDIATOR_ENTRY && lead.score >= SURE);
}
