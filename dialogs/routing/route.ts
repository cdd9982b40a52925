import type { ForeignOptions } from '../../src/nlu/faq-coverage.js';
import type { FaqEntry } from '../../src/knowledge/schema/faq.js';
import type { FaqMatch } from '../../src/nlu/faq-matcher.js';
import type { Aid } from '../../src/knowledge/schema/aid.js';
import type { MinorWorkLimits } from '../../src/knowledge/schema/parameters.js';
import type { Interruption, PersonCondition, Topic } from '../../src/knowledge/schema/vocabulary.js';
import type { Understanding } from '../../src/nlu/understanding.js';
import type { Action } from '../support/actions.js';
import type { AnswerPart } from '../support/answer-parts.js';
import type { ContactAspect, Office } from '../support/contact-questions.js';
import type { ConversationData, DiplomaShown } from '../support/state.js';
import type { DiplomaAspect } from './diploma-in-view.js';
import type { Reading } from './readings.js';

/** Where a message goes when no question is waiting for it. */
export type Route =
  /** `lead`: a message said before the topic's answer (round 29: what a fact the person added changes, aid-contract-asked.ts). */
  | { kind: 'topic'; topic: Topic; lead?: { key: string; values?: Readonly<Record<string, string | number>> } }
  | { kind: 'interruption'; interruption: Interruption }
  /** `focus`: the keys of the part a follow-up asked about (follow-up-in-entry.ts), that part first in the answer. */
  /**
   * `lead`: a message (knowledge/messages.fr.yaml) said before the answer ("Félicitations pour ton CAP !"); `next`:
   * FAQ entries offered as the answer's buttons, what the person will likely ask next; `offers`: common next steps
   * (message keys of support/actions.ts, "choice.orientation") put first among them: the answer first, then the quiz;
   * `leadTrade`: a trade's code, said with its first diploma before the answer (a condition asked with a trade).
   */
  | { kind: 'faq_entry'; id: string; alternatives?: readonly Reading[]; focus?: readonly string[]; lead?: { key: string; values?: Readonly<Record<string, string | number>> }; next?: readonly string[]; offers?: readonly string[]; leadTrade?: string; interestsAfter?: boolean }
  /** `focus`: the keys of a follow-up about the aid; its card opens with the sentence of the aid's text they meet. */
  /** `lead`: a message said before the card (round 29: what a new contract changes for the aid, aid-new-contract.ts). */
  | { kind: 'aid'; id: string; focus?: readonly string[]; wholeTable?: boolean; lead?: { key: string; values?: Readonly<Record<string, string | number>> } }
  /** `name`: the name the person gave an aid that no aid of the knowledge has. */
  | { kind: 'unknown_aid_claim'; amount?: number; name?: string }
  /** A doubt on the aid just said not to be in our sources: confirmed, with the free line (doubt-on-unknown-aid.ts). */
  | { kind: 'unknown_aid_doubt'; name?: string; asked?: boolean }
  | { kind: 'aid_pay'; id: string; amount: number; net: boolean }
  | { kind: 'aids_why_not' }
  /** What the FAQ answer `id` advises to do, asked right after it ("je fais quoi alors ?"). */
  | { kind: 'what_now'; id: string }
  /** `closest`: a FAQ entry near the question, that does not answer it, offered as a choice (never as the answer). */
  | { kind: 'say'; key: string; closest?: string }
  | { kind: 'contact_question'; aspect: ContactAspect }
  | { kind: 'office_near'; office: Office }
  /** A service named with a way to reach it (contacts.yaml): its card. */
  | { kind: 'contact_card'; id: string }
  /** "on s'adresse à qui ?" after an answer: the organisation that answer (or its record) names. */
  | { kind: 'who_handles' }
  /** "c'est sûr ces infos ?", "c'est à jour ?" after an answer: that answer's source and the day it was checked. */
  | { kind: 'answer_source' }
  | { kind: 'answer_link' }
  /** "et c'est où ?" right after the guided quiz's trades: the places of the one listed, or which of them first. */
  | { kind: 'listed_trades_where' }
  /** "ça dure combien de temps ?" after a trade: the length of its first diploma, from that kind's FAQ entry. */
  | { kind: 'course_length' }
  /** "c'est quel niveau ?" after a trade, its places or a kind's entry: the diploma in view (diploma-in-view.ts), led by its title and level, then its kind's entry led by the aspect's sentence. */
  | { kind: 'diploma_in_view'; aspect: DiplomaAspect; shown: DiplomaShown; entry?: string; focus?: readonly string[] }
  /** "avec quel diplôme ?" right after the guided quiz's trades: the card of the one listed, or which of them first. */
  | { kind: 'listed_trades_diplomas' }
  /** "cuisinier ou pâtissier, quel diplôme ?": the diplomas of each trade weighed (either-trades.ts), or the one found. */
  | { kind: 'either_trades_diplomas' }
  /** "et en bac+2 ?" after a trade: that trade's diplomas at that level (3 = CAP … 7 = bac+5), or the nearest ones. */
  | { kind: 'trade_diplomas_at_level'; level: number }
  /** "Tous les diplômes (N)" under a trade's card: every diploma of that trade. */
  | { kind: 'trade_diplomas_all'; code: string }
  /** "et pour avoir mon propre salon plus tard ?" after a trade's card: every diploma of it, led by a word on setting up. */
  | { kind: 'trade_own_business'; code: string }
  /**
   * A field liked and its training asked: the field's main trades with their diplomas (field-trades-answer.ts), with the
   * nearest place of each when the message names a town; `employer`: an apprenticeship sought, so the employer search too;
   * `lead`: a message said before (the age condition asked in the same story).
   */
  | { kind: 'field_trades'; employer?: boolean; lead?: { key: string }; nearKnownPlace?: boolean }
  /** An apprenticeship sought in a trade ("je cherche un apprentissage en cuisine"): where to find the employer said first, then the trade's card. */
  | { kind: 'trade_apprenticeship' }
  /** The pay at an age asked in English: the language note, then the pay topic. */
  | { kind: 'english_pay' }
  /** "et sans le bac ?" after an apprentice's pay: the diploma does not change it, said, then the same pay (pay-diploma-told.ts). */
  | { kind: 'pay_diploma_told' }
  /** "et à Rouen ?" after how to find an employer: the same services, which are not local, said for that town (town-after-answer.ts). */
  | { kind: 'find_employer_in_town' }
  /** "y a du boulot ?" after a trade's card: its diplomas' employment figures in Normandy (trade-jobs-asked.ts). */
  | { kind: 'trade_jobs'; code: string }
  /** A place asked with a trade or diploma in view: where that is taught (place-of-subject.ts, support/subject-in-view.ts). */
  | { kind: 'subject_places' }
  /** "t'as l'adresse ?" after a list of places: the address of the place meant, or honestly none (address-asked.ts). */
  | { kind: 'places_address'; index: number }
  | { kind: 'fallback' };

