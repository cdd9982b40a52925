import type { FaqEntry } from '../../src/knowledge/schema/faq.js';
import { TRAINING_AFTER_RUPTURE, trainingAfterContractLost } from './contract-lost-training.js';
import type { Understanding } from '../../src/nlu/understanding.js';
import { entryFits } from '../support/person-conditions.js';
import { stem } from '../../src/text/stem.js';
import { partKeys } from '../support/answer-parts.js';
import { mentionsNumbersOf, ownWordStems, valuesAsked } from '../support/answer-words.js';
import { asksWhoHandles } from '../support/who-handles.js';
import { ASKING_WORD, asksConsent, closingThatAsks } from './asks.js';
import { ageAskedAgainst, ageRuleNearby } from './age-rule-nearby.js';
import { placeWordOfLastAnswer } from './answer-word-place.js';
import { carryOver } from './carry-over.js';
import { chamberAsked } from './chamber-asked.js';
import { diplomaExplainedRoute } from './diploma-explained.js';
import { hasFacts, TOPIC_OF_INTENT } from './facts.js';
import { partAsked } from './follow-up-in-entry.js';
import { leavesAtTheEndOfHours } from './leave-at-hours-end.js';
import { nearEntryAsked } from './near-entry.js';
import { otherBoundEntry } from './other-bound.js';
import { payOfItsOwn, questionOfItsOwn, topicOfItsOwn } from './own-question.js';
import { entryOfToldEvent } from './story-event.js';
import { tradeOnlyWhereOneWorks } from './trade-as-workplace.js';
import { conditionsMet, isClear, ownCaseTold, readingContextOf, readingsOf } from './readings.js';
import type { Route, RoutingInput } from './route.js';
import { CLEAR_TRADE, EXACT_TRADE, FAQ_ANSWER, FOLLOW_UP_OVERRIDE, NEAR_BELOW_LAST_SHARE, NEW_QUESTION_WORDS, NEW_QUESTION_WORDS_ASKED, SURE } from './thresholds.js';

/** "ça change quelque chose ?", "est-ce que cela change quoi ?", "ça change rien ?": whether a detail changes the answer. */
const ASKS_IF_IT_CHANGES = /\b(?:ca|cela|ce|c|sa) (?:change|changerait|changera|changent)(?: (?:quelque chose|qqch|qq chose|quoi|rien|grand chose|les choses))?\b/;

/** What a person says to end or leave the topic: never a follow-up of the answer, whatever its words. */
const CALLS: ReadonlySet<string> = new Set(['human', 'callback', 'restart', 'erase']);
const SMALL_TALK: ReadonlySet<string> = new Set(['greeting', 'thanks', 'goodbye', 'bot_identity', 'insult', 'affirm', 'deny', 'help']);
/** A word of the FAQ candidate must cover at least this share of the message's own words to replace the last answer. */
const OWN_WORDS = 0.5;
/** A follow-up kept on the last answer says at least this many words of its own: one shared word is no evidence. */
const KEPT_ANSWER_MIN_WORDS = 2;
/** At most this many words of its own besides "qui": "je dois voir qui pour ça ?" asks who, not about a new subject. */
const WHO_OWN_WORDS = 3;

/** The answer a follow-up continues: the FAQ entry or the aid shown last. */
type LastAnswer = { kind: 'faq' | 'aid'; id: string };

function lastAnswerOf(input: RoutingInput): LastAnswer | undefined {
  const { lastTopic, lastFaq, lastAid } = input.data;
  if (lastTopic === 'faq' && lastFaq) return { kind: 'faq', id: lastFaq };
  if (lastTopic === 'aids' && lastAid) return { kind: 'aid', id: lastAid };
  return undefined;
}

const sureTopic = (u: Understanding): boolean => TOPIC_OF_INTENT.has(u.intent) && u.confidence >= FOLLOW_UP_OVERRIDE;

/** The message is a question of its own (own-question.ts): any sure topic intent, or a FAQ entry other than the last. */
const asksSomethingElse = (u: Understanding, last: LastAnswer): boolean => questionOfItsOwn(u, { faq: last.id });

