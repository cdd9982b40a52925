import { organisationOfLastAnswer } from '../support/organisation-in-answer.js';
import { normalize } from '../../src/text/normalize.js';
import { answerParts } from '../support/answer-parts.js';
import { answerStems, mentionsNumbersOf, ownWordStems } from '../support/answer-words.js';
import { foreignToTheFaq, questionOf, uncoveredBy } from '../support/faq-coverage-of.js';
import type { Turn } from '../support/turn.js';
import { answerWhen } from '../support/person-conditions.js';
import { detailNotWritten, entryWritingTheDetail } from './detail-written.js';
import { inViewOverGivingUp } from './in-view-entry.js';
import { contentOverGivingUp } from './content-in-view.js';
import { ownReadingOverGivingUp } from './own-reading.js';
import { nearEntryAsked } from './near-entry.js';
import { foreignObjectOfTheQuestion, foreignSubjectOfLastResort, partOnlyForWholeAsked, weakLastResort } from './unknown-asked.js';
import { conditionsMet, readingContextOf } from './readings.js';
import type { Route, RouteRule, RoutingInput } from './route.js';
import { ROUTE_RULES } from './rules.js';
import { CLOSEST_OFFER_MIN, COVERAGE_ALL_WORDS_MAX, FAQ_GUESS, FOREIGN_WORD_COVERAGE_MAX, FOREIGN_WORD_PROBABILITY_MAX, REPEAT_SECOND_SHARE } from './thresholds.js';

/** The route a message takes and the name of the rule that chose it (logged when a turn ends without a reply). */
export interface Decision {
  rule: string;
  route: Route;
}

/** Runs the routing table: the first rule that applies decides. Pure: reads the input, changes nothing. */
export function decideRoute(input: RoutingInput, rules: readonly RouteRule[] = ROUTE_RULES): Decision {
  for (const rule of rules) {
    if (rule.when(input)) return ownReadingOverGivingUp(input, contentOverGivingUp(input, inViewOverGivingUp(input, withoutRepeat(input, partSaidPlainly(input, coveredOrHonest(input, { rule: rule.name, route: rule.route(input) }))))));
  }
  // Round 32: before giving up, the message read alone or with the topic in view (own-reading.ts).
  return ownReadingOverGivingUp(input, contentOverGivingUp(input, inViewOverGivingUp(input, { rule: 'none', route: { kind: 'fallback' } })));
}

/**
 * Rules that may show the last card again: a quick reply clicked, and a follow-up that changes a detail of it (a start
 * date told after the hiring aid: its card, led by what that date means for it).
 */
const MAY_REPEAT: ReadonlySet<string> = new Set(['quick-reply', 'answer-follow-up', 'procedure-follow-up', 'time-within-last-answer', 'aid-dated-follow-up', 'aid-profile-follow-up', 'aid-combined-follow-up', 'aid-applies-follow-up', 'card-aspect', 'same-in-last-answer', 'condition-in-view', 'kept-after-exam-failed', 'aspect-in-view', 'sentence-in-view', 'aid-new-contract', 'aid-other-contract-asked', 'bound-in-last-answer', 'amount-in-view']);

/** Whether the route would show again the card just shown (the same FAQ entry, aid, or employer-search card). */
function repeatsLastCard(input: RoutingInput, route: Route): boolean {
  const { lastTopic, lastFaq, lastAid } = input.data;
  // The FAQ's own version of the last topic's card ("comment trouver un patron ?" after the employer search) too; not
  // after ONE aid's card: the aids' entry ("et pour le loyer ?" after the ended licence aid) is the list, not that card.
  const oneAidShown = lastTopic === 'aids' && lastAid !== undefined;
  if (route.kind === 'faq_entry') return (lastTopic === 'faq' && route.id === lastFaq) || (lastTopic !== undefined && !oneAidShown && faqTopicOf(input, route.id) === lastTopic);
  if (route.kind === 'aid') return lastTopic === 'aids' && route.id === lastAid;
  return route.kind === 'topic' && route.topic === 'find_employer' && lastTopic === 'find_employer';
}

