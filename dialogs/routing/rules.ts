import { aidConcerns, aidStatus } from '../../src/rules/aids.js';
import type { Interruption, Topic } from '../../src/knowledge/schema/vocabulary.js';
import type { Understanding } from '../../src/nlu/understanding.js';
import { carryOver } from './carry-over.js';
import { routeOfChoice } from './choice.js';
import { faqAnswersInsteadOf, faqIsSure } from './faq-confidence.js';
import { aidIntentNear, aidMentionsAmount, aidWordTiesWithPay, CARRY_OVER, hasFacts, nothingToSearch, TOPIC_OF_INTENT } from './facts.js';
import type { Route, RouteRule, RoutingInput } from './route.js';
import {
  CLEAR_TRADE,
  DEFINITION_MAX_WORDS,
  EXACT_TRADE,
  FAQ_COURSE_COVERAGE,
  FAQ_INTENT_SURE,
  FAQ_LAST_RESORT_COVERAGE,
  FIND_EMPLOYER_SURE,
  SECOND_INTENT,
  SURE,
} from './thresholds.js';

const topic = (t: Topic): Route => ({ kind: 'topic', topic: t });
const to = (t: Topic) => (): Route => topic(t);

const INTERRUPTIONS: ReadonlySet<string> = new Set(['help', 'restart', 'human', 'callback', 'erase']);
const SMALL_TALK: ReadonlySet<string> = new Set(['greeting', 'thanks', 'goodbye', 'bot_identity', 'insult', 'out_of_scope', 'affirm', 'deny']);
/** Small talk that gives way when the message also names a trade or a place. */
const CONTENT_SENSITIVE: ReadonlySet<string> = new Set(['greeting', 'affirm', 'deny', 'thanks', 'goodbye']);
/** The FAQ entry that explains each kind of diploma. */
const DIPLOMA_KIND_ENTRY = { 'titre-pro': 'diplome-titre-pro', bp: 'diplome-bp', bts: 'diplome-bts', cap: 'diplome-cap' } as const;

const isIntent = (u: Understanding, ...intents: string[]): boolean => intents.includes(u.intent);
const amountOf = (input: RoutingInput): number | undefined => input.understanding.facts.amountEuros;

/**
 * Small talk stands alone when it is sure and the message names nothing else: "bonjour, je veux être boulanger"
 * and "plombier stp" are about the trade ("bonjour, je suis conseillère Mission Locale" names the speaker's own
 * job, not a trade to learn); "c'est où près de Lisieux ?" is not "t'es une vraie personne ou un robot ?".
 */
function isSmallTalk(u: Understanding): boolean {
  if (!SMALL_TALK.has(u.intent) || u.confidence < SURE) return false;
  const speaksOfOwnJob = u.facts.persona === 'conseiller' || u.facts.persona === 'employeur';
  const namesSomething = (u.trade !== undefined && !speaksOfOwnJob) || u.commune !== undefined;
  if (CONTENT_SENSITIVE.has(u.intent) && namesSomething) return false;
  return !(u.intent === 'bot_identity' && u.commune !== undefined);
}

/** An amount we cannot tie to any current aid for this person is never confirmed. */
function unknownAmount(input: RoutingInput): boolean {
  const u = input.understanding;
  const amount = amountOf(input);
  if (amount === undefined || !(isIntent(u, 'aids', 'employer_aids') || u.cues.moneyClaim)) return false;
  const persona = input.data.profile.persona ?? (u.intent === 'employer_aids' ? 'employeur' : 'jeune');
  return !input.aids.some((aid) => aidStatus(aid, input.today) === 'current' && aidConcerns(aid, persona) && aidMentionsAmount(aid, amount));
}

/** "ça veut dire quoi BTS ?", "un BP c'est quoi ?": the FAQ entry that explains that one kind of diploma. */
function diplomaExplained(input: RoutingInput): string | undefined {
  const u = input.understanding;
  if (u.trade || u.commune || u.outside || !u.cues.definition || u.words > DEFINITION_MAX_WORDS) return undefined;
  // "quelle différence entre un CAP et un BP ?" names two kinds: the FAQ search handles it.
  if (u.cues.diplomaKinds.length !== 1) return undefined;
  const id = DIPLOMA_KIND_ENTRY[u.cues.diplomaKinds[0]!];
  return input.hasFaqEntry(id) ? id : undefined;
}

const clearTrade = (u: Understanding): boolean => u.trade !== undefined && u.trade.score >= CLEAR_TRADE;