/** A step of reading a follow-up: its route, NOT_A_FOLLOW_UP when the message asks something else, or undefined to read on. */
const NOT_A_FOLLOW_UP = 'not-a-follow-up';
type FollowUpStep = Route | typeof NOT_A_FOLLOW_UP | undefined;

/**
 * A short message right after a FAQ answer or an aid's detail continues it ("et les jours fériés ?" after the paid
 * holidays, "comment on la demande ?" after an aid, "et si ça faisait que 3 semaines ?" after the break of a
 * contract) unless it clearly asks something else, names a trade, a place or another aid, or ends the talk. It goes to
 * the entry its own words lead to clearly, or to an entry near the last answer that its words reach; otherwise the
 * last answer is what it asks again, with its new detail.
 */
export function answerFollowUp(input: RoutingInput): Route | undefined {
  const { understanding: u, inContext } = input;
  const last = lastAnswerOf(input);
  if (!last || !inContext || u.kind !== 'text') return undefined;
  // "on est 300" after an aid is the detail its amount depends on: the aids again, with it (carry-over).
  if (input.detailGiven === true || carryOver(input) !== undefined) return undefined;
  // "c'est qui le médiateur ? je bosse dans un garage" after an answer that names the mediator: the entry that defines
  // the term (the term-defined rule), not the sentence of the last answer that names it.
  if (u.definedTerm && !(last.kind === 'faq' && u.definedTerm.entryId === last.id) && input.hasFaqEntry(u.definedTerm.entryId)) return undefined;
  // "que devient sa formation si le contrat s'arrête ?" after the rupture's rules: a question with its own entry (the
  // stay at the CFA after a rupture), not "my last answer does not cover it" (review 16, P6).
  if (trainingAfterContractLost(input) && !(last.kind === 'faq' && last.id === TRAINING_AFTER_RUPTURE)) return undefined;
  const step = aspectOfTheAnswerAsked(input, last) ?? valueOrPartOfTheAnswerAsked(input, last);
  if (step !== undefined) return step === NOT_A_FOLLOW_UP ? undefined : step;
  return ownQuestionOrTheAnswerAgain(input, last, inContext);
}

/**
 * The first readings of a follow-up: what the aid just shown says, a rule for the age told, a word the answer writes,
 * a detail that changes it, a diploma explained, the chamber of a kind of company; a trade, a place, another aid or a
 * call for a person is no follow-up.
 */