/** The FAQ's own version of the last topic's card (the employer search's entry), when the message reads it. */
const topicEntryOf = (input: RoutingInput): string | undefined => input.understanding.faq.find((h) => h.entry.topic !== undefined && h.entry.topic === input.data.lastTopic)?.entry.id;

const faqTopicOf = (input: RoutingInput, id: string): string | undefined => input.understanding.faq.find((h) => h.entry.id === id)?.entry.topic;

/**
 * Never the same card twice in a row for two different messages: a second question that leads back to the answer
 * just given is one that answer does not cover, and repeating it reads as a loop. We say so, with the free line and
 * a callback. The same message sent again gets the same answer.
 */
function withoutRepeat(input: RoutingInput, decision: Decision): Decision {
  if (MAY_REPEAT.has(decision.rule) || !repeatsLastCard(input, decision.route)) return decision;
  const last = input.data.lastQuestion;
  if (last !== undefined && normalize(last) === input.understanding.normalized) return decision;
  // A question whose own words are all in the answer just given asks what it already says ("j'ai 14 ans, en 4e",
  // answered with the minimum age, then "je peux commencer l'apprentissage ?"): that answer again is the honest one.
  if (asksWhatItSays(input)) return decision;
  // The entry read nearly as well, when there is one: "et il veut que je finisse à 23 h" after the minors' hours reads
  // the hours entry first and the night-work entry a close second, which is the answer.
  const next = closeSecondEntry(input, decision.route);
  if (next !== undefined) return { rule: 'no-repeat-next', route: { kind: 'faq_entry', id: next } };
  // An entry next to the card just shown that the message asks ("et une fois trouvé, le contrat se fait comment ?"
  // after the search for an employer: the contract), before we say that card does not cover it.
  const repeated = decision.route.kind === 'faq_entry' ? decision.route.id : (input.data.lastFaq ?? topicEntryOf(input));
  const near = repeated !== undefined ? nearEntryAsked(input, repeated) : undefined;
  if (near !== undefined) return { rule: 'no-repeat-near', route: { kind: 'faq_entry', id: near } };
  // The employer search asked again in other words ("et comment je trouve une boîte ?") is what that card answers:
  // it is summarised in one sentence when sent (main-dialog.ts sendFindEmployer), not denied (issue 12 §3).
  if (decision.route.kind === 'topic' && decision.route.topic === 'find_employer') return { rule: 'find-employer-again', route: decision.route };
  return { rule: 'no-repeat', route: { kind: 'say', key: 'not_covered' } };
}

/** The next FAQ entry read almost as probably as the repeated one, never the last card, if it is a guess worth giving. */
function closeSecondEntry(input: RoutingInput, route: Route): string | undefined {
  if (route.kind !== 'faq_entry') return undefined;
  const hits = input.understanding.faq;
  const repeated = hits.find((h) => h.entry.id === route.id);
  const second = hits.find((h) => h.entry.id !== route.id && h.entry.id !== input.data.lastFaq);
  if (!repeated || !second || second.probability < FAQ_GUESS) return undefined;
  return second.probability >= repeated.probability * REPEAT_SECOND_SHARE ? second.entry.id : undefined;
}

/** The rules that answer the FAQ entry the matcher reads best, whatever words of the message it leaves out. */
const MATCHED_ENTRY_RULES: ReadonlySet<string> = new Set(['faq-lead', 'faq-over-slot-question', 'course-word-faq', 'faq-last-resort']);
/**
 * The last resort is held to the names it leaves out ("BAFA") only: a situation told at length ("gastro depuis cette
 * nuit…") is answered by the entry it reads most of, with the other readings beside it, and its rare words ("nuit")
 * may only say when, not what is asked.
 */
/** Rules that route to an entry by a thing named, whose answer may still not write the detail asked (detail-written.ts). */
const DETAIL_GUARDED_RULES: ReadonlySet<string> = new Set(['goes-abroad']);
const NAMES_ONLY_RULES: ReadonlySet<string> = new Set(['faq-last-resort']);

