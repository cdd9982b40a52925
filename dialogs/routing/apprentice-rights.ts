import type { Understanding } from '../../src/nlu/understanding.js';

/**
 * "j'ai droit à quoi ?", "à quoi j'ai droit ?", "g droit a koi", "ai-je droit à quelque chose ?": what one is entitled
 * to, with nothing named.
 */
const ENTITLEMENT_ASKED = /\b(?:a quoi (?:a t il|a t elle|a te il|a te elle|il a|elle a|il aura|elle aura) droit|droit a quoi|droit a koi|a quoi (?:je |j )?(?:ai|aurai|aurais) droit|a quoi (?:ai je|avons nous|on a|on aura|nous avons|aurons nous|aurions nous|ont ils|ont elles|avez vous) droit|droit a quelque chose|droit a qqch|droit a des trucs)\b/;

/**
 * "je suis une apprentie, j'ai droit à quoi ?", "jsuis en apprentissage g droit a quoi": an apprentice (told now) asks
 * what they are entitled to, naming nothing. To a bot whose aids are listed by the person's case, their aids as an
 * apprentice (the CEJ, for those with no job and no training, is not theirs) — not "je n'ai pas compris".
 */
/** "j'ai droit à quoi ?", "à quoi a-t-il droit ?": what one is entitled to, with nothing named (whoever asks). */
export function entitlementAsked(normalized: string): boolean {
  return ENTITLEMENT_ASKED.test(normalized);
}

export function apprenticeEntitlementAsked(u: Understanding): boolean {
  return u.kind === 'text' && u.facts.status === 'apprenti' && u.aid === undefined && ENTITLEMENT_ASKED.test(u.normalized);
}