function aspectOfTheAnswerAsked(input: RoutingInput, last: LastAnswer): FollowUpStep {
  const u = input.understanding;
  // After an aid's detail, "c'est combien par mois ?" asks its amount and "je la demande où ?" how to claim it: its
  // card says both (the amounts, the how-to and the organisation), not the pay nor another aid's steps. An entry that
  // proposes the aid ("comment obtenir l'aide à l'embauche ?") says the steps in more detail. Only a trade named
  // exactly is another subject here ("par mois" is one letter from "bois", not the joiner's trade).
  if (last.kind === 'aid' && asksAboutTheAid(u, last.id)) return (u.cues.asksHowToClaim && stepsOfAid(input, last.id)) || lastRoute(last);
  // A trade read only in the place the person works at ("je suis dans une exploitation agricole, c'est qui ?") is
  // where their story happens, not a trade asked (trade-as-workplace.ts).
  // "et à 17 ans ?" after the paid holidays: the rule written for that age (age-rule-nearby.ts), before the pay it reads.
  const ageRule = last.kind === 'faq' ? ageAskedAgainst(input, last.id) : undefined;
  // The same answer for an age it writes ("et à 15 ans ?" after the minimum age): led by its sentence on that age.
  if (ageRule !== undefined && ageRule === last.id && u.facts.age !== undefined) return { kind: 'faq_entry', id: ageRule, focus: [...partKeys(`${u.facts.age} ans`)] };
  if (ageRule !== undefined) return { kind: 'faq_entry', id: ageRule };
  // "et en boulangerie ?" after the minors' night work: the trade's word is one the answer itself writes (its bakery
  // exception); that sentence of the answer, not the trade's card nor the search for an employer.
  // "et dans l'hôtellerie ?" likewise, though a commune bears that name (answer-word-place.ts).
  if (last.kind === 'faq' && (tradeWordOfLastAnswer(input) || placeWordOfLastAnswer(input))) return { kind: 'faq_entry', id: last.id, focus: [...partKeys(u.normalized)] };
  const tradeAsked = u.trade !== undefined && u.trade.score >= CLEAR_TRADE && !tradeOnlyWhereOneWorks(u);
  if (tradeAsked || u.commune || u.outside || (u.aid && u.aid.id !== last.id)) return NOT_A_FOLLOW_UP;
  // "mon fils a 17 ans, ça change quelque chose ?" after the rupture: the same answer for the detail now known (its
  // version for a minor, its conditions), not the topic the detail alone would read (the pay at 17).
  // An age told that way after an entry linked to one written for that age ("j'ai 17 ans, ça change quoi ?" after the
  // paid holidays: the 30 days of the under-21s) gets that entry (age-rule-nearby.ts).
  if (last.kind === 'faq' && ASKS_IF_IT_CHANGES.test(u.normalized) && hasFacts(u)) {
    const ageRule = u.facts.age !== undefined ? ageRuleNearby(input, last.id, u.facts.age) : undefined;
    return { kind: 'faq_entry', id: ageRule ?? last.id };
  }
  // "et un bac pro, ça dure combien ?" after the BP's answer: another kind of diploma, explained by its own entry (the
  // diploma-explained rule), not by the sentence of the last answer that happens to name it.
  // The same kind asked again ("c'est quoi un CAP" once more, "le CAP c'est quel niveau ?") is its answer again, led by
  // the value asked if any, not an entry next to it.
  // After an aid too (round 27): "c'est quoi un BTS ?" after Mobili-Jeune asks what a BTS is, not that aid's card again.
  const explained = diplomaExplainedRoute(input);
  if (explained !== undefined) return explained.id === last.id ? explained : NOT_A_FOLLOW_UP;
  const sure = u.confidence >= SURE;
  // "qui devons-nous contacter ?" right after an answer asks who handles what it speaks of (its organisation), however
  // sure the classifier is that a person is called for.
  if (sure && CALLS.has(u.intent) && !asksWhoHandles(u.normalized)) return NOT_A_FOLLOW_UP;
  // "et si c'est une ferme ?" after the mediator: the answer's sentence on the chamber of that kind of company.
  const chamber = last.kind === 'faq' ? chamberAsked(input, last.id) : undefined;
  if (chamber) return chamber;
  return undefined;
}

/**
 * Then a value or a part of the answer asked: the other bound, a value the answer gives, a lack of what it is about,
 * the same question for another diploma, the sentence (or linked entry) that answers, who handles it.
 */