/** What the rules read: the message understood, the conversation so far, and two facts of the knowledge. */
export interface RoutingInput {
  readonly understanding: Understanding;
  readonly data: Readonly<Pick<ConversationData, 'lastTopic' | 'profile' | 'lastFaq' | 'lastAid' | 'lastAidList' | 'lastQuestion' | 'adviceFaq' | 'listedTrades' | 'diplomaShown' | 'subjectInView' | 'messageCount' | 'placesShown' | 'awaiting' | 'unknownAidSaid'>>;
  /** The quick reply the message picked, if any. */
  readonly chosen?: Action | undefined;
  /** A detail the last answer invited was read from this message. */
  readonly detailGiven?: boolean | undefined;
  /** The FAQ entries nearest to the last answer (a FAQ entry or an aid), for a short follow-up of it. */
  readonly inContext?: readonly string[] | undefined;
  /** The stemmed words of that last answer: a follow-up whose own words are all in it asks about that answer. */
  readonly lastAnswerStems?: ReadonlySet<string> | undefined;
  /** ISO date of the turn: an aid is current or ended relative to it. */
  readonly today: string;
  readonly aids: readonly Aid[];
  /** The under-18s' working-time limits (parametres.yaml): a minor's told hours are weighed against them. */
  readonly minorWorkLimits: MinorWorkLimits;
  hasFaqEntry(id: string): boolean;
  /** The stemmed words of a FAQ entry (see support/answer-words.ts), when the knowledge is at hand. */
  faqStems?(id: string): ReadonlySet<string> | undefined;
  /** The sentences of a FAQ entry as keys (support/answer-parts.ts): where a follow-up looks for its part. */
  faqParts?(id: string): readonly AnswerPart[];
  /** The entries a FAQ entry links to (its `related`). */
  faqRelated?(id: string): readonly string[];
  /** The FAQ entry defining the first organisation the last answer named ("c'est qui eux ?" asks it). */
  lastAnswerOrganisation?(): string | undefined;
  /** A FAQ entry by its id, when the knowledge is at hand. */
  faqEntry?(id: string): FaqEntry | undefined;
  /** Every FAQ entry, when the knowledge is at hand (the other side's entry of a subject: side-switch.ts). */
  faqEntries?(): readonly FaqEntry[];
  /** For a short follow-up: the FAQ matcher's reading of the message over its best `limit` entries. */
  faqMatch?(limit: number): readonly FaqMatch[];
  /** The entries that say what comes once a FAQ entry's subject is over (its `after`). */
  faqAfter?(id: string): readonly string[];
  /** The aids a FAQ entry proposes (its `see_aids`). */
  faqSeeAids?(id: string): readonly string[];
  /** The cases a FAQ entry's answer is written for (its `applies_when`). */
  faqAppliesWhen?(id: string): readonly PersonCondition[];
  /** The message's distinctive words the FAQ entry does not have (support/faq-coverage-of.ts): it answers another question. */
  faqUncovered?(id: string, namesOnly?: boolean): readonly string[];
  /** The message's words that no FAQ entry writes nor comes one typo near: a subject the FAQ does not treat. */
  faqForeign?(options?: ForeignOptions): readonly string[];
}

/** One named rule of the routing table: when it applies, and where it sends the message. */
export interface RouteRule {
  readonly name: string;
  when(input: RoutingInput): boolean;
  route(input: RoutingInput): Route;
}
