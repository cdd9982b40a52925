import { normalize, tokenize } from '../../src/text/normalize.js';
import { namesPlace } from './facts.js';
import type { Route, RoutingInput } from './route.js';
import { CLEAR_TRADE } from './thresholds.js';

/**
 * "et sans le bac ?", "et si j'ai pas le diplôme ?", "et s'il a déjà un BTS ?" right after an APPRENTICE's pay (round 28,
 * issue 11): a changed input of that answer. The apprentice's minimum depends on the age and the contract year only
 * (knowledge: remuneration-calcul), so the answer is the same pay again, led by that rule (and the one exception the
 * knowledge writes: a new contract after a diploma obtained pays at least the last year's). Before, "sans le bac" read a
 * course search for a CAP, "pas le diplôme" the orientation quiz, "s'il a un bac" the contract's length. The contrat
 * pro's rate does depend on the level held: its pay is recomputed with the level told.
 */

/** No diploma said: "sans diplôme", "pas le diplôme", "j'ai pas eu mon CAP", "aucun diplôme". */
const NO_DIPLOMA = /\b(?:sans|pas (?:de|d|le|mon|son|du|eu|eu le|eu mon|eu son|obtenu|obtenu le|obtenu mon|obtenu son)|aucun|rate|rater|loupe|louper) (?:diplome|diplomes|dip|bac|cap|bts|brevet|bp)\b/;
/**
 * A diploma said as HELD: "j'ai", "s'il a déjà", "titulaire", "obtenu". "et avec un bac pro ?" alone may ask a course
 * (the search for it, routing rows of round 20): only a diploma said as one's own, or as none, is the pay's input.
 */
const HELD = /\b(?:j ai|jai|je ai|g|il a|elle a|ils ont|on a|tu as|t as|vous avez|il possede|titulaire|deja|obtenu|eu|j avais|javais|je avais|il avait|elle avait|on avait|tu avais|vous aviez)\b/;
/** A follow-up telling the case is short; past this it tells a story of its own. */
const PAY_DIPLOMA_MAX_WORDS = 10;

/**
 * The route for a diploma told after a pay: an apprentice's, the rule then the same pay; a contrat pro's, whose rate
 * depends on the level held ("j'ai déjà un bac pro commerce"), the pay recomputed for the level told.
 */
export function payDiplomaToldRoute(input: RoutingInput): Route | undefined {
  if (!payDiplomaTold(input)) return undefined;
  if (input.data.profile.contractType !== 'professionnalisation') return { kind: 'pay_diploma_told' };
  return input.understanding.facts.levelHeld !== undefined ? { kind: 'topic', topic: 'salary' } : undefined;
}

function payDiplomaTold(input: RoutingInput): boolean {
  const { understanding: u, data } = input;
  if (u.kind !== 'text' || data.lastTopic !== 'salary') return false;
  if (tokenize(u.normalized).length > PAY_DIPLOMA_MAX_WORDS || u.cues.definition) return false;
  // A trade read from the title of the diploma told ("un bac pro commerce": the trade of that bac pro) is no subject of
  // its own; a trade named besides is.
  const tradeOfDiploma = u.trade !== undefined && u.facts.diplomaType !== undefined && u.trade.phrase.startsWith(normalize(u.facts.diplomaType));
  if ((u.trade && u.trade.score >= CLEAR_TRADE && !tradeOfDiploma) || namesPlace(u) || u.outside || u.aid !== undefined) return false;
  // Another input of the pay told with it (an age, a year, the contrat pro) is the pay topic's to recompute.
  const { facts } = u;
  if (facts.age !== undefined || facts.contractYear !== undefined || facts.contractType !== undefined) return false;
  const told = NO_DIPLOMA.test(u.normalized) || (facts.levelHeld !== undefined && (HELD.test(u.normalized) || /\bsans\b/.test(u.normalized)));
  return told;
}