function valueOrPartOfTheAnswerAsked(input: RoutingInput, last: LastAnswer): FollowUpStep {
  const u = input.understanding;
  // "et je serai payé pendant ?" after the sick leave: the part of the answer (or of an entry it links to) that answers
  // it, before "payé" is read as the pay grid or "patron" as another entry.
  // "et si j'ai pas de RQTH ?" after the RQTH answer, "j'ai pas encore d'employeur" after an aid for employers: the
  // person says they lack what that answer is about; neither that card again nor a part of it is their answer.
  // "combien de temps je peux rester au CFA sans entreprise ?" after the answer saying 3 months, "et ça s'arrête à quel
  // âge ?" after the family benefits (20 ans): the kind of value asked is one the answer gives, with nothing new around
  // it; that answer again, led by the sentence that gives it, before its denied word reads as a lack.
  // "et jusqu'à quel âge ?" after the minimum age: the other bound, in the entry next to it (other-bound.ts), before
  // the age asked reads as one the last answer gives.
  const bound = last.kind === 'faq' ? otherBoundEntry(input, last.id) : undefined;
  if (bound) return { kind: 'faq_entry', id: bound };
  const value = valueAskedOfLastAnswer(input, last);
  if (value) return value;
  // A lack told that a clear reading of its own answers ("et si j'ai toujours pas d'employeur en septembre ?" after
  // Parcoursup: starting at the CFA without an employer) gets that answer; otherwise we say the last one does not cover it.
  if (deniesWhatTheAnswerIsAbout(input)) return clearReadingOfItsOwn(input, last) ?? { kind: 'say', key: 'not_covered' };
  // "et pour un master ?", "même pour un BTS ?" after the answer on what training costs: the same question for that
  // diploma, not the places that teach it; "et après un bac pro ?" after what comes after a CAP: the entry next to it
  // for that diploma, before the sentence of the CAP's answer that names a bac pro.
  if (last.kind === 'faq' && sameQuestionForDiploma(u)) {
    // What comes after a diploma held has its own entry per diploma (the next-after-diploma rule).
    if (u.facts.diplomaHeldType !== undefined && u.cues.asksNextStep) return NOT_A_FOLLOW_UP;
    return nearOrLast(input, last);
  }
  const part = last.kind === 'faq' ? partAsked(input, last.id) : undefined;
  // "et la personne qui règle les litiges, c'est qui ?" shares one word with a sentence of the RQTH answer: a question
  // asked with its own question word and new words (the NEW_QUESTION_WORDS guard below) is not answered by the card
  // just shown, its part or not. Without a question word ("et il sera payé durant son absence ?") the part answers.
  const ownQuestion = ASKING_WORD.test(u.normalized) && asksNewQuestion(input);
  if (part && part.id !== last.id && keepsLastAnswer(input, last)) return lastRoute(last);
  if (part && !(part.id === last.id && ownQuestion)) return { kind: 'faq_entry', id: part.id, focus: part.focus };
  // "je dois voir qui pour ça ?", "on s'adresse à qui ?": the organisation the last answer names, whatever entry the
  // few words of the question also reach (a question that says more is read as its own question below).
  // A longer one whose words the FAQ reads as the last answer itself ("et si ma patronne me fait finir à minuit, je le
  // dis à qui ?" after the minors' hours not kept) asks the same: who to see about that answer.
  const sameSubject = u.faq[0]?.entry.id === last.id;
  if (asksWhoHandles(u.normalized) && (ownWordStems(u.normalized).length <= WHO_OWN_WORDS || sameSubject)) return { kind: 'who_handles' };
  return undefined;
}

/**
 * Last, a question of its own (a sure topic, another entry read clearly, an event told) leaves the answer; an entry
 * near it that the words reach answers; otherwise the same answer again for a detail changed, or "not covered".
 */
