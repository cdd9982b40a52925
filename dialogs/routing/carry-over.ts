import type { Topic } from '../../src/knowledge/schema/vocabulary.js';
import type { Understanding } from '../../src/nlu/understanding.js';
import { ownWordStems } from '../support/answer-words.js';
import { CARRY_OVER, namesPlace, TOPIC_OF_INTENT } from './facts.js';
import { questionOfItsOwn } from './own-question.js';
import type { RoutingInput } from './route.js';
import { entryOfToldEvent } from './story-event.js';
import { townToldAlone } from './town-told.js';
import { BARE_DETAIL_MAX_WORDS, CLEAR_TRADE, CORRECTION_MAX_WORDS, FOLLOW_UP_OVERRIDE } from './thresholds.js';

/**
 * The topic a follow-up of the last answer ("et pour un contrat pro ?", "et à Caen ?") or a bare detail ("j'ai 19
 * ans") continues, unless the message is clearly about something else, or tells an event ("et si mon patron me vire
 * ?" after the pay: the rupture, story-event.ts).
 */
export function carryOver(input: RoutingInput): Topic | undefined {
  const { understanding: u, data } = input;
  const last = data.lastTopic;
  if (!last || !CARRY_OVER.has(last)) return undefined;
  if (entryOfToldEvent(u, data.profile) !== undefined) return undefined;
  const f = u.facts;
  const detail =
    input.detailGiven === true ||
    f.age !== undefined || f.contractYear !== undefined || (last === 'salary' && f.nextContractYear === true) || f.companySize !== undefined || f.contractType !== undefined || f.disability !== undefined ||
    // "et si on signe en janvier ?" after the aids: the same question for another date.
    (last === 'aids' && (f.contractConcluded !== undefined || f.otherDate !== undefined)) ||
    // "je suis un jeune", "moi je suis l'employeur" after the aids: who asks, what the aids depend on first (the
    // reading alone put the aids at 0.37-0.41 with the training's seed, beside a FAQ entry on "jeune").
    (last === 'aids' && f.persona !== undefined) ||
    // "le 76", "dans l'Orne" after a list of places: the same courses there.
    (last === 'training' && namesPlace(u));
  // "moi j'habite à vernon en fait" after places or a trade: the same course near that town, however long the way
  // of saying where one lives, before the classifier's guess (orientation at 0.54) starts the guided path over.
  if ((last === 'training' || last === 'trade') && townToldAlone(u)) return 'training';
  // "et c'est où ?" after the pay or the aids with a trade in view: place-of-subject.ts (round 29), before this rule.
  const placeShift = placeAfterTrade(input) ?? courseContinued(input);
  if (placeShift) return placeShift;
  if (levelForProPay(input)) return 'salary';
  // After the employer's aid answer, "il prépare un CAP" gives the level the amount depends on (not a course search).
  if (last === 'aids' && data.profile.persona === 'employeur' && f.diplomaType !== undefined && !u.commune && !u.trade) {
    if (u.words <= BARE_DETAIL_MAX_WORDS) return 'aids';
  }
  if (employerAidDetail(input)) return 'aids';
  // "et le cfa ça coûte combien ?" after the pay, "et le cap ça dure combien de temps ?" after a trade: a question of
  // its own (own-question.ts) that tells no detail of the last card is answered as such, not by that card again.
  if (!detail && questionOfItsOwn(u, { topic: last })) return undefined;
  // "c'est combien exactement ?", "ça fait combien ?" right after the pay or the list of aids: the figure of that card,
  // for the details already known; a short question that asks only an amount asks nothing else. After one aid's card
  // (Mobili-Jeune), the amount is that aid's (its follow-up, answer-follow-up.ts).
  const otherSure = u.confidence >= FOLLOW_UP_OVERRIDE && u.intent !== last && TOPIC_OF_INTENT.has(u.intent);
  const afterList = last === 'salary' || (last === 'aids' && input.data.lastAid === undefined);
  if (afterList && u.cues.asksAmount && u.words <= BARE_DETAIL_MAX_WORDS && !u.trade && !namesPlace(u) && !otherSure) return last;
  // A date takes words ("le 20 mars 2026"): they do not make the message longer than a bare detail.
  // Nor do the words of an apology ("je me suis trompée").
  const words = u.words - (f.dateWords ?? 0) - (f.correctionWords ?? 0);
  // "pardon on est 260 en fait avec les boutiques": a correction says a little more than a bare detail.
  // An employer's trade words ("avec les boutiques", "je suis boulanger") name their business while they talk aids.
  const tradeAside = u.trade !== undefined && last === 'aids' && data.profile.persona === 'employeur';
  const bare = detail && (!u.trade || tradeAside) && (words <= BARE_DETAIL_MAX_WORDS || (f.correction === true && words <= CORRECTION_MAX_WORDS));
  const followUp = u.cues.followUp && (detail || namesPlace(u) || f.diplomaType !== undefined);
  if (!bare && !followUp) return undefined;
  if (u.confidence >= FOLLOW_UP_OVERRIDE && u.intent !== last && TOPIC_OF_INTENT.has(u.intent)) return undefined;
  // A town after a trade means: where is it taught near there.
  if (last === 'trade' && namesPlace(u)) return 'training';
  return last;
}

/**
 * Right after a trade, "c'est où vers Rouen ?" or "on peut le faire où en Normandie ?" asks where it is taught (the
 * training topic asks the town when none is given). Words like "Normandie" would otherwise pull a FAQ entry.
 */
