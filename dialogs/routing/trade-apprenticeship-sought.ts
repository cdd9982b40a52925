import type { Understanding } from '../../src/nlu/understanding.js';
import { namesConcept, namesPlace, OWN_QUESTION_CONCEPTS } from './facts.js';
import { tradeReadFromFieldName } from './field-in-question.js';
import { EXACT_TRADE } from './thresholds.js';

/**
 * "je cherche un apprentissage en cuisine", "jveux une alternance en plomberie", "un contrat d'apprentissage comme
 * carreleur svp": an apprenticeship sought in a trade means first what to prepare and where (the trade's card: its
 * diplomas, then its places), and only then an employer. The generic employer card alone answers half of it. A field
 * named ("en informatique") is field-apprenticeship-sought's; a boss or a company asked for ("un patron en cuisine")
 * stays the employer search; a town named goes to the course search of that trade, which the other rules give.
 */

/** "une alternance", "un apprentissage", "un contrat d'apprentissage", "un contrat pro", "un apprenti(ssage)". */
const APPRENTICESHIP = /\b(?:alternance|alternant|apprentissage|apprentisage|aprentissage|contrat pro)\b/;
/** Looking for it or wishing it: "je cherche", "trouver", "je veux", "j'aimerais faire". */
const SEEKS =
  /\b(?:cherche|cherches|cherchons|cherchez|recherche|recherches|recherchons|recherchez|chercher|rechercher|trouver|veux|veut|veu|voudrais|voudrait|aimerais|aimerait|souhaite|souhaiterais|faire|commencer)\b/;
/** The message is the apprenticeship wished, named first: "un apprentissage en coiffure svp", "alternance plomberie". */
const APPRENTICESHIP_FIRST = /^(?:(?:une|un|en|l|le|la) )?(?:alternance|apprentissage|contrat (?:de |d )?apprentissage|contrat pro)\b/;
/** Its own question beside the wish: how long, how much, from what age, when. */
const OWN_QUESTION = /\b(?:combien|dure|duree|age|salaire|rythme|quand|aide|aides)\b/;
/** A message longer than this is more than the wish itself. */
const WISH_MAX_WORDS = 16;

export function tradeApprenticeshipSought(u: Understanding): boolean {
  // A trade read word for word (an alias or a title), or a title typed whole ("pâtisserie") even when the message's other
  // words dilute its score; a title read by a part of it is not enough ("la mission locale" is not its director's trade).
  if (u.kind !== 'text' || u.trade === undefined || (u.trade.score < EXACT_TRADE && u.trade.whole !== true) || tradeReadFromFieldName(u)) return false;
  // A diploma named ("un CAP cuisine en apprentissage") is the course search's.
  if (namesPlace(u) || u.outside !== undefined || u.facts.diplomaType !== undefined || u.cues.employerWord || u.cues.aidWord || u.words > WISH_MAX_WORDS) return false;
  if (!APPRENTICESHIP.test(u.normalized) || !(SEEKS.test(u.normalized) || APPRENTICESHIP_FIRST.test(u.normalized))) return false;
  return !namesConcept(u, OWN_QUESTION_CONCEPTS) && !OWN_QUESTION.test(u.normalized);
}