/**
 * The routing table, in order: the first rule whose `when` holds decides. A quick reply picked, the kind of text,
 * interruptions, an aid named or claimed, carry-over from the last answer, small talk, the topic intents, then what
 * the message names (FAQ, trade, place), and the fallback (never a dead end).
 */
export const ROUTE_RULES: readonly RouteRule[] = [
  { name: 'quick-reply', when: (i) => i.chosen !== undefined && routeOfChoice(i.chosen, i) !== undefined, route: (i) => routeOfChoice(i.chosen!, i)! },
  { name: 'not-text', when: (i) => i.understanding.kind !== 'text', route: () => ({ kind: 'fallback' }) },
  {
    name: 'interruption',
    when: ({ understanding: u }) => INTERRUPTIONS.has(u.intent) && u.confidence >= SURE,
    route: ({ understanding: u }) => ({ kind: 'interruption', interruption: u.intent as Interruption }),
  },
  // An aid named: its detail, unless the message says something the aid cannot be.
  {
    name: 'named-aid-other-amount',
    when: (i) => i.understanding.aid !== undefined && amountOf(i) !== undefined && !aidMentionsAmount(i.understanding.aid, amountOf(i)!),
    route: (i) => ({ kind: 'unknown_aid_claim', amount: amountOf(i)! }),
  },
  {
    // "j'embauche en contrat de professionnalisation…, y a une aide ?" named an apprenticeship aid by its words.
    name: 'named-aid-other-contract',
    when: ({ understanding: u }) => {
      const types = u.aid?.conditions.contract_types;
      return types !== undefined && u.facts.contractType !== undefined && !types.includes(u.facts.contractType);
    },
    route: to('aids'),
  },
  {
    // "quelle aide à l'embauche pour un contrat signé le 10 janvier ?": the rules of that date, whichever period.
    name: 'named-aid-dated',
    when: ({ understanding: u }) => u.aid?.conditions.contract_concluded !== undefined && (u.facts.contractConcluded !== undefined || u.facts.otherDate !== undefined),
    route: to('aids'),
  },
  { name: 'named-aid', when: (i) => i.understanding.aid !== undefined, route: (i) => ({ kind: 'aid', id: i.understanding.aid!.id }) },
  { name: 'unknown-money-claim', when: unknownAmount, route: (i) => ({ kind: 'unknown_aid_claim', amount: amountOf(i)! }) },
  {
    // "contrat signé le 20/01/2026, 300 salariés, on a droit à quoi ?": the aids of that date.
    name: 'dated-contract-aids',
    when: ({ understanding: u }) => u.facts.contractConcluded !== undefined && (u.cues.aidWord || aidIntentNear(u) || u.facts.companySize !== undefined),
    route: to('aids'),
  },
  { name: 'carry-over', when: (i) => carryOver(i) !== undefined, route: (i) => topic(carryOver(i)!) },
  {
    name: 'yes-no-with-detail',
    when: ({ understanding: u, data }) => isSmallTalk(u) && isIntent(u, 'affirm', 'deny') && data.lastTopic !== undefined && hasFacts(u),
    route: (i) => topic(i.data.lastTopic!),
  },
  { name: 'small-talk', when: (i) => isSmallTalk(i.understanding), route: (i) => ({ kind: 'say', key: i.understanding.intent }) },
  // "le salaire d'un apprenti est-il imposable ?": the topic word is there, but the FAQ answers the very question.
  { name: 'faq-instead-of-topic', when: (i) => faqAnswersInsteadOf(i.understanding), route: to('faq') },
  {
    // "g envie de taffer dans le bâtiment": a wish to work in a field is the guided orientation; only an exact trade
    // name ("travailler dans la plomberie") keeps it a trade question.
    name: 'work-wish',
    when: ({ understanding: u }) => u.facts.interests.length > 0 && !(u.trade && u.trade.score >= EXACT_TRADE) && !u.commune && u.cues.workWish,
    route: to('orientation'),
  },
  { name: 'diploma-explained', when: (i) => diplomaExplained(i) !== undefined, route: (i) => ({ kind: 'faq_entry', id: diplomaExplained(i)! }) },
  ...intentRules(),
  ...whatItNamesRules(),
  { name: 'fallback', when: () => true, route: () => ({ kind: 'fallback' }) },
];

