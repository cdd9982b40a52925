import type { Understanding } from '../../src/nlu/understanding.js';

/**
 * "j'ai droit à quoi ?", "à quoi j'ai droit ?", "g droit a koi", "ai-je droit à quelque chose ?": what one is entitled
 * to, with nothing named.
 */
const ENTITLEMENT_ASKED = /\b(?:a quoi (?:a t il|a t elle|a te il|a te elle|il a|elle a|il aura|elle aura) droit|droit a quoi|droit a koi|a quoi (?:je |j )?(?:ai|aurai|aurais) droit|droit a quelque chose|droit a qqch|droit a des trucs)\b/;

/**
 * "je suis une apprentie, j'ai droit à quoi ?", "jsuis en apprentissage g droit a quoi": an apprentice (told now) asks
 * what they are entitled to, naming nothing. To a bot whose aids are listed by the person's case, their aids as an
 * apprentice (the CEJ, for those with no job and no training, is not theirs) — not "je n'ai pas compris".
 */
export function apprenticeEntitlementAsked(u: Understanding): boolean {
  return u.kind === 'text' && u.facts.status === 'apprenti' && u.aid === undefined && ENTITLEMENT_ASKED.test(u.normalized);
}
