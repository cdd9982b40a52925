import type { Understanding } from '../../src/nlu/understanding.js';

/** A way to have one's child looked after: a crèche, a nanny, a childminder, "faire garder". */
const CHILDCARE =
  /\b(?:creche|creches|nounou|nourrice|garderie|halte garderie|assistante? maternelle|mode de garde|modes de garde|faire garder|garde de (?:mon|ma|mes|notre|nos) |garder (?:mon|ma|mes|notre|nos) )/;
/** A wish to work with children, not a need to have one's own looked after: "j'aimerais bosser en crèche". */
const WORK_WISH = /\b(?:travailler|travaille|bosser|taffer|devenir|metier|aime|adore|passion|passionne|passionnee|voudrais|aimerais|reve)\b/;
/** One's own child: "mon bébé", "ma fille de 2 ans", "nos enfants", "j'ai un bb". */
const OWN_CHILD = /\b(?:mon|ma|mes|notre|nos|un|une|deux|trois) (?:bebe|bebes|bb|enfant|enfants|fils|fille|filles|petit|petite|petits|gamin|gamine|gamins|gosse|gosses|nourrisson)\b/;

/**
 * "je cherche une crèche pour mon bébé pendant ma formation", "qui peut garder mon fils quand je suis au CFA ?": the
 * care of the person's own child while they train. No source of ours covers childcare: an honest "not in my sources"
 * with the free line, not a course search nor the quiz of early-childhood trades that "crèche" and "bébé" would read.
 * A wish to work with children ("j'aimerais bosser en crèche") is not this; nor is an aid asked (own-family.ts).
 */
export function ownChildcareAsked(u: Understanding): boolean {
  if (u.kind !== 'text' || u.aid !== undefined || u.cues.aidWord || WORK_WISH.test(u.normalized)) return false;
  return CHILDCARE.test(u.normalized) && OWN_CHILD.test(u.normalized);
}
