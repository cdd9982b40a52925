import { stem } from '../../src/text/stem.js';
import type { Route, RoutingInput } from './route.js';

/** At most this many words: a follow-up that tells the kind of company, not a story of its own. */
const MAX_WORDS = 14;

/**
 * The three consular chambers, each with the words by which a person tells their company is of its kind (a farm, a
 * craftsman, a shop or a factory) or names the chamber itself, and the words by which an answer names it: the keys of
 * the answer's sentence that says which chamber is theirs.
 */
const CHAMBERS: readonly { told: RegExp; named: readonly string[] }[] = [
  {
    told: /\b(?:ferme|fermes|agricole|agricoles|agriculture|agriculteur|agricultrice|exploitation|elevage|eleveur|viticulteur|maraicher|chambre de agriculture|msa)\b/,
    named: ['agriculture', 'agricole'],
  },
  { told: /\b(?:artisan|artisane|artisans|artisanat|artisanale?|chambre des? metiers|cma)\b/, named: ['artisanat', 'metiers'] },
  { told: /\b(?:commerce|commercant|commercante|industrie|industriel|industrielle|usine|cci|chambre de commerce)\b/, named: ['commerce', 'industrie', 'cci'] },
];

/**
 * "et si c'est une ferme ?", "c'est la CCI alors ?", "je suis dans une exploitation agricole, c'est qui ?" right after
 * an answer that says which chamber handles what (the mediator: chambre de métiers for crafts, CCI for commerce and
 * industry, chambre d'agriculture for farms): that answer, led by its sentence on the chamber of that kind. Only when
 * the answer itself names that chamber; otherwise the other rules read the message.
 */
export function chamberAsked(input: RoutingInput, lastFaq: string): Route | undefined {
  const n = input.understanding.normalized;
  const stems = input.lastAnswerStems;
  if (!stems || n.split(' ').length > MAX_WORDS) return undefined;
  const chamber = CHAMBERS.find((c) => c.told.test(n));
  if (!chamber) return undefined;
  const focus = chamber.named.map(stem).filter((s) => stems.has(s));
  return focus.length > 0 ? { kind: 'faq_entry', id: lastFaq, focus } : undefined;
}