function ownQuestionOrTheAnswerAgain(input: RoutingInput, last: LastAnswer, inContext: readonly string[]): Route | undefined {
  const u = input.understanding;
  const sure = u.confidence >= SURE;
  // "et le salaire ?" opens the pay whatever came before; "comment on la demande ?" points at the last answer. A pay
  // question of its own ("il aura 16 ans, combien je dois le payer ?") is one whatever its pronoun points at.
  if (sureTopic(u) && (!u.cues.refersBack || payOfItsOwn(u))) return undefined;
  // "je dois le payer combien ?" after the minimum age, for the 15-year-old told before: the pay asked in words the
  // last answer does not say, with what it needs known; "le" is the apprentice (own-question.ts).
  if (topicOfItsOwn(u, input.data.profile, input.lastAnswerStems)) return undefined;
  // "jpeux partir ?" after the minors' hours: leaving when the hours are done, what that answer's limits say, not the
  // entry on leaving the contract after the diploma that "partir" alone reads (leave-at-hours-end.ts).
  if (last.kind === 'faq' && leavesAtTheEndOfHours(input, last.id)) return lastRoute(last);
  const pointsBack = u.cues.followUp || u.cues.refersBack;
  const smallTalk = sure && SMALL_TALK.has(u.intent) && !closingThatAsks(u) && !asksConsent(u);
  if (!pointsBack && (smallTalk || asksSomethingElse(u, last))) return undefined;
  const readings = readingsOf(u);
  const lead = readings[0];
  if (keepsLastAnswer(input, last)) return lastRoute(last);
  // "et les jours fériés ?" after the paid holidays: its own words lead to another entry, the one it asks; when two
  // entries share them ("et les heures sup ?": paid or not), the lead with the other one offered beside it.
  if (lead?.kind === 'faq' && lead.score >= FAQ_ANSWER) {
    if (isClear(readings)) return { kind: 'faq_entry', id: lead.id };
    return { kind: 'faq_entry', id: lead.id, alternatives: readings.slice(1, 3) };
  }
  // A question that reads clearly as a topic of its own ("et ça me coûte combien un apprenti de 18 ans ?" after the
  // steps to hire: the pay), or that tells an event ("et si ça se passe mal je peux le virer ?": a rupture), is not a
  // follow-up of the last answer: the rules below answer it, never "my last answer does not cover this".
  if ((lead?.kind === 'topic' && lead.score >= FAQ_ANSWER && !u.cues.refersBack) || entryOfToldEvent(u, input.data.profile) !== undefined) return undefined;
  // Another entry near the last answer that the message's own words reach ("comment on la demande ?" after the
  // hiring aid: the steps to claim it); otherwise the last answer again, with the new detail.
  // "et si ça faisait 3 semaines ?" changes a condition of the same question: the last answer. The FAQ's general
  // versions of a topic (the pay, the aids) are not where a follow-up of a precise answer goes.
  const near = (id: string): boolean => id !== last.id && inContext.includes(id);
  // Only an entry written for the person's case ("et mon père a 45 ans, il peut ?" after the minimum age: not the
  // entry on the exceptions for an RQTH nobody told, whose "Oui" would mislead).
  const context = readingContextOf(input.data.profile);
  const met = conditionsMet(u, context);
  const caseTold = ownCaseTold(u, context);
  const fits = (entry: FaqEntry): boolean => entryFits(entry, met, caseTold);
  const own = u.cues.hypothetical ? undefined : u.faq.find((h) => near(h.entry.id) && h.coverage >= OWN_WORDS && !h.entry.topic && fits(h.entry) && holdsOwnWords(input, h.entry.id) && !farBelowLastAnswer(u, last, h.score));
  if (own) return { kind: 'faq_entry', id: own.entry.id };
  // The same answer again only when the message changes a detail of it ("et si ça faisait 4 semaines ?", "on est 300")
  // or asks about what it already says ("on l'a comment ?", "et les conditions ?"). A question with words of its own
  // that the last answer does not hold ("je dois contacter qui ?") is not answered by it: we say so, with the line.
  if (!addsDetailOf(input)) return nearOrNotCovered(input, last);
  // A condition changed in a sentence of its own ("si je pars, je perds mon CAP ?" after the overtime answer) is a new
  // question, not the last answer's condition: the same card again for it reads as a loop (review 5: one card two
  // or three times in a row). We say that answer does not cover it, with the line.
  if (last.kind === 'faq' && asksNewQuestion(input)) return nearOrNotCovered(input, last);
  // The new detail puts the person out of the last answer's case ("et mon père a 45 ans, il peut ?" after the minimum
  // age): the entry it links to written for their case, never the same card again.
  if (last.kind === 'faq') {
    const entry = input.faqEntry?.(last.id);
    if (entry && !fits(entry)) {
      const linked = (input.faqRelated?.(last.id) ?? []).map((id) => input.faqEntry?.(id)).find((e): e is FaqEntry => e !== undefined && fits(e));
      return linked ? { kind: 'faq_entry', id: linked.id } : { kind: 'say', key: 'not_covered' };
    }
  }
  return lastRoute(last);
}

/**
 * "il peut rester au CFA ?" right after the answer on staying at the CFA after a rupture: the last answer is the prior
 * of the reading. When the matcher reads it for the whole message and every word of the message's own is in it, it
 * answers again, whatever entry (or part of a linked entry) shares those words more: starting at the CFA without an
 * employer.
 */
function keepsLastAnswer(input: RoutingInput, last: LastAnswer): boolean {
  if (last.kind !== 'faq' || newWordsOf(input) !== 0) return false;
  const u = input.understanding;
  return ownWordStems(u.normalized).length >= KEPT_ANSWER_MIN_WORDS && u.faq.some((h) => h.entry.id === last.id && h.coverage >= 1);
}

