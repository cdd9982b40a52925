import { tokenize } from '../../src/text/normalize.js';
import type { Understanding } from '../../src/nlu/understanding.js';
import { officeNamedIn } from '../support/contact-questions.js';
import { subjectInViewOf, subjectWentStale } from '../support/subject-in-view.js';
import { namesPlace, TOPIC_OF_INTENT } from './facts.js';
import type { Route, RoutingInput } from './route.js';
import { CLEAR_TRADE, FOLLOW_UP_OVERRIDE } from './thresholds.js';

/**
 * A place asked with a trade or diploma in view (issue 11, review 19: "y a des cfa pour ça près de Vire ?" after a
 * failed CAP cuisine and the pay, "y en a vers Évreux ?" after the graphic designer's card and the quiz's question,
 * "Argentan, un CFA près de chez nous ?" after the mechanics trades, "des endroits pour ça vers Le Havre ?" after a
 * plumber's pay): where THAT is taught, near the town named or known (support/subject-in-view.ts keeps what is in
 * view), never "quelle formation cherches-tu ?", "pour quel métier ?" nor the last card again. ONE reading of a place
 * asked, whatever words wrap it: a town or a département with a word of place or of asking, or "c'est où", "un CFA ?".
 * Right after the trade's card or its places, carry-over already continues them (carry-over.ts, place-in-view.ts). A
 * subject named too many messages ago is not reused silently: the course search asks which course.
 */

/** A longer message asks something of its own. */
const PLACE_QUESTION_MAX_WORDS = 14;
/** Words of a place one trains at, or of the one asked about: "un cfa", "des endroits", "des écoles", "pour ça". */
const PLACE_WORDS =
  /\b(?:cfa|cfas|endroit|endroits|ecole|ecoles|lycee|lycees|etablissement|etablissements|centre|centres|formation|formations|se former|former|apprendre|pour ca|pour sa|pour cela|en faire|le faire|la faire|pres|proche|pas loin|cote|vers|du cote|autour|coin|secteur|region)\b/;
/** Asks whether there is one, or where: "y en a", "il y a", "ya", "existe", "c'est où", "où". */
const ASKING = /\b(?:y en a|y a|il y a|ya|yen a|y aurait|existe|existent|connais|connaissez|trouver|trouve|ou)\b/;
/** The words of a follow-up that only points at a town ("à Lisieux ?", "et vers Caen ?", "dans le 14 ?"). */
const POINTING: ReadonlySet<string> = new Set('et a sur vers pour dans de du des la le les l en aussi alors sinon ok du coup'.split(' '));
/** What is sought near the town is no course: an employer, a job, an office. */
const OTHER_THING_SOUGHT = /\b(?:patron|patrons|patronne|employeur|employeurs|entreprise|entreprises|boite|boites|offre|offres|annonce|annonces|boulot|job|jobs|stage|stages|contrat|logement|appart|internat|bus|train|transport|mission locale|france travail|cio|pole emploi|salaire|paye|aide|aides)\b/;

/** The message asks for the places of something, naming no course itself. */
export function asksForPlaces(u: Understanding): boolean {
  const words = tokenize(u.normalized);
  if (words.length > PLACE_QUESTION_MAX_WORDS || OTHER_THING_SOUGHT.test(u.normalized)) return false;
  if (namesPlace(u)) {
    if (u.cues.nearTown || u.cues.asksWhere || u.cues.whereToLearn || PLACE_WORDS.test(u.normalized) || ASKING.test(u.normalized)) return true;
    // "à Lisieux ?", "et dans le 14 ?": the town and nothing else of its own.
    const placeWords = new Set(tokenize(u.commune?.span ?? u.departement?.span ?? ''));
    return words.filter((w) => !placeWords.has(w) && !POINTING.has(w) && !/^\d+$/.test(w)).length === 0;
  }
  if (u.outside) return false;
  return u.cues.asksWhere || u.cues.whereToLearn || (PLACE_WORDS.test(u.normalized) && ASKING.test(u.normalized) && /\b(?:cfa|cfas|endroit|endroits|ecole|ecoles|etablissement|etablissements|centre|centres)\b/.test(u.normalized));
}

/** The places of the subject in view, for a place asked that names no trade, diploma nor field of its own. */
export function placeOfSubjectInView(input: RoutingInput): Route | undefined {
  const { understanding: u, data, chosen } = input;
  if (u.kind !== 'text' || chosen !== undefined) return undefined;
  if (data.lastTopic === 'trade' || data.lastTopic === 'training') return undefined;
  // The quiz asking the town takes it: its proposals, by the level told, come with their nearest places.
  if (data.awaiting === 'commune') return undefined;
  if (subjectInViewOf(data) === undefined && !subjectWentStale(data)) return undefined;
  if ((u.trade && u.trade.score >= CLEAR_TRADE) || u.facts.diplomaType !== undefined || u.facts.interests.length > 0 || u.aid !== undefined) return undefined;
  if (officeNamedIn(u.normalized) !== undefined) return undefined;
  // A topic the classifier is sure of, other than where one trains ("combien je gagne à Caen ?"), asks that topic.
  if (u.confidence >= FOLLOW_UP_OVERRIDE && TOPIC_OF_INTENT.has(u.intent) && u.intent !== 'training' && u.intent !== 'trade' && u.intent !== 'orientation') return undefined;
  if (!asksForPlaces(u)) return undefined;
  // "c'est où ?" naming no town after one aid's card or a FAQ answer asks where THAT is (where to apply, the office):
  // only after the pay, the aids' list or the quiz, or with a word of a place one trains at, is it the course's.
  if (!namesPlace(u) && !COURSE_PLACE.test(u.normalized) && !WHERE_OF_COURSE_AFTER.has(data.lastTopic ?? '')) return undefined;
  if (!namesPlace(u) && data.lastTopic === 'aids' && data.lastAid !== undefined) return undefined;
  return { kind: 'subject_places' };
}

/** A place one trains at named: "un cfa", "une école", "des endroits pour ça". */
const COURSE_PLACE = /\b(?:cfa|cfas|ecole|ecoles|endroit|endroits|centre de formation|centres de formation|se former|la formation|pour ca|pour sa|pour cela)\b/;
/** The answers after which "c'est où ?" alone asks where the subject is taught: none of them is itself somewhere. */
const WHERE_OF_COURSE_AFTER: ReadonlySet<string> = new Set(['salary', 'aids', 'orientation']);