/**
 * A FAQ entry read for a message that has a distinctive word the entry never writes ("le CACES il est pris en charge ?"
 * read as the entry on meals and lodging) answers a nearby question, not this one: we say our sources do not cover
 * this point, with the free line and a callback, and offer that entry as the closest we have, never as the answer.
 * Every rare word counts in a short question only; in a longer message, the names no entry writes (COVERAGE_ALL_WORDS_MAX).
 */
export function coveredOrHonest(input: RoutingInput, decision: Decision): Decision {
  const { route } = decision;
  // "et pour les congés de mariage ?" after an aid, "j'ai droit à des jours pour mon mariage ?" after the minors' hours:
  // a follow-up with a subject no entry writes is a new question our sources do not treat, as it would be on the first
  // turn, whether its words reach another entry or only the last answer (never that card again for it).
  if (route.kind === 'faq_entry' && decision.rule === 'answer-follow-up' && subjectOfItsOwn(input, route.id)) {
    return route.id === input.data.lastFaq ? { rule: 'faq-not-covered', route: { kind: 'say', key: 'not_covered' } } : notCovered(input, route.id);
  }
  if (route.kind !== 'faq_entry') return decision;
  // A last resort read so weakly that it shares a word or two with the message, not its subject ("le CFA accepte
  // PayPal ?" read as paid leave), or asked about a word no entry writes ("un piercing au travail ?"): never answered
  // as if it were the answer (unknown-asked.ts).
  if (decision.rule === 'faq-last-resort' && (weakLastResort(input, route.id) || foreignSubjectOfLastResort(input))) return notCovered(input, route.id);
  // The rules that lead to an entry from a thing named (a country: goes-abroad) are held to the detail asked too.
  if (!MATCHED_ENTRY_RULES.has(decision.rule)) return DETAIL_GUARDED_RULES.has(decision.rule) && detailNotWritten(input, route.id) !== undefined ? notCovered(input, route.id) : decision;
  // A long message whose short question holds a word no entry writes ("…. Je peux être payé en bitcoin ?").
  if (foreignObjectOfTheQuestion(input, route.id)) return notCovered(input, route.id);
  const namesOnly = NAMES_ONLY_RULES.has(decision.rule) || ownWordStems(questionOf(input.understanding).normalized).length > COVERAGE_ALL_WORDS_MAX;
  const missing = input.faqUncovered?.(route.id, namesOnly) ?? [];
  if (missing.length === 0) return subjectOfItsOwn(input, route.id) || detailNotWritten(input, route.id) !== undefined ? notCovered(input, route.id) : decision;
  if (toldTwoThings(input, route.id, missing, namesOnly)) return decision;
  const writer = entryWritingTheDetail(input, route.id, namesOnly);
  if (writer !== undefined) return { rule: 'faq-detail-writer', route: { kind: 'faq_entry', id: writer } };
  return notCovered(input, route.id);
}

/**
 * "tout mon apprentissage au Japon ?" answered by an entry that grants a part only ("une partie du contrat, un an au
 * plus"): its fact is given, led by the plain word that the whole is not in our sources, with the free line.
 */
function partSaidPlainly(input: RoutingInput, decision: Decision): Decision {
  const { route } = decision;
  if (route.kind !== 'faq_entry' || !partOnlyForWholeAsked(input, route.id)) return decision;
  return { rule: decision.rule, route: { ...route, lead: { key: 'faq.part_only' } } };
}

/**
 * The honest "not covered", with the entry it was read for offered as the closest we have, unless the matcher read that
 * entry so weakly (CLOSEST_OFFER_MIN) that naming it "the nearest" would mislead: a rupture entry for someone leaving a
 * seconde générale is no help, the line and the callback are.
 */
function notCovered(input: RoutingInput, closest: string): Decision {
  const probability = input.understanding.faq.find((h) => h.entry.id === closest)?.probability ?? 0;
  const offered = probability >= CLOSEST_OFFER_MIN ? closest : undefined;
  return { rule: 'faq-not-covered', route: offered === undefined ? { kind: 'say', key: 'faq_not_covered' } : { kind: 'say', key: 'faq_not_covered', closest: offered } };
}