function placeAfterTrade(input: RoutingInput): Topic | undefined {
  const { understanding: u, data } = input;
  if (data.lastTopic !== 'trade' || u.trade) return undefined;
  const otherTopic = u.confidence >= FOLLOW_UP_OVERRIDE && TOPIC_OF_INTENT.has(u.intent) && u.intent !== 'training' && u.intent !== 'trade';
  if (otherTopic) return undefined;
  if (namesPlace(u) && u.words <= BARE_DETAIL_MAX_WORDS) return 'training';
  if (!namesPlace(u) && u.cues.whereToLearn) return 'training';
  return undefined;
}

/**
 * Right after a trade or a list of places, the same course goes on: "ya rien plus près ?", "lequel est le plus
 * proche ?" or "et pour lui ça serait où ?" ask where it is taught (around the person's own town, or the town is
 * asked); "et en pâtisserie ?" changes the course and keeps the town. Only a clearly named trade changes the course.
 */
function courseContinued(input: RoutingInput): Topic | undefined {
  const { understanding: u, data } = input;
  const last = data.lastTopic;
  if (last !== 'trade' && last !== 'training') return undefined;
  const clearTrade = u.trade !== undefined && u.trade.score >= CLEAR_TRADE;
  const otherTopicSure = u.confidence >= FOLLOW_UP_OVERRIDE && TOPIC_OF_INTENT.has(u.intent) && u.intent !== 'training' && u.intent !== 'trade';
  if (otherTopicSure && !(clearTrade && followUpNamesOnlyTheTrade(u))) return undefined;
  const short = u.words <= BARE_DETAIL_MAX_WORDS;
  // "c'est où en Normandie ?" after a course's places: the same places again (by département, or the town asked).
  if (!u.trade && (u.cues.nearer || (short && u.cues.asksWhere) || (!namesPlace(u) && u.cues.whereToLearn))) return 'training';
  if (u.cues.followUp && short && clearTrade) return last === 'trade' && !namesPlace(u) ? 'trade' : 'training';
  return undefined;
}

/**
 * "et en boulangerie ?", "et en pâtisserie ?": a follow-up whose own words are no more than the trade's name. Whatever
 * topic the classifier reads then comes from that name alone ("boulangerie" is also a workplace: find_employer at
 * 0.78-0.80 with the training's seed, around FOLLOW_UP_OVERRIDE), so it must not outweigh the course going on.
 * "et en boulangerie, comment trouver un patron ?" says more: the classifier decides.
 */
function followUpNamesOnlyTheTrade(u: Understanding): boolean {
  if (!u.cues.followUp || u.trade === undefined) return false;
  return ownWordStems(u.normalized).length <= Math.max(1, u.trade.wordsMatched ?? 1);
}

/**
 * An employer talking aids tells the level, the head count, the start or a disability in a whole sentence ("elle
 * ferait un BTS à partir de juin, on est 12"): details the aid's amount depends on, not a course search nor a FAQ
 * question, whatever its length, unless it names a place or asks something else (a sure other topic, what a diploma is).
 */
function employerAidDetail(input: RoutingInput): boolean {
  const { understanding: u, data } = input;
  if (data.lastTopic !== 'aids' || data.profile.persona !== 'employeur') return false;
  if (namesPlace(u) || u.outside || u.cues.definition || u.cues.courseAspect) return false;
  const otherTopic = TOPIC_OF_INTENT.get(u.intent);
  if (u.confidence >= FOLLOW_UP_OVERRIDE && otherTopic !== undefined && otherTopic !== 'aids' && !levelOfTheApprentice(u)) return false;
  const f = u.facts;
  return f.diplomaType !== undefined || f.companySize !== undefined || f.contractConcluded !== undefined || f.otherDate !== undefined || f.disability === true;
}

/**
 * "et s'il prépare plutôt un BTS ?", "et pour un apprenti en CAP ?" from an employer after the hiring aid: the course
 * words ("prépare", the diploma's name) read as a sure course search (training at 0.94), but a follow-up that names a
 * diploma and asks nothing of a course (where, how long, what it is) changes the level the aid's amount depends on.
 */
function levelOfTheApprentice(u: Understanding): boolean {
  if (u.intent !== 'training' || u.facts.diplomaType === undefined) return false;
  if (!u.cues.followUp && !u.cues.hypothetical) return false;
  return !u.cues.whereToLearn && !u.cues.courseAspect && !u.cues.definition && !(u.trade && u.trade.score >= CLEAR_TRADE);
}

/**
 * "et avec un bac pro ?", "et si j'ai le bac ?" right after the pay in a contrat de professionnalisation: the diploma
 * held is what that pay depends on (below or from the bac pro: knowledge parametres.yaml), so the same pay for that
 * level, not a course search the diploma's name leans to (training at 0.82 for "et avec un bac pro"). A place or a
 * clear trade named makes it a course search ("bac pro cuisine à Caen"); an apprentice's pay does not depend on it.
 */
function levelForProPay(input: RoutingInput): boolean {
  const { understanding: u, data } = input;
  if (data.lastTopic !== 'salary' || (u.facts.contractType ?? data.profile.contractType) !== 'professionnalisation') return false;
  if (u.facts.levelHeld === undefined && u.facts.diplomaHeldType === undefined) return false;
  if (namesPlace(u) || u.outside || (u.trade && u.trade.score >= CLEAR_TRADE) || u.cues.whereToLearn || u.cues.definition) return false;
  return u.words <= BARE_DETAIL_MAX_WORDS;
}
