import type { Understanding } from '../../src/nlu/understanding.js';
import { normalize } from '../../src/text/normalize.js';
import { readingsOf, type Reading } from '../routing/readings.js';
import { hasFacts, TOPIC_OF_INTENT } from '../routing/facts.js';
import type { Route } from '../routing/route.js';
import { FAQ_ANSWER, FAQ_GUESS, SEVERAL_QUESTIONS_MAX_WORDS, SURE, TOPIC_MIN } from '../routing/thresholds.js';
import { ownWordStems } from './answer-words.js';

/** The stemmed words of a FAQ entry or an aid (answer-words.ts answerStems), when known. */
export type AnswerWords = (answer: { kind: 'faq' | 'aid'; id: string }) => ReadonlySet<string> | undefined;

/**
 * Where a message may hold two questions: a question mark before its end, "et", "+", a comma or a semicolon
 * ("c'est payé combien et y a des aides ?", "horaires et congés ?", "le salaire ? les aides ?").
 */
const JOINS = /\?+(?=\s*\S)|\s\+\s|[,;]|\s(?:et|et aussi|puis)\s/giu;

/**
 * The two halves of a message at its first join where each half has a word of its own, or nothing. Each half is read
 * on its own: if both ask something clear and different, the answer to one must not hide the other.
 */
export function halvesOf(text: string): [string, string] | undefined {
  return splitsOf(text)[0];
}

/** At most this many joins of a message are tried, from the first. */
const MAX_SPLITS = 3;

/**
 * Every way of cutting a message in two at a join where each half has a word of its own, from the first join on:
 * "je suis patron, je paie combien … et y a-t-il une aide ?" is told at its comma and asks at its "et".
 */
export function splitsOf(text: string): [string, string][] {
  const out: [string, string][] = [];
  for (const m of text.matchAll(JOINS)) {
    const left = text.slice(0, m.index).trim();
    const right = text.slice(m.index + m[0].length).trim();
    if (ownWordStems(normalize(left)).length > 0 && ownWordStems(normalize(right)).length > 0) out.push([left, right]);
    if (out.length >= MAX_SPLITS) break;
  }
  return out;
}

/**
 * The first half's question when the route taken answers only the second one ("j'ai 19 ans, c'est combien et j'ai droit
 * à l'aide au permis ?" routed to the aid by its name): the questions are answered in the order they were asked, the
 * second offered after the first.
 */
export function firstQuestionSkipped(halves: readonly Understanding[], route: Route, faqTopic: (id: string) => string | undefined): boolean {
  // Only a first half that is itself a question is answered before the route: "g quitté mon patron de moi même, je
  // peux avoir le chômage ?" and "j'ai un petit jeune qui commence dans mon garage, c'est quoi les aides ?" tell
  // the situation the second half asks about.
  const head = halves[0];
  if (!head || !(head.text.trim().endsWith('?') || ASKS_OPENLY.test(head.normalized))) return false;
  // "comment on fait pour prendre un apprenti, concrètement ? on n'en a jamais eu": a half that frames the other or
  // drops what came before asks nothing of its own; the whole message's reading answers it.
  if (halves.some((h) => framesTheOther(h) || dropsTheLast(h))) return false;
  const [first, second] = halves.map(questionOf);
  // The first half's question replaces the reading of the whole message only when it is read as surely as an answer
  // ("comment on fait pour prendre un apprenti, concrètement" guesses the definition of apprenticeship at 0.17).
  if (!first || !second || sameReading(first, second) || first.score < FAQ_ANSWER) return false;
  return routeAnswers(route, second, faqTopic) && !routeAnswers(route, first, faqTopic);
}

/** Whether a message is short enough to be read again in two halves (the reading costs a little per half). */
// A message that only asks what a term is ("et l'OPCO, c'est quoi exactement ?": defined-term.ts) is one question,
// whatever comma cuts it.
export const mayHoldTwoQuestions = (u: Understanding): boolean =>
  u.kind === 'text' && u.words >= 2 && u.words <= SEVERAL_QUESTIONS_MAX_WORDS && !COMPARES.test(u.normalized) && u.definedTerm === undefined;

/** "différence entre un CAP et un bac pro", "CAP ou bac pro, lequel est mieux ?": one question about two things. */
const COMPARES = /\b(?:difference|differences|entre|compare|comparer|comparaison|plutot|mieux|versus|vs|lequel|laquelle)\b/;