/**
 * "j'ai des jours de congé pour le mariage de ma sœur ?", "je garde ma bourse de lycée en apprentissage ?": a short
 * question whose subject no FAQ entry writes (faqForeign: "mariage", "bourse"), read for an entry that covers little
 * of it and without certainty, asks what our sources do not treat. The entry it was read for is offered as the closest.
 */
function subjectOfItsOwn(input: RoutingInput, id: string): boolean {
  if (ownWordStems(questionOf(input.understanding).normalized).length > COVERAGE_ALL_WORDS_MAX) return false;
  const hit = input.understanding.faq.find((h) => h.entry.id === id);
  if (!hit || hit.coverage > FOREIGN_WORD_COVERAGE_MAX || hit.probability >= FOREIGN_WORD_PROBABILITY_MAX) return false;
  return (input.faqForeign?.() ?? []).length > 0;
}

/**
 * The words the entry leaves out are all written by another entry read as a guess worth giving: the message tells two
 * things ("il me crie dessus et me fait faire le ménage": harassment, and chores instead of training). Each has its
 * answer: the first is given, the other offered beside it (several-questions), never "my sources do not cover this".
 */
function toldTwoThings(input: RoutingInput, id: string, missing: readonly string[], namesOnly: boolean): boolean {
  return input.understanding.faq.some((h) => {
    if (h.entry.id === id || h.probability < FAQ_GUESS) return false;
    const leftOut = new Set(input.faqUncovered?.(h.entry.id, namesOnly) ?? missing);
    return missing.every((w) => !leftOut.has(w));
  });
}

function asksWhatItSays(input: RoutingInput): boolean {
  const stems = input.lastAnswerStems;
  const own = ownWordStems(input.understanding.normalized);
  if (stems !== undefined && mentionsNumbersOf(input.understanding.normalized, stems)) return true;
  return stems !== undefined && own.length > 0 && own.every((w) => stems.has(w));
}

/** What the routing reads of a turn. */
export function routingInputOf(turn: Turn): RoutingInput {
  return {
    understanding: turn.understanding,
    data: turn.data,
    chosen: turn.chosen,
    detailGiven: turn.detailGiven,
    inContext: turn.inContext,
    lastAnswerStems: turn.lastAnswerStems,
    today: turn.today,
    aids: turn.kb.knowledge.aids,
    minorWorkLimits: turn.kb.knowledge.parameters.minor_work_limits,
    hasFaqEntry: (id) => turn.kb.search.faqEntry(id) !== undefined,
    faqStems: (id) => answerStems(turn.kb, { kind: 'faq', id }),
    faqParts: (id) => answerParts(turn.kb, id),
    faqRelated: (id) => turn.kb.search.faqEntry(id)?.related ?? [],
    lastAnswerOrganisation: () => organisationOfLastAnswer(turn),
    faqEntry: (id) => turn.kb.search.faqEntry(id),
    faqEntries: () => turn.kb.knowledge.faq,
    faqMatch: (limit) => turn.faqMatch?.(limit) ?? [],
    faqAfter: (id) => turn.kb.search.faqEntry(id)?.after ?? [],
    faqSeeAids: (id) => turn.kb.search.faqEntry(id)?.see_aids ?? [],
    faqAppliesWhen: (id) => turn.kb.search.faqEntry(id)?.applies_when ?? [],
    // An entry with a version written for the person's own case (a public employer, past the age limit) answers them,
    // whatever words of their story it does not write.
    faqUncovered: (id, namesOnly) => (writtenForThePerson(turn, id) ? [] : uncoveredBy(turn.kb.knowledge, id, turn.understanding, namesOnly)),
    faqForeign: (options) => foreignToTheFaq(turn.kb.knowledge, turn.understanding, options),
  };
}

function writtenForThePerson(turn: Turn, id: string): boolean {
  const entry = turn.kb.search.faqEntry(id);
  return entry !== undefined && answerWhen(entry, conditionsMet(turn.understanding, readingContextOf(turn.data.profile))) !== undefined;
}
