import type { Understanding } from '../../src/nlu/understanding.js';
import type { Reading } from './readings.js';
import { SURE } from './thresholds.js';

/** The entry on the apprenticeship mediator (the chamber the company belongs to). */
export const MEDIATOR_ENTRY = 'mediateur-consulaire';

/** The other side of the work relation: the boss, the tutor, the apprentice (from an employer). */
export const OTHER_SIDE =
  /\b(?:mon|ma|son|sa|notre|votre|leur|le|la|les|nos|mes|ses|ton|ta) (?:patron|patronne|patrons|boss|chef|cheffe|employeur|employeuse|maitre de apprentissage|maitresse de apprentissage|maitre dapprentissage|tuteur|tutrice|responsable|gerant|gerante|apprenti|apprentie)\b/;

/**
 * A relation gone wrong, in everyday words: "une embrouille", "un conflit", "des soucis avec", "on s'entend plus", "ça se passe mal",
 * "il me prend la tête", "on s'est engueulés".
 */
const GONE_WRONG = new RegExp(
  [
    '\\b(?:embrouilles?|conflits?|differends?|desaccords?|litiges?|disputes?|clash|mesentente|tensions?)\\b',
    // "un différent avec mon patron": the dispute often spelt as the adjective, and read so by the sound reading
    // when the knowledge writes "différent" and never "différend" (round 30: a FAQ phrasing added flipped it).
    '\\b(?:un|des|notre|mon|ce|gros) differents? avec\\b',
    '\\b(?:me|nous|se|te|s) (?:entends?|entend|entendons|entendent) (?:plus|pas|mal)\\b',
    '\\b(?:ca|tout) se passe (?:mal|pas bien|plus bien)\\b',
    // "j'ai des soucis avec mon maître d'apprentissage", "un problème avec ma patronne": trouble with the person.
    '\\b(?:soucis?|problemes?|pbs?|galeres?) avec\\b',
    '\\b(?:engueule|engueules|engueulee|engueulees|engueulade|prise de tete|prend la tete|cherche des histoires|en guerre)\\b',
  ].join('|'),
);

/**
 * "g une embrouille avec mon patron à la boulangerie, qui peut nous départager ?", "ça se passe mal avec mon chef en
 * cuisine": a disagreement with the other side of the contract. The workplace's words ("boulangerie", "cuisine",
 * "salon de coiffure") only say where it happens: the question is who settles it, the mediator of the chamber, not the
 * trade's card nor the interests quiz. Another entry read surely (harassment, a rupture, unpaid hours) keeps it; one
 * only guessed ("à la ferme" read as a company that closes) is offered beside the mediator's answer.
 */
export function workConflictTold(u: Understanding, lead: Reading | undefined): boolean {
  if (u.kind !== 'text' || u.aid !== undefined || u.cues.ownPay) return false;
  if (!GONE_WRONG.test(u.normalized) || !OTHER_SIDE.test(u.normalized)) return false;
  return !(lead?.kind === 'faq' && lead.id !== MEDIATOR_ENTRY && lead.score >= SURE);
}
