import type { Situation } from '../../knowledge/schema/vocabulary.js';
import { contractEndingTold, quitTold } from './contract-ending-told.js';

/**
 * What the person says of their own situation that changes an answer (see `situationSchema`), read from the
 * normalised tokens. A word lexicon, not a judgement: "si je démissionne" counts as a resignation, because the answer
 * for someone who resigns is then the one asked for.
 */
const RESIGNED = /\b(?:demission\w*|de moi meme|de mon plein gre|de mon propre chef|depart volontaire)\b|\brompu\b(?: \w+){0,5} moi meme\b/;
const NEVER_APPRENTICED = /\bjamais\b(?: \w+){0,3} (?:apprenti|apprentie|apprentissage|alternance|alternant|alternante)\b/;
/** A contract before: had, ended, broken, or a diploma obtained by it and a higher one aimed at. */
const PREVIOUS_APPRENTICESHIP = new RegExp(
  [
    '\\bdeja\\b(?: \\w+){0,3} (?:apprenti|apprentie|apprentissage|alternance|contrat)\\b',
    '\\b(?:ancien|premier|1e|precedent|deuxieme|2e|second|nouveau|autre) (?:contrat|apprentissage)\\b',
    '\\bdeux contrats\\b',
    '\\b(?:fini|finis|termine|eu|obtenu|avoir) (?:mon|son|ma|sa) \\w+(?: \\w+)? en (?:apprentissage|alternance)\\b',
    '\\bcontrat (?:a ete |se est |est )?(?:rompu|arrete|fini|termine)\\b',
    '\\b(?:rupture|inapte|refaire|recommencer|enchainer)\\b',
    '\\b(?:boite|entreprise) a ferme\\b|\\bfermeture\\b',
    '\\bdiplome (?:superieur|plus haut|plus eleve)\\b|\\bmonte en diplome\\b',
  ].join('|'),
);
const BUSINESS_PROJECT =
  /\b(?:(?:creer|creation|reprendre|reprise|ouvrir|monter|lancer|installer)(?: \w+){0,3} (?:entreprise|boite|societe|affaire|salon|commerce|boulangerie|garage|ferme|exploitation|restaurant|atelier|magasin|cabinet)|je (?:reprends|reprend) (?:le|la|les|l|ma|mon|une|un))\b/;
const TOP_ATHLETE = /\bsporti(?:f|ve)s? de haut niveau\b/;
/**
 * "j'ai un bébé", "je suis maman solo", "père de deux enfants", "enceinte": the person has a child of their own…
 */
const OWN_CHILDREN =
  /\b(?:je ai (?:un|une|des|mon|\d|deux|trois) (?:bebe|bebes|enfant|enfants|gamin|gamins|petit|petite|petits)|(?:mon|mes|notre|nos) (?:bebe|bebes)|(?:maman|papa|mere|pere) (?:solo|celibataire|seule?|isolee?|de (?:un|une|\d|deux|trois) (?:bebe|enfants?))|je suis (?:maman|papa|enceinte)|enceinte)\b/;
/** …unless it is their child who is the apprentice ("je suis maman d'un apprenti", "j'ai un enfant en apprentissage"). */
const CHILD_IS_THE_APPRENTICE = /\b(?:de (?:un|une|mon|ma)|enfants?|fils|fille|ado|bebe) (?:\w+ ){0,3}(?:apprenti|apprentie|apprentis|en apprentissage|en alternance|alternant|alternante)\b/;

/** The person says they have a child of their own, not that their child is an apprentice. */
export function ownChildrenTold(text: string): boolean {
  return OWN_CHILDREN.test(text) && !CHILD_IS_THE_APPRENTICE.test(text);
}

export function extractSituations(tokens: readonly string[]): Situation[] {
  const text = tokens.join(' ');
  const found: Situation[] = [];
  // "je veux arrêter mon apprentissage": leaving of one's own will is a resignation too (contract-ending-told.ts).
  if (RESIGNED.test(text) || quitTold(text)) found.push('resigned');
  if (contractEndingTold(text)) found.push('contract-ended');
  if (NEVER_APPRENTICED.test(text)) found.push('never-apprenticed');
  else if (PREVIOUS_APPRENTICESHIP.test(text)) found.push('previous-apprenticeship');
  if (BUSINESS_PROJECT.test(text)) found.push('business-project');
  if (TOP_ATHLETE.test(text)) found.push('top-athlete');
  if (ownChildrenTold(text)) found.push('own-children');
  return found;
}
