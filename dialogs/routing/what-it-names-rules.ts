/**
 * The part of the routing table read when no intent is confident: what the message names (a trade, a diploma, a
 * town, an interest), a detail for the last topic, a weak lead, a FAQ entry as the last resort (rules.ts spreads it
 * in its place, just before the fallback). Order matters: the first rule whose `when` holds decides.
 */
import { lastResortEntry } from './side-choice.js';
import type { RouteRule } from './route.js';
import { clearTrade, otherTopicIsSure } from './trade-asked.js';
import { topic, to } from './route-to.js';
import { namesPlace, CARRY_OVER, hasFacts } from './facts.js';
import { fieldOnlyAsContext } from './field-in-question.js';
import { quizWouldTake } from './interest-told.js';
import { entryOfToldEvent } from './story-event.js';
import { weakTopicLead, faqAnswer } from './lead-reading.js';
import { FAQ_LAST_RESORT_COVERAGE, FAQ_LAST_RESORT_EVIDENCE, SHORT_QUESTION_MAX_WORDS } from './thresholds.js';
import { ownWordStems } from '../support/answer-words.js';
import { foreignSubjectAsked } from './foreign-subject.js';

/** No confident intent: what does the message name? */
export const WHAT_IT_NAMES_RULES: readonly RouteRule[] = [
  {
    // Only a clear job title makes it a trade question ("tickets restaurant" is not "directeur de restaurant").
    name: 'clear-trade',
    when: ({ understanding: u }) => clearTrade(u),
    route: ({ understanding: u }) => topic(namesPlace(u) || u.facts.diplomaType ? 'training' : 'trade'),
  },
  { name: 'diploma-and-town', when: ({ understanding: u }) => u.facts.diplomaType !== undefined && namesPlace(u), route: to('training') },
  {
    // "bts info en alternance ?", "un cap compta": a kind of diploma named, with a specialty we do not read as a trade,
    // and no FAQ entry that reads it: a course question (the search asks what it lacks), not "not understood".
    name: 'diploma-named',
    when: ({ understanding: u }) => u.facts.diplomaType !== undefined && !u.cues.definition && !otherTopicIsSure(u),
    route: to('training'),
  },
  // "je peux venir avec mon chien au CFA ?": a field named with no liking, in a question of something else that no
  // topic or entry above read: the field is the setting, so an honest "not in my sources", never the quiz.
  { name: 'field-only-context', when: (i) => fieldOnlyAsContext(i.understanding) && quizWouldTake(i), route: () => ({ kind: 'say', key: 'faq_not_covered' }) },
  { name: 'interests', when: ({ understanding: u }) => u.facts.interests.length > 0, route: to('orientation') },
  {
    // "on va signer le 10 janvier" from an employer: the hiring aid for that date.
    name: 'employer-signing-date',
    when: ({ understanding: u, data }) => u.facts.contractConcluded !== undefined && (data.profile.persona === 'employeur' || data.lastTopic === 'aids'),
    route: to('aids'),
  },
  {
    name: 'detail-for-last-topic',
    when: ({ understanding: u, data }) =>
      data.lastTopic !== undefined && CARRY_OVER.has(data.lastTopic) && (u.cues.followUp || u.facts.correction === true || hasFacts(u)) && entryOfToldEvent(u, data.profile) === undefined,
    // "c'est où près de Lisieux ?" after a trade: where it is taught near there. "et si ça se passe mal je peux le
    // virer ?" after the pay tells an event (a rupture): its entry, not the pay again.
    route: ({ understanding: u, data }) => topic(data.lastTopic === 'trade' && namesPlace(u) ? 'training' : data.lastTopic!),
  },
  {
    // A topic that clearly leads, though below TOPIC_MIN, is a better answer than a FAQ entry below the guess line
    // ("je suis conseillère, un jeune … demande quelles aides il peut avoir": the aids, not what a conseillère is).
    name: 'weak-topic-lead',
    // A weak lead does not answer a question whose subject no entry writes ("comment investir en bitcoin avec mon
    // salaire": the pay topic at 0.21, its subject bitcoin): foreign-subject below says honestly it is not covered.
    when: (i) => weakTopicLead(i) !== undefined && !foreignSubjectAsked(i),
    route: (i) => topic(weakTopicLead(i)!),
  },
  {
    // A FAQ entry below the guess line is still the best we have: answered with two other readings beside it.
    name: 'faq-last-resort',
    // It must still cover half the message's words: "qsdfghjkl 06 12…" shares a number with some entry, no more.
    when: ({ understanding: u }) => {
      const best = u.faq[0];
      if (!best || best.probability <= 0 || best.coverage < FAQ_LAST_RESORT_COVERAGE) return false;
      // "qui paye ?", "à quelle heure ?": a few words, all in some entry, none that says what about.
      return best.evidence >= FAQ_LAST_RESORT_EVIDENCE || ownWordStems(u.normalized).length > SHORT_QUESTION_MAX_WORDS;
    },
    // Round 32: the best hit written for the speaker's side (side-choice.ts).
    route: (i) => faqAnswer(i, lastResortEntry(i)),
  },
];
