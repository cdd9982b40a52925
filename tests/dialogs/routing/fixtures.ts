import type { RoutingInput } from '../../../dialogs/routing/route.js';
import { ownWordStems } from '../../../dialogs/support/answer-words.js';
import { sentenceKeys } from '../../../dialogs/support/answer-parts.js';
import type { Action } from '../../../dialogs/support/actions.js';
import type { ConversationData, DiplomaShown, Profile, SubjectInView } from '../../../dialogs/support/state.js';
import type { Aid } from '../../../src/knowledge/schema/aid.js';
import type { Commune } from '../../../src/knowledge/schema/commune.js';
import type { FaqEntry } from '../../../src/knowledge/schema/faq.js';
import type { MinorWorkLimits } from '../../../src/knowledge/schema/parameters.js';
import type { Trade } from '../../../src/knowledge/schema/trade.js';
import type { PersonCondition, Topic } from '../../../src/knowledge/schema/vocabulary.js';
import type { TradeHit } from '../../../src/knowledge/search.js';
import { readCues } from '../../../src/nlu/cues.js';
import { ownPayTold } from '../../../src/nlu/own-pay.js';
import type { IntentId } from '../../../src/nlu/intents.js';
import type { CommuneHit } from '../../../src/nlu/places.js';
import type { FaqHit, MessageFacts, Understanding } from '../../../src/nlu/understanding.js';
import { normalize, tokenize } from '../../../src/text/normalize.js';

/**
 * Fixture understandings for routing tables: the utterance is real (its cues and length are read from it), the
 * rest (intent, trade, town, FAQ hits) is stated by hand, so a rule is tested without loading the knowledge base.
 */
export interface Fixture {
  intent?: IntentId | 'none';
  confidence?: number;
  /** Further intents after the first, with their scores. */
  then?: Array<[IntentId, number]>;
  facts?: Partial<MessageFacts>;
  /** `whole`: every word of the phrase typed (default: a score of 1 or more). */
  trade?: { code: string; score: number; phrase?: string; whole?: boolean };
  town?: string;
  outside?: string;
  /** A country other than France, lived in or gone to (src/nlu/countries.ts). */
  abroad?: { span: string; livesThere: boolean };
  /** A département of Normandy named as the place ("dans l'Eure"). */
  departement?: { code: string; name: string };
  /** FAQ entries with their probability on the intents' scale. */
  faq?: Array<[id: string, probability: number, coverage?: number, evidence?: number, seeAids?: string[], category?: string]>;
  aid?: Aid;
  /** The name of an aid the message gives that no aid of the knowledge has. */
  unknownAidName?: string;
  /** The FAQ entry defining the term the message asks the meaning of (src/nlu/defined-term.ts). */
  defines?: string;
  /** A distinctive term the message names (its entry's id), whatever it asks about it. */
  names?: string;
  /** The terms some FAQ candidates define (their `defines`), by entry id. */
  faqDefines?: Readonly<Record<string, readonly string[]>>;
  kind?: Understanding['kind'];
  /** P(a FAQ question): the topics' readings share the rest. */
  faqness?: number;
}

export interface Context {
  lastTopic?: Topic;
  profile?: Profile;
  chosen?: Action;
  detailGiven?: boolean;
  aids?: readonly Aid[];
  faqEntries?: readonly string[];
  /** FAQ entries written for a topic, and the entries they point to (faqEntries() of the input). */
  faqTopics?: Readonly<Record<string, { topic: string; related: readonly string[] }>>;
  lastFaq?: string;
  lastAid?: string;
  /** The aids of the list shown last (more than one). */
  lastAidList?: string[];
  /** The FAQ entry whose advice follows the last answer when that answer was not the entry itself. */
  adviceFaq?: string;
  /** The FAQ entries nearest to the last answer. */
  inContext?: readonly string[];
  /** The words of the last answer (its question and answer), for a follow-up read against it. */
  lastAnswer?: string;
  /** The last message answered. */
  lastQuestion?: string;
  /** FAQ entries' links (`related`) and the cases they are written for (`applies_when`). */
  related?: Readonly<Record<string, readonly string[]>>;
  appliesWhen?: Readonly<Record<string, readonly PersonCondition[]>>;
  /** FAQ entries' `after`: what comes once their subject is over. */
  after?: Readonly<Record<string, readonly string[]>>;
  /** The FAQ entry defining the first organisation the last answer named. */
  lastAnswerOrganisation?: string;
  /** The message's words no FAQ entry writes nor comes a typo near (support/faq-coverage-of.ts). */
  foreign?: readonly string[];
  /** The diploma the last trade card or places led with (round 28, diploma-in-view.ts). */
  diplomaShown?: DiplomaShown;
  /** The trades the bot listed last (the guided quiz's), in their order. */
  listedTrades?: string[];
  /** Round 29: the trade or diploma in view, the messages sent so far, the places of the last list (their UAI). */
  subjectInView?: SubjectInView;
  messageCount?: number;
  placesShown?: string[];
  /** Round 31: the aid the bot said is not in its sources, and the message count it was said at (doubt-on-unknown-aid.ts). */
  unknownAidSaid?: { name?: string; at: number };
  /** FAQ entries' categories, for the rules that read an entry's subject (a rule's term, not a place to find). */
  faqCategories?: Readonly<Record<string, string>>;
  /** FAQ entries' subjects and sides (`category`, `audience`), for the rules that look for another side's entry. */
  faqSides?: Readonly<Record<string, { category: string; audience?: readonly string[] }>>;
  /** FAQ entries' first question and answer, for the rules that read an entry's text (its steps, the bound it sets). */
  faqTexts?: Readonly<Record<string, { question: string; answer: string; category?: string }>>;
  /** FAQ entries' answers as sentences (the first is the lead), for the rules that read a part of the last answer. */
  faqSentences?: Readonly<Record<string, readonly string[]>>;
  /** FAQ entries with the aids they propose (`see_aids`), for the rules that read the aids of the entry in view. */
  faqSeeAids?: Readonly<Record<string, readonly string[]>>;
}

