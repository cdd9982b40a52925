import { PAY_WORDS } from '../../src/nlu/cues.js';
import type { Understanding } from '../../src/nlu/understanding.js';

/** Receiving money said otherwise than the wage words of the cues ("ça touche combien", "ses revenus"). */
const EARNING = /\b(?:touche|touchent|toucher|revenu|revenus|paye|payent)\b/;

/**
 * A worker past apprenticeship: self-employed ("à son compte", "indépendant", "auto-entrepreneur"), experienced
 * ("confirmé", "10 ans d'expérience", "après 10 ans", "en fin de carrière") or qualified. Years of five or more: an
 * apprenticeship lasts three at most, so "après 2 ans" may still be the contract's own year.
 */
const PAST_APPRENTICESHIP =
  /\b(?:a (?:son|mon|ton|leur|votre|notre) compte|independant|independante|independants|auto ?entrepreneur|micro ?entrepreneur|freelance|chef d entreprise|confirme|confirmee|confirmes|experimente|experimentee|experimentes|d experience|de experience|d experiences|de experiences|de metier|fin de carriere|qualifie|qualifiee|qualifies|senior|apres (?:[5-9]|[1-9]\d|cinq|six|sept|huit|neuf|dix|quinze|vingt) ans)\b/;

/** The message is about an apprentice, whatever else it says: then the pay it asks is an apprentice's. */
const APPRENTICE_NAMED = /\b(?:apprenti|apprentie|apprentis|apprenties|apprentissage|alternance|alternant|alternante|alternants|cfa|contrat)\b/;

/**
 * "combien gagne un électricien à son compte après 10 ans ?", "un plombier confirmé ça touche combien ?": the pay of a
 * worker past apprenticeship. Our knowledge holds only the apprentice's pay (a share of the SMIC by age and year):
 * given as if it answered, it would mislead. We say so, with the free line and a callback, and offer the
 * apprentice's pay.
 */
export function asksWorkerPay(u: Understanding): boolean {
  const n = u.normalized;
  return (PAY_WORDS.test(n) || EARNING.test(n)) && PAST_APPRENTICESHIP.test(n) && !APPRENTICE_NAMED.test(n);
}