/** The topic intents, each with the readings that correct it. */
function intentRules(): RouteRule[] {
  return [
    {
      // "quelle aide je touche ?" leans to pay but asks about aids; an employer who "touche" something receives an aid.
      name: 'pay-word-aid-question',
      when: ({ understanding: u, data }) => u.intent === 'salary' && (aidWordTiesWithPay(u) || (data.profile.persona === 'employeur' && u.cues.receives)),
      route: to('aids'),
    },
    { name: 'intent-salary', when: (i) => i.understanding.intent === 'salary', route: to('salary') },
    { name: 'intent-aids', when: (i) => isIntent(i.understanding, 'aids', 'employer_aids'), route: to('aids') },
    {
      name: 'trade-with-place',
      when: ({ understanding: u }) => u.intent === 'trade' && u.commune !== undefined && (u.trade !== undefined || u.facts.diplomaType !== undefined),
      route: to('training'),
    },
    { name: 'trade-word-faq', when: ({ understanding: u }) => u.intent === 'trade' && !u.trade && faqIsSure(u.faq), route: to('faq') },
    { name: 'intent-trade', when: (i) => i.understanding.intent === 'trade', route: to('trade') },
    {
      // "opticienne c quel bac pro ?": which diplomas lead to the trade, not yet where (the trade answer lists them).
      name: 'which-diploma',
      when: ({ understanding: u }) => u.intent === 'training' && u.cues.whichDiploma && clearTrade(u) && !u.commune && !u.outside,
      route: to('trade'),
    },
    {
      // "le CFA me rembourse les repas ?": the word CFA, nothing to look a course up by; an aid question.
      name: 'course-word-aid',
      when: ({ understanding: u }) => u.intent === 'training' && nothingToSearch(u) && u.cues.aidWord,
      route: to('aids'),
    },
    {
      name: 'course-word-faq',
      when: ({ understanding: u }) => u.intent === 'training' && nothingToSearch(u) && (u.faq[0]?.coverage ?? 0) >= FAQ_COURSE_COVERAGE,
      route: to('faq'),
    },
    { name: 'intent-training', when: (i) => i.understanding.intent === 'training', route: to('training') },
    { name: 'intent-orientation', when: (i) => i.understanding.intent === 'orientation', route: to('orientation') },
    {
      name: 'find-employer-faq',
      when: ({ understanding: u }) => u.intent === 'find_employer' && faqIsSure(u.faq) && u.confidence < FIND_EMPLOYER_SURE,
      route: to('faq'),
    },
    { name: 'intent-find-employer', when: (i) => i.understanding.intent === 'find_employer', route: to('find_employer') },
    { name: 'intent-faq-sure', when: ({ understanding: u }) => u.intent === 'faq' && faqIsSure(u.faq), route: to('faq') },
    {
      // Not a question the FAQ knows well: a close second intent ("c'est quoi la paye…" → salary) is the better reading.
      name: 'faq-second-intent',
      when: ({ understanding: u }) => u.intent === 'faq' && TOPIC_OF_INTENT.has(u.ranking[1]?.intent ?? '') && (u.ranking[1]?.score ?? 0) >= SECOND_INTENT,
      route: ({ understanding: u }) => topic(TOPIC_OF_INTENT.get(u.ranking[1]!.intent)!),
    },
  ];
}

/** No confident intent: what does the message name? */
function whatItNamesRules(): RouteRule[] {
  return [
    { name: 'faq-sure', when: (i) => faqIsSure(i.understanding.faq), route: to('faq') },
    {
      // "faut passer une visite médicale ?": the classifier is sure it is the FAQ's, even with a word like an interest.
      name: 'faq-intent-sure',
      when: ({ understanding: u }) => u.intent === 'faq' && u.confidence >= FAQ_INTENT_SURE && u.faq.length > 0 && !u.trade && !u.commune,
      route: to('faq'),
    },
    {
      // Only a clear job title makes it a trade question ("tickets restaurant" is not "directeur de restaurant").
      name: 'clear-trade',
      when: ({ understanding: u }) => clearTrade(u),
      route: ({ understanding: u }) => topic(u.commune || u.facts.diplomaType ? 'training' : 'trade'),
    },
    { name: 'diploma-and-town', when: ({ understanding: u }) => u.facts.diplomaType !== undefined && u.commune !== undefined, route: to('training') },
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
        data.lastTopic !== undefined && CARRY_OVER.has(data.lastTopic) && (u.cues.followUp || u.facts.correction === true || hasFacts(u)),
      // "c'est où près de Lisieux ?" after a trade: where it is taught near there.
      route: ({ understanding: u, data }) => topic(data.lastTopic === 'trade' && u.commune ? 'training' : data.lastTopic!),
    },
    { name: 'faq-last-resort', when: ({ understanding: u }) => (u.faq[0]?.coverage ?? 0) >= FAQ_LAST_RESORT_COVERAGE, route: to('faq') },
  ];
}