export function understood(text: string, f: Fixture = {}): Understanding {
  const normalized = normalize(text);
  const intent = f.intent ?? 'none';
  const confidence = f.confidence ?? (intent === 'none' ? 0 : 0.9);
  const u: Understanding = {
    text,
    normalized,
    kind: f.kind ?? 'text',
    intent,
    confidence,
    ranking: intent === 'none' ? [] : [{ intent, score: confidence }, ...(f.then ?? []).map(([i, score]) => ({ intent: i, score }))],
    facts: { interests: [], ...f.facts },
    faqness: f.faqness ?? 0,
    faq: (f.faq ?? []).map(([id, probability, coverage = 0.5, evidence = coverage, seeAids = [], category]): FaqHit => ({ entry: { id, questions: [id], answer: { tu: id, vous: id }, see_aids: seeAids, ...(category !== undefined ? { category } : {}) } as unknown as FaqEntry, probability, score: 1, similarity: 0.5, coverage, evidence })),
    cues: readCues(normalized),
    words: tokenize(normalized).length,
  };
  // The pay told, like the cues, is read from the real utterance (src/nlu/own-pay.ts).
  const payTold = ownPayTold(normalized, u.cues);
  if (payTold) u.payTold = payTold;
  if (f.trade) u.trade = { trade: { code: f.trade.code, label: f.trade.code } as Trade, score: f.trade.score, phrase: f.trade.phrase ?? f.trade.code, whole: f.trade.whole ?? f.trade.score >= 1 } satisfies TradeHit;
  if (f.town) u.commune = { commune: { insee: '14118', name: f.town } as Commune, via: 'name', span: normalize(f.town) } satisfies CommuneHit;
  if (f.outside) u.outside = { town: f.outside };
  if (f.abroad) u.abroad = f.abroad;
  if (f.departement) u.departement = f.departement;
  if (f.aid) u.aid = f.aid;
  if (f.unknownAidName) u.unknownAidName = f.unknownAidName;
  if (f.defines) u.definedTerm = { term: f.defines, entryId: f.defines };
  if (f.names) u.namedTerm = { term: f.names, entryId: f.names };
  for (const hit of u.faq) if (f.faqDefines?.[hit.entry.id]) (hit.entry as { defines?: readonly string[] }).defines = f.faqDefines[hit.entry.id];
  return u;
}