/**
 * The matcher reads the message first as the last answer, and this score is far below it: an entry near the last answer
 * scored so does not replace it ("y a un préavis ?" after the steps to resign reads them first at 0.73, the entry on
 * leaving a CDI, which writes "préavis", at 0.50; it answers someone else's case: review 27, J8).
 */
function farBelowLastAnswer(u: Understanding, last: LastAnswer, score: number): boolean {
  const first = u.faq[0];
  return first !== undefined && first.entry.id === last.id && score < first.score * NEAR_BELOW_LAST_SHARE;
}

/** An entry next to the last FAQ answer that the message asks (routing/near-entry.ts), or the honest "not covered". */
function nearOrNotCovered(input: RoutingInput, last: LastAnswer): Route {
  const near = last.kind === 'faq' ? nearEntryAsked(input, last.id) : undefined;
  return near !== undefined ? { kind: 'faq_entry', id: near } : (clearReadingOfItsOwn(input, last) ?? { kind: 'say', key: 'not_covered' });
}

/**
 * Before saying the last answer does not cover a follow-up, the message is read as a question of its own, as on the
 * first turn of a conversation: "et si j'ai toujours pas d'employeur en septembre ?" after Parcoursup is the entry on
 * starting at the CFA without an employer. Only a clear reading counts (FAQ_ANSWER, isClear), never the last answer
 * again, and an entry only when it writes every word of the message that matters.
 */
function clearReadingOfItsOwn(input: RoutingInput, last: LastAnswer): Route | undefined {
  // "et comment je trouve celle de ma ville ?" after the Mission Locale: a pronoun stands for what the last answer named,
  // so the message is about it, whatever its other words read on their own (the search for an employer).
  if (input.understanding.cues.refersBack) return undefined;
  const readings = readingsOf(input.understanding, readingContextOf(input.data.profile));
  const lead = readings[0];
  if (!lead || lead.score < FAQ_ANSWER || !isClear(readings)) return undefined;
  if (lead.kind === 'topic') return last.kind === 'aid' && lead.topic === 'aids' ? undefined : { kind: 'topic', topic: lead.topic };
  if (lead.id === last.id || lead.id === input.data.lastFaq) return undefined;
  return (input.faqUncovered?.(lead.id, false) ?? []).length === 0 ? { kind: 'faq_entry', id: lead.id } : undefined;
}


/** Words that only ask for a kind of value ("combien de temps", "quel âge", "depuis quand"), not what it is of. */
const VALUE_QUESTION_WORDS: ReadonlySet<string> = new Set(ownWordStems('combien temps tps quel quelle age ages depuis quand partir date delai delais duree longtemps jusqu'));
/** At most this many words of a value question that the last answer does not hold ("s'arrête" in "ça s'arrête à quel âge"). */
const VALUE_NEW_WORDS_MAX = 1;

/**
 * A follow-up asking a kind of value (a delay, an age, a date: answer-words.ts) that the last answer gives, whose other
 * words are that answer's but one at most: that answer again, led by the sentence giving the value (faq-answer.ts).
 * "combien de temps dure la période d'essai ?" after the rupture brings two words of its own: a question of its own.
 */
function valueAskedOfLastAnswer(input: RoutingInput, last: LastAnswer): Route | undefined {
  const u = input.understanding;
  const stems = input.lastAnswerStems;
  if (!stems) return undefined;
  const asked = valuesAsked(u.normalized).filter((k) => stems.has(k));
  if (asked.length === 0) return undefined;
  const own = ownWordStems(u.normalized).filter((w) => !VALUE_QUESTION_WORDS.has(w));
  if (own.filter((w) => !stems.has(w) && !ASPECT_WORDS.has(w)).length > VALUE_NEW_WORDS_MAX) return undefined;
  // "combien de temps dure un contrat d'apprentissage ?" after the steps to hire: the entry the message reads clearly
  // holds more of its words than the last answer; that entry's delay is the one asked.
  const readings = readingsOf(u, readingContextOf(input.data.profile));
  const lead = readings[0];
  if (lead?.kind === 'faq' && lead.id !== last.id && lead.score >= FAQ_ANSWER && isClear(readings)) {
    const leadStems = input.faqStems?.(lead.id);
    if (leadStems && own.filter((w) => leadStems.has(w)).length > own.filter((w) => stems.has(w)).length) return undefined;
  }
  return last.kind === 'faq' ? { kind: 'faq_entry', id: last.id, focus: [...asked, ...own] } : lastRoute(last);
}