/**
 * What a half asks: a topic probable enough to be routed on its words, or the FAQ entry that leads it above the line
 * where the FAQ's best guess is answered ("congés ?" alone: the paid holidays). It is only offered, so a guess will do.
 */
export function questionOf(u: Understanding): Reading | undefined {
  const lead = readingsOf(u)[0];
  if (!lead) return undefined;
  // "mon fils a 16 ans" states a detail the pay works with, "je suis en terminale générale" the person's situation:
  // a statement, not a second question.
  if ((hasFacts(u) || STATES_OWN_CASE.test(u.normalized)) && !asks(u)) return undefined;
  if (lead.kind === 'topic') return lead.score >= TOPIC_MIN && TOPIC_OF_INTENT.get(u.intent) === lead.topic && u.confidence >= SURE ? lead : undefined;
  return lead.score >= FAQ_GUESS ? lead : undefined;
}

/**
 * A half that opens on someone and what they are, have or do ("je suis en terminale générale", "jsui en 1ère",
 * "mon fils veut faire de la mécanique", "on est en juin"): it tells the case the other half asks about.
 */
const STATES_OWN_CASE =
  /^(?:(?:bonjour|bonsoir|salut|alors|bon|euh|moi|perso)\s+)*(?:je|j|jsui|jsuis|chui|on|nous|il|elle|mon \S+|ma \S+|notre \S+)\s+(?:suis|sui|ai|fais|vais|veux|voudrais|cherche|travaille|habite|prepare|termine|finis|passe|sommes|avons|est|a|fait|va|veut)\b|^(?:jsui|jsuis|chui)\b/;

/** Words that make a question of a half, with or without its question mark. */
const ASKS = /\b(?:combien|comment|quel|quelle|quels|quelles|quoi|koi|ou|quand|pourquoi|qui|est ce|peut|peux|puis|pouvez|faut|y a|ya|existe)\b/;
const asks = (u: Understanding): boolean => u.text.includes('?') || ASKS.test(u.normalized);
/** The question words that ask by themselves (not "qui", "où", "peut", which also join or state). */
const ASKS_OPENLY = /\b(?:combien|comment|pourquoi|quel|quelle|quels|quelles|quoi|koi|quand|est ce que|est ce qu)\b/;

/** A half that opens with a frame ("et pour…", "concrètement", "genre…") and asks nothing of its own. */
const FRAME = /^(?:et )?(?:pour|concretement|genre|comme|par exemple|du coup|alors|sinon)\b/;
const framesTheOther = (u: Understanding): boolean => !asks(u) && FRAME.test(u.normalized);
/** A half that only drops what came before ("bon oublie ça", "en fait laisse tomber", "peu importe"): it turns to the other. */
const DROPS_THE_LAST = /^(?:(?:bon|bref|ok|en fait|enfait|non|mais|alors|euh)\s+)*(?:oublie|oublies|oubliez|laisse tomber|laisses tomber|laissez tomber|peu importe|tant pis|pas grave|ce est pas grave|c est pas grave|passons)\b/;
const dropsTheLast = (u: Understanding): boolean => DROPS_THE_LAST.test(u.normalized);

/** Whether the route taken answers that reading (the aids of an aid's detail, a FAQ entry of the same topic…). */
export function routeAnswers(route: Route, reading: Reading, faqTopic: (id: string) => string | undefined): boolean {
  if (reading.kind === 'faq') return route.kind === 'faq_entry' && route.id === reading.id;
  switch (route.kind) {
    case 'topic':
      return route.topic === reading.topic || (reading.topic === 'training' && route.topic === 'trade');
    case 'aid':
    case 'unknown_aid_claim':
    case 'aids_why_not':
      return reading.topic === 'aids';
    case 'faq_entry':
      return faqTopic(route.id) === reading.topic;
    default:
      return false;
  }
}

/**
 * Words that acknowledge or rate ("ok c'est bon", "d'accord", "super"): they name no subject, even when an entry's
 * title shares one ("La bonne alternance" for "bon").
 */
const ACKNOWLEDGING_STEMS: ReadonlySet<string> = new Set(['ok', 'okay', 'bon', 'bien', 'accord', 'daccord', 'merci', 'super', 'parfait', 'top', 'cool', 'genial', 'oui', 'ouais', 'non']);

