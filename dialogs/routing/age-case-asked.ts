import type { Understanding } from '../../src/nlu/understanding.js';
import { APPRENTICESHIP_AGE_LIMIT } from '../support/person-conditions.js';
import { namesPlace } from './facts.js';
import { CLEAR_TRADE } from './thresholds.js';

/** The entry on the minimum age (16, or 15 once the 3e is finished). */
export const MIN_AGE_ENTRY = 'age-minimum';

/** Adults: from this age, "is it still possible?" can only be about the upper limit, never the minimum. */
const ADULT_AGE = 18;

/** A class at school: "je sors de 3e", "en seconde", "en fin de troisième", "au collège". */
const SCHOOL_CLASS = /\b(?:3e|4e|troisieme|quatrieme|seconde|2nde|premiere|1ere|terminale|college|lycee)\b/;

/**
 * "c bon ?", "ça passe ?", "je peux ?", "c'est possible pour moi ?", "j'ai le droit ?": whether what was told is
 * enough to start, said without naming what (the message's age and class are the what).
 */
const ASKS_IF_OK =
  /\b(?:ce est bon|ca est bon|ca passe|ca le fait|ca marche|peux|peut|pourrai|pourrais|pourra|possible|jouable|autorise|autorisee|droit|trop jeune|trop tot)\b/;

/** Pay or aid words: "combien je gagnerai à 15 ans en 3e ?" asks the pay of that case, not whether one may. */
const PAY_OR_AID = /\b(?:combien|salaire|paye|paie|gagne|gagner|gagnerai|touche|toucher|euros?|aides?)\b/;

/** Nothing else named that the question could be about: a trade, a town, a diploma or an aid is a course question. */
function namesNothingElse(u: Understanding): boolean {
  const trade = u.trade !== undefined && u.trade.score >= CLEAR_TRADE;
  return !trade && !namesPlace(u) && u.aid === undefined && !PAY_OR_AID.test(u.normalized);
}

/**
 * "jai 15 ans je sors de 3eme c bon ?", "16 ans en seconde ça passe ?", "mon fils a 15 ans il finit la 3e, il peut ?":
 * a minor's age and school class, and whether that is OK. To a bot on apprenticeship, whether they are old enough:
 * the minimum age (from 15 when the 3e is finished) — not a school's quality ("c bon") nor the pay at that age.
 */
export function minimumAgeAsked(u: Understanding): boolean {
  const age = u.facts.age;
  if (age === undefined || age >= ADULT_AGE || u.facts.diplomaType !== undefined) return false;
  return SCHOOL_CLASS.test(u.normalized) && ASKS_IF_OK.test(u.normalized) && namesNothingElse(u);
}

/**
 * "je peux encore ?", "c'est encore possible ?", "est-il toujours possible", "trop tard", "trop vieux": whether one
 * still may, which for an adult is the upper limit. "encore" alone is not it ("je suis encore au lycée").
 */
const ASKS_IF_STILL =
  /\b(?:peux|peut|pourrai|pourrais|pourrait|possible|faisable|jouable|temps|droit) encore\b|\bencore (?:possible|faisable|jouable|temps|le temps|ouvert|accessible|le droit)\b|\btoujours possible\b|\btrop (?:tard|vieux|vieille|age|agee)\b|\bpasse l age\b/;

/** Speaks of training as an apprentice or in alternance ("faire un apprentissage", "me former"). */
const SPEAKS_OF_TRAINING = /\b(?:apprenti|apprentie|apprentissage|alternance|alternant|alternante|former|formation|contrat|cfa)\b/;

/**
 * A question this short tells an age (and maybe the diploma held) and asks whether one still may, nothing else:
 * "à 27 ans c trop tard ?", "j'ai 25 ans avec une licence je peux encore ?".
 */
const SHORT_QUESTION_MAX_WORDS = 10;

/**
 * "j'ai 24 ans et déjà un master, je peux encore faire un apprentissage ?", "à 27 ans c trop tard ?": an adult below
 * the limit asks whether they still may. Their question is the upper limit (up to 29 révolus, with its exceptions),
 * never the minimum age their words "âge" and "peux" also reach. The diploma they hold is their story, not a course
 * asked; a clear trade or a town is (where to learn it), and past the limit the age-limit rule answers already.
 */
export function upperAgeAsked(u: Understanding): boolean {
  const age = u.facts.age;
  if (age === undefined || age < ADULT_AGE || age >= APPRENTICESHIP_AGE_LIMIT) return false;
  if (!ASKS_IF_STILL.test(u.normalized) || !namesNothingElse(u)) return false;
  return SPEAKS_OF_TRAINING.test(u.normalized) || u.normalized.split(' ').length <= SHORT_QUESTION_MAX_WORDS;
}