/** At most this many words of its own in "et en boulangerie ?", "et pour la pâtisserie alors ?". */
const TRADE_WORD_FOLLOW_UP_MAX_WORDS = 2;

/**
 * A short follow-up ("et en boulangerie ?", "pareil pour la coiffure ?") whose only own words name a trade or its
 * workplace, and every one of them is written in the last answer: it asks that answer's case for that trade.
 */
function tradeWordOfLastAnswer(input: RoutingInput): boolean {
  const { understanding: u, lastAnswerStems: stems } = input;
  if (u.trade === undefined || stems === undefined || u.commune || u.outside) return false;
  if (!u.cues.followUp && !SAME_FOR.test(u.normalized)) return false;
  const own = ownWordStems(u.normalized);
  return own.length > 0 && own.length <= TRADE_WORD_FOLLOW_UP_MAX_WORDS && own.every((w) => stems.has(w));
}

/** A follow-up that asks the same again: "et pour…", "même pour…", "pareil en…". */
const SAME_FOR = /^(?:et|mais|meme|pareil|et meme)\b/;
/** The words around a diploma named in such a follow-up ("et après un", "même pour une", "pareil en"). */
const AROUND_A_DIPLOMA = new Set('et mais meme pareil pour en avec apres un une le la l les mon ma son sa d de du des'.split(' '));
/** A diploma's name is at most this many words once the words around it are left out ("bac pro", "licence pro"). */
const DIPLOMA_NAME_MAX_WORDS = 3;

/** "et pour un master ?", "même pour un bts ?", "et après un bac pro ?": a follow-up naming only a kind of diploma. */
function sameQuestionForDiploma(u: Understanding): boolean {
  // "et après un bac pro ?" names the diploma as one held; "et pour un master ?" as one prepared.
  if ((u.facts.diplomaType ?? u.facts.diplomaHeldType) === undefined || u.trade !== undefined || u.commune || u.outside || u.departement) return false;
  if (!SAME_FOR.test(u.normalized)) return false;
  const rest = u.normalized.split(' ').filter((w) => w.length > 0 && !AROUND_A_DIPLOMA.has(w));
  return rest.length <= DIPLOMA_NAME_MAX_WORDS;
}

/**
 * An entry next to the last FAQ answer that the message asks ("et après un bac pro ?" after what comes after a CAP:
 * what comes after a bac pro), written for the same people as the last answer; or the last answer again.
 */
function nearOrLast(input: RoutingInput, last: LastAnswer): Route {
  const near = nearEntryAsked(input, last.id);
  const audience = input.faqEntry?.(last.id)?.audience;
  const nearAudience = near !== undefined ? input.faqEntry?.(near)?.audience : undefined;
  const sameReaders = audience === undefined || nearAudience === undefined || nearAudience.some((a) => audience.includes(a));
  return near !== undefined && sameReaders ? { kind: 'faq_entry', id: near } : lastRoute(last);
}

/** The follow-up has enough words of its own that the last answer does not hold to be a new question. */
function asksNewQuestion(input: RoutingInput): boolean {
  return newWordsOf(input) >= (ASKING_WORD.test(input.understanding.normalized) ? NEW_QUESTION_WORDS_ASKED : NEW_QUESTION_WORDS);
}

/** "je n'ai pas de RQTH", "je suis pas reconnu handicapé", "on a pas encore d'employeur", "sans diplôme": what is denied. */
const DENIED = /\b(?:ai|as|a|avons|avez|ont|suis|es|est|sommes|etes|sont) (?:pas|plus|jamais|toujours pas|pas encore)(?: (?:de|d|la|le|les|un|une|encore|reconnu|reconnue|en situation de))* (\w+)|\bsans (?:(?:de|d|la|le|les|un|une) )?(\w+)/g;