/** The words of the answer a route gives, when it is an entry or an aid: what the answer already speaks of. */
function wordsOfRoute(route: Route, wordsOf: AnswerWords): ReadonlySet<string> {
  if (route.kind === 'faq_entry') return wordsOf({ kind: 'faq', id: route.id }) ?? new Set();
  if (route.kind === 'aid') return wordsOf({ kind: 'aid', id: route.id }) ?? new Set();
  return new Set();
}

/**
 * Whether a half shows its own question with real evidence: it asks, and for a FAQ entry, it holds a word of its own
 * (not one that only acknowledges) that the entry holds and the answer given does not. Without it, the
 * entry was read from a word in passing ("bon" for La bonne alternance, "bus" of a trip for the bus pass, "payé" of
 * the question answered for who pays the boarding school), and offering it asks the person what they never asked.
 */
function askedWithEvidence(half: Understanding, q: Reading, answered: ReadonlySet<string>, wordsOf: AnswerWords): boolean {
  // "c'est bon j'ai trouvé un patron, et je serai payé combien ?": a half that asks nothing tells, it offers nothing.
  if (!asks(half)) return false;
  if (q.kind === 'topic') return true;
  const entryWords = wordsOf({ kind: 'faq', id: q.id });
  if (entryWords === undefined) return true;
  return ownWordStems(half.normalized).some((w) => !ACKNOWLEDGING_STEMS.has(w) && !answered.has(w) && entryWords.has(w));
}

/** A half's question read clearly: a sure topic (questionOf), or a FAQ entry read as surely as an answer, not a guess. */
const readClearly = (q: Reading): boolean => q.kind === 'topic' || q.score >= FAQ_ANSWER;

/** The words a half names, without those that only acknowledge. */
const namedWords = (u: Understanding): string[] => ownWordStems(u.normalized).filter((w) => !ACKNOWLEDGING_STEMS.has(w));

/**
 * "les sorties c'est à mes frais ? et l'hébergement pendant la sortie ?": a half that names again a word of the other
 * goes on about the other's subject (the trip's lodging), not a question of its own on another entry.
 */
function goesOnAboutTheOther(halves: readonly Understanding[]): boolean {
  const [a, b] = halves;
  if (!a || !b) return false;
  const first = new Set(namedWords(a));
  return namedWords(b).some((w) => first.has(w));
}

/** The questions of the halves that the route taken does not answer, once each, each asked with real evidence. */
export function otherQuestions(halves: readonly Understanding[], route: Route, faqTopic: (id: string) => string | undefined, wordsOf?: AnswerWords): Reading[] {
  const out: Reading[] = [];
  // A message that asks nothing ("mon patron me fait faire que du ménage et il me crie dessus") holds no second
  // question, nor does one whose half only frames the other ("et pour l'employeur, il y a des aides ?", "et pour
  // candidater, je passe par Parcoursup ?"), gives an example of it ("la région donne rien ? genre la carte…") or
  // drops what came before ("bon oublie ça, c'est combien le smic ?").
  if (!halves.some(asks) || halves.some(framesTheOther) || halves.some(dropsTheLast)) return out;
  const questions = halves.map(questionOf);
  // Two halves that ask the same thing, or one that asks nothing clear: one question, answered.
  if (questions.some((q) => q === undefined)) return out;
  // Real evidence of a second question (wordsOf given): both halves read clearly, neither goes on about the other,
  // and the one offered holds words of its own for it (askedWithEvidence).
  if (wordsOf && (!(questions as Reading[]).every(readClearly) || goesOnAboutTheOther(halves))) return out;
  const answered = wordsOf ? wordsOfRoute(route, wordsOf) : new Set<string>();
  for (const [i, q] of (questions as Reading[]).entries()) {
    if (routeAnswers(route, q, faqTopic)) continue;
    if (wordsOf && !askedWithEvidence(halves[i] as Understanding, q, answered, wordsOf)) continue;
    if (out.some((o) => sameReading(o, q))) continue;
    out.push(q);
  }
  return out;
}

const sameReading = (a: Reading, b: Reading): boolean =>
  a.kind === 'topic' ? b.kind === 'topic' && a.topic === b.topic : b.kind === 'faq' && a.id === b.id;
