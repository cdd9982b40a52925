import type { RoutingInput } from './route.js';
import { namesPlace } from './facts.js';

/** The places one runs as one's own: "mon propre salon", "ouvrir un garage", "reprendre la boulangerie". */
const BUSINESS = '(?:salon|entreprise|boite|affaire|commerce|boutique|garage|restaurant|resto|cabinet|atelier|societe|boulangerie|patisserie|boucherie|institut|exploitation|ferme|agence|magasin|bar|cafe|hotel)';
/**
 * One's own business, later: owned ("mon propre salon", "ma propre boîte"), opened or taken over ("ouvrir mon salon",
 * "créer une entreprise", "reprendre la boulangerie"), one's own boss ("être mon propre patron", "devenir patronne",
 * "chef d'entreprise"), or set up on one's own ("m'installer", "me mettre à mon compte", "à son compte").
 */
const OWN_BUSINESS = new RegExp(
  [
    `\\b(?:mon|ma|son|sa|ton|ta|notre|votre|leur) propre ${BUSINESS}\\b`,
    `\\b(?:ouvrir|ouvre|creer|cree|monter|lancer|reprendre|reprend|avoir) (?:mon|ma|un|une|son|sa|ton|ta|votre|notre|le|la|l) (?:propre )?${BUSINESS}\\b`,
    `\\b(?:etre|devenir|deviens|devient) (?:mon |son |ton |votre |notre )?(?:propre )?(?:patron|patronne|cheffe? d entreprise)\\b`,
    '\\b(?:m|t|s|se|me|te|nous|vous) (?:installer|installe|installes|mettre|mets|met) (?:a (?:mon|ton|son|votre|notre) compte|en (?:independant|freelance|liberal))\\b',
    '\\b(?:m|t|s|me|te|se|nous|vous) installer\\b',
    '\\ba (?:mon|ton|son|votre|notre) compte\\b',
  ].join('|'),
);

/** A follow-up about the trade just shown, not a new question: a handful of words at most. */
const MAX_WORDS = 16;

/**
 * "et pour avoir mon propre salon plus tard ?" right after a trade's card: the next step of one's project in that
 * trade. What the knowledge holds on it is the trade's diplomas, the higher ones included (the BP, the titles of
 * entrepreneur of some trades): every diploma of the trade, with a person for the setting-up itself. Never a goodbye
 * for its "plus tard", nor the quiz again. Another trade or a place named, an age told (the age limit for a creation
 * project is the FAQ's), or a long message, is not this follow-up.
 */
export function ownBusinessAfterTrade(input: RoutingInput): string | undefined {
  const { understanding: u, data } = input;
  const code = data.profile.tradeCode;
  if (code === undefined || data.lastTopic !== 'trade' || u.kind !== 'text') return undefined;
  if (u.trade !== undefined && u.trade.trade.code !== code) return undefined;
  if (namesPlace(u) || u.facts.age !== undefined || u.words > MAX_WORDS) return undefined;
  return OWN_BUSINESS.test(u.normalized) ? code : undefined;
}