export function input(text: string, f: Fixture = {}, c: Context = {}): RoutingInput {
  const data: Pick<ConversationData, 'lastTopic' | 'profile' | 'lastFaq' | 'lastAid' | 'lastAidList' | 'lastQuestion' | 'adviceFaq' | 'listedTrades' | 'diplomaShown' | 'subjectInView' | 'messageCount' | 'placesShown' | 'unknownAidSaid'> = { profile: c.profile ?? {} };
  if (c.unknownAidSaid) data.unknownAidSaid = c.unknownAidSaid;
  if (c.subjectInView) data.subjectInView = c.subjectInView;
  if (c.messageCount !== undefined) data.messageCount = c.messageCount;
  if (c.placesShown) data.placesShown = c.placesShown;
  if (c.listedTrades) data.listedTrades = c.listedTrades;
  if (c.diplomaShown) data.diplomaShown = c.diplomaShown;
  if (c.lastQuestion) data.lastQuestion = c.lastQuestion;
  if (c.lastTopic) data.lastTopic = c.lastTopic;
  if (c.lastFaq) data.lastFaq = c.lastFaq;
  if (c.lastAid) data.lastAid = c.lastAid;
  if (c.lastAidList) data.lastAidList = c.lastAidList;
  if (c.adviceFaq) data.adviceFaq = c.adviceFaq;
  const known = new Set(c.faqEntries ?? []);
  return {
    understanding: understood(text, f),
    data,
    chosen: c.chosen,
    detailGiven: c.detailGiven,
    inContext: c.inContext,
    lastAnswerStems: c.lastAnswer === undefined ? undefined : new Set(ownWordStems(normalize(c.lastAnswer))),
    today: '2026-11-27',
    aids: c.aids ?? [],
    minorWorkLimits: MINOR_WORK_LIMITS,
    hasFaqEntry: (id) => known.has(id),
    faqRelated: (id) => c.related?.[id] ?? [],
    faqAppliesWhen: (id) => c.appliesWhen?.[id] ?? [],
    faqAfter: (id) => c.after?.[id] ?? [],
    lastAnswerOrganisation: () => c.lastAnswerOrganisation,
    faqForeign: () => c.foreign ?? [],
    ...(c.faqCategories ? { faqEntry: (id: string) => (c.faqCategories?.[id] ? ({ id, category: c.faqCategories[id], see_aids: [] } as unknown as FaqEntry) : undefined) } : {}),
    ...(c.faqSeeAids ? { faqEntry: (id: string) => (c.faqSeeAids?.[id] ? ({ id, questions: [id], answer: { tu: id, vous: id }, see_aids: c.faqSeeAids[id] } as unknown as FaqEntry) : undefined) } : {}),
    ...(c.faqSides ? { faqEntry: (id: string) => faqEntryOfSide(id, c.faqSides?.[id]), faqEntries: () => Object.keys(c.faqSides ?? {}).map((id) => faqEntryOfSide(id, c.faqSides?.[id])!) } : {}),
    ...(c.faqTexts ? { faqEntry: (id: string) => faqEntryOfText(id, c.faqTexts?.[id]) } : {}),
    ...(c.faqTopics ? { faqEntries: () => Object.entries(c.faqTopics ?? {}).map(([id, t]) => ({ id, topic: t.topic, related: t.related, questions: [id], answer: { tu: id, vous: id }, see_aids: [] }) as unknown as FaqEntry) } : {}),
    ...(c.faqSentences ? { faqParts: (id: string) => (c.faqSentences?.[id] ?? []).map((sentence, i) => ({ keys: sentenceKeys(normalize(sentence)), lead: i === 0 })) } : {}),
  };
}

/** A FAQ entry with only its subject and its sides, for `faqSides`. */
function faqEntryOfSide(id: string, side: { category: string; audience?: readonly string[] } | undefined): FaqEntry | undefined {
  if (side === undefined) return undefined;
  return { id, category: side.category, ...(side.audience ? { audience: side.audience } : {}), questions: [id], answer: { tu: id, vous: id }, see_aids: [], related: [] } as unknown as FaqEntry;
}

/** A FAQ entry with only its first question and its answer (the same in both registers), for `faqTexts`. */
function faqEntryOfText(id: string, text: { question: string; answer: string; category?: string } | undefined): FaqEntry | undefined {
  if (text === undefined) return undefined;
  return { id, ...(text.category !== undefined ? { category: text.category } : {}), questions: [text.question], answer: { tu: text.answer, vous: text.answer }, see_aids: [] } as unknown as FaqEntry;
}

/** The under-18s' limits as knowledge/parametres.yaml states them (the rules read them from the knowledge). */
export const MINOR_WORK_LIMITS: MinorWorkLimits = {
  week_max_hours: 35,
  day_max_hours: 8,
  site_week_max_hours: 40,
  site_day_max_hours: 10,
  break_after_hours: 4.5,
  break_minutes: 30,
  night_from: 22,
  night_from_younger: 20,
  night_to: 6,
  daily_rest_hours: 12,
  daily_rest_hours_younger: 14,
  stricter_below_age: 16,
  legal_basis: 'Code du travail, art. L3162-1, L3162-2, L3163-1, L3163-2, L3164-1',
  source: { producer: 'Ministère du Travail (travail-emploi.gouv.fr)', url: 'https://travail-emploi.gouv.fr/le-temps-de-travail-des-jeunes-de-moins-de-18-ans', data_date: '2026-11-27' },
  verified_on: '2026-11-27',
};

/** A minimal aid for the claim rules: current, for young people or employers, with fixed amounts. */
export function aidFixture(id: string, options: { amounts: number[]; who?: Aid['who']; contractTypes?: Aid['conditions']['contract_types']; dated?: boolean; age?: Aid['conditions']['age'] }): Aid {
  return {
    id,
    title: id,
    who: options.who ?? ['jeune'],
    valid_from: '2020-01-01',
    valid_to: null,
    amount: options.amounts.map((value) => ({ kind: 'fixed', value })),
    conditions: {
      ...(options.contractTypes ? { contract_types: options.contractTypes } : {}),
      ...(options.dated ? { contract_concluded: { from: '2026-03-08' } } : {}),
      ...(options.age ? { age: options.age } : {}),
    },
  } as unknown as Aid;
}