/** The message says the person lacks something the last answer is about (a word of its, or an RQTH it speaks of). */
function deniesWhatTheAnswerIsAbout(input: RoutingInput): boolean {
  const stems = input.lastAnswerStems;
  if (!stems) return false;
  if (input.understanding.facts.disability === false && (stems.has(stem('rqth')) || stems.has(stem('handicap')))) return true;
  for (const m of input.understanding.normalized.matchAll(DENIED)) {
    const word = m[1] ?? m[2] ?? '';
    if (ownWordStems(word).some((w) => stems.has(w))) return true;
  }
  return false;
}

/** How many of the message's own words (stems) the last answer does not hold (none when that answer is unknown). */
function newWordsOf(input: RoutingInput): number {
  const stems = input.lastAnswerStems;
  if (!stems) return 0;
  return ownWordStems(input.understanding.normalized).filter((w) => !stems.has(w) && !ASPECT_WORDS.has(w)).length;
}

function asksAboutTheAid(u: Understanding, aidId: string): boolean {
  if ((u.trade && u.trade.score >= EXACT_TRADE) || u.commune || u.outside || (u.aid && u.aid.id !== aidId) || statesDetail(u)) return false;
  // "il aura 16 ans, combien je dois le payer ?": the apprentice's pay, not the aid's amount ("c'est combien par mois ?"
  // and "c'était combien pour un apprenti de 17 ans ?" stay the aid's).
  if (payOfItsOwn(u)) return false;
  return u.cues.asksAmount || u.cues.asksHowToClaim;
}

/** A FAQ entry the message reaches that is about that aid (it proposes the aid): the steps to claim it, in detail. */
function stepsOfAid(input: RoutingInput, aidId: string): Route | undefined {
  const hit = input.understanding.faq.find((h) => h.entry.see_aids.includes(aidId) && h.coverage >= OWN_WORDS);
  return hit ? { kind: 'faq_entry', id: hit.entry.id } : undefined;
}

const lastRoute = (last: LastAnswer): Route => (last.kind === 'faq' ? { kind: 'faq_entry', id: last.id } : { kind: 'aid', id: last.id });


/**
 * The entry holds at least half of the message's own words ("qui devons-nous contacter ?" shares only "devons" with
 * "devons-nous reverser l'aide ?", a way of asking, not what is asked).
 */
function holdsOwnWords(input: RoutingInput, id: string): boolean {
  const stems = input.faqStems?.(id);
  if (!stems) return true;
  const own = ownWordStems(input.understanding.normalized);
  return own.length === 0 || own.filter((w) => stems.has(w)).length >= own.length * OWN_WORDS;
}

/** Words that ask about an aspect of the answer itself (its conditions, its amount), whatever the answer. */
const ASPECT_WORDS: ReadonlySet<string> = new Set(
  // "combien de jours avant ?", "quel délai ?": when, in the answer's own steps.
  ['condition', 'conditions', 'montant', 'detail', 'details', 'exemple', 'explique', 'expliquer', 'avant', 'apres', 'delai', 'delais'].map(stem),
);

/** A detail the answer depends on: the person's age, the company's size, the contract, a date, an amount… */
function statesDetail(u: Understanding): boolean {
  const f = u.facts;
  // "si l'apprenti part" names apprenticeship, what every answer here is about: only another contract is a detail.
  const otherContract = f.contractType !== undefined && f.contractType !== 'apprentissage' ? f.contractType : undefined;
  const values = [f.age, f.contractYear, otherContract, f.diplomaType, f.levelHeld, f.companySize, f.disability, f.employerSector, f.amountEuros, f.contractConcluded, f.otherDate, f.status];
  return values.some((v) => v !== undefined) || f.correction === true;
}

/** The message changes a condition of the last answer, or every word of its own is already in that answer. */
function addsDetailOf(input: RoutingInput): boolean {
  const u = input.understanding;
  if (u.cues.hypothetical || statesDetail(u)) return true;
  const stems = input.lastAnswerStems;
  // "et au-delà de 8h ?" after the minors' hours: the hour it asks about is in that answer, the rest is how it asks.
  if (stems && mentionsNumbersOf(u.normalized, stems)) return true;
  return newWordsOf(input) === 0;
}
