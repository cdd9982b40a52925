import { CLEAR_TRADE } from './thresholds.js';
import { namesPlace } from './facts.js';
import { sureOfTopicBeyondCourses } from './trade-asked.js';
import { isSmallTalk } from './small-talk.js';
import { carryOver } from './carry-over.js';
import type { Route, RoutingInput } from './route.js';

/** The routing rule's name: the waiting course question is not brought back after its answer (interruptible-dialog.ts). */
export const COURSE_AT_KNOWN_PLACE_RULE = 'course-at-known-place';

/** A course named in a few words ("plutôt dans la vente", "dans l'électricité plutôt", "le social"): no story of its own. */
const COURSE_MAX_WORDS = 8;

/**
 * "plutôt dans la vente", "dans l'électricité plutôt", "le social" while a course search is under way (its list of
 * places just shown, or its question "quelle formation ?" waiting) with a place already known: the field is the course
 * asked for, at that place. Without this, the course question came back after each field (review 21, J12: "dans le 61"
 * → "vers alencon" → "plutot dans la vente", three times "Quelle formation cherches-tu ?", no place ever given), and a
 * field that reads one trade got the trade's card without the places the person had just been given (P6, Dieppe).
 *
 * A field whose word reads one trade surely ("l'électricité": the building electrician) is that trade's course search
 * at the place (the kind of diploma asked before kept); a field of several trades gets its trades, each with the
 * place nearest the known town teaching it (field-trades-answer.ts). A trade named alone needs the correction too
 * ("plutôt boulanger", "non, maçon"): a bare trade after a list may ask for its card. The message names no place of
 * its own (the course-and-town rules read it) and asks no other topic surely (the pay, the aids).
 */
export function courseAtKnownPlace(input: RoutingInput): Route | undefined {
  const { understanding: u, data, chosen } = input;
  if (u.kind !== 'text' || chosen !== undefined || data.lastTopic !== 'training') return undefined;
  const p = data.profile;
  if (p.communeInsee === undefined && p.departement === undefined) return undefined;
  if (namesPlace(u) || u.outside !== undefined || u.aid !== undefined || u.words > COURSE_MAX_WORDS || sureOfTopicBeyondCourses(u)) return undefined;
  // A correction with a kind of diploma known ("un CAP cuisine près de Caen" → "pas de la cuisine, de la vente"): the
  // course-corrected rule answers it, with that kind's courses of the field. Without a kind known, that search would
  // only ask "quelle formation ?" again: the field's trades answer here. A correction the small talk would take as a
  // bare "non" ("non en fait la mécanique", read as a denial) never reaches that rule: it is answered here.
  if (u.facts.correction === true && p.diplomaType !== undefined && !isSmallTalk(u)) return undefined;
  // "et en boulangerie ?": the carry-over of the last answer reads it as the same search (stable-round19), and answers it.
  if (carryOver(input) === 'training') return undefined;
  const field = u.facts.interests.length > 0;
  const clearTrade = u.trade !== undefined && u.trade.score >= CLEAR_TRADE;
  if (clearTrade && (field || u.facts.correction === true)) return { kind: 'topic', topic: 'training' };
  if (field && u.trade === undefined && u.facts.diplomaType === undefined) return { kind: 'field_trades', nearKnownPlace: true };
  return undefined;
}
