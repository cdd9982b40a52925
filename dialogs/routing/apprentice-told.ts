import type { Understanding } from '../../src/nlu/understanding.js';
import { hasQuestionWord } from './asks.js';

/**
 * "je suis apprenti", "jsuis apprentie en CAP coiffure", "je suis en alternance chez un garagiste", "moi je suis en
 * apprentissage": the person says they are an apprentice now, in the first person.
 */
const I_AM_AN_APPRENTICE = /\b(?:je suis|jsuis|jsui|suis|moi) (?:un |une |actuellement |en ce moment |deja |maintenant )?(?:apprenti|apprentie|alternant|alternante|en apprentissage|en alternance)\b/;
/** Their story goes on ("je suis apprenti et mon patron…"), or a wish or a need follows: not an introduction alone. */
const SAYS_MORE = /\b(?:mais|et|patron|patronne|employeur|chef|veux|voudrais|aimerais|cherche|besoin|probleme|souci|peux|dois|faut|droit|paye|paie|payee|salaire|aide|aides)\b/;
/** At most this many words: an introduction, not a story ("je suis apprentie en CAP coiffure à la rentrée 2026"). */
const INTRODUCTION_MAX_WORDS = 10;

/**
 * "je suis apprenti", "je suis apprentie en CAP coiffure": an apprentice introducing themself and asking nothing yet is
 * acknowledged and offered what apprentices usually ask (their pay, their rights, their aids, a problem with the
 * employer), never the aid list guessed from "apprenti", a slot question, or the card of the trade they are learning.
 */
export function apprenticeIntroducesThemself(u: Understanding): boolean {
  if (u.facts.status !== 'apprenti' || !I_AM_AN_APPRENTICE.test(u.normalized)) return false;
  if (u.text.includes('?') || hasQuestionWord(u) || SAYS_MORE.test(u.normalized)) return false;
  // A town told with it is where they work or train ("je suis apprenti chez un boulanger à Caen"): an apprentice has
  // their CFA already, the places of their course near it are no answer.
  if (u.aid !== undefined || u.facts.amountEuros !== undefined || u.facts.age !== undefined) return false;
  return u.normalized.split(' ').length <= INTRODUCTION_MAX_WORDS;
}
