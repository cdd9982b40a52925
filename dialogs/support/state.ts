import type { AgeBand } from '../../src/nlu/entities/age-band.js';
import type { EmployerSector, PersonStatus } from '../../src/knowledge/schema/aid.js';
import type { ContractType, Persona, Register, Situation, Topic } from '../../src/knowledge/schema/vocabulary.js';
import type { DateRange } from '../../src/nlu/understanding.js';
import type { Action } from './actions.js';

/** The details a topic may need before it can answer. */
export type Slot = 'age' | 'persona' | 'commune' | 'trade' | 'interests' | 'levelHeld' | 'tradeOrType';

/** What the bot has learnt about the person in this conversation; every field is optional and can be corrected. */
export interface Profile {
  persona?: Persona;
  /** The register the person wrote in last (`vous`, `tu`): it wins over the persona's usual one. */
  register?: Register;
  age?: number;
  /** The speaker's own age when they speak for someone else (a parent, an employer): `age` is the young person's. */
  ownAge?: number;
  /** The age they said they are about to reach ("21 ans en mars"): the pay tells the grid before and after it. */
  ageSoon?: number;
  /** Round 32: the age told before a coming age told alone ("j'ai 19 ans", then "l'année pro j'aurai 21 ans"): the pay's age until then. */
  ageBeforeSoon?: number;
  /** A band of the pay grid said instead of an age ("un apprenti mineur"): the pay answers for it; an age told replaces it. */
  ageBand?: AgeBand;
  contractYear?: number;
  /** "en 3e année de BUT": the year of study told (2 or more), which is not the contract year the pay depends on. */
  studyYear?: number;
  contractType?: ContractType;
  /** Diploma type aimed at ("CAP", "Bac pro", "BTS"…) and its level (3–7). */
  diplomaType?: string;
  levelAimed?: number;
  /** Highest level already reached (3 = CAP, 4 = bac…), or 2 after the 3e. */
  levelHeld?: number;
  communeInsee?: string;
  /** A département of Normandy given as the place instead of a town ("dans l'Eure": code 27); a town replaces it. */
  departement?: string;
  /** The words of the last request for a course, without the place ("bac pro commerce"). */
  trainingRequest?: string;
  /**
   * The fields of work (interest ids) a course request named without a trade ("un CAP vente", "un bac pro dans la
   * cuisine"): the courses asked for are those of the fields' trades, until a trade is named.
   */
  courseFields?: string[];
  tradeCode?: string;
  /**
   * The trade an answer was about (its card, or courses for it): what the récap lists. `tradeCode` follows every
   * trade word read, even a passing one ("je suis employeur public, une mairie").
   */
  tradeDiscussed?: string;
  companySize?: number;
  disability?: boolean;
  /** Public or private employer, when said: the State's hiring aid is for private employers only. */
  employerSector?: EmployerSector;
  /** What the person said of their own situation that changes an answer (a resignation, a business to take over…). */
  situations?: Situation[];
  /** When the contract was (or will be) signed: the employer aids are those of that date. */
  contractConcluded?: DateRange;
  /** What the young person does now, when said (the CEJ is for those without a job or training). */
  status?: PersonStatus;
  /** First day of the contract, when said ("il commence le 1er septembre"). */
  contractStart?: string;
  /**
   * A monthly pay the person said is paid ("on me verse 650 € brut"), until it has been compared with the minimum of
   * a known age and contract year; `net` when they said it was net.
   */
  payTold?: { amount: number; net: boolean };
  /**
   * The last monthly pay the person said they earn, kept after the salary answer compared it: an aid with a pay
   * condition asked later ("on garde les allocations familiales ?") is weighed against it.
   */
  payKnown?: { amount: number; net: boolean };
  interests?: string[];
}

/** A card as shown: the print of its words and the message (normalised) it answered. */
export interface ShownCard {
  print: string;
  question: string;
  /** The FAQ entry the card showed, if it was one. */
  entry?: string;
}

/** The conversation's own memory, kept in ConversationState beside the dialog stack. */
export interface ConversationData {
  profile: Profile;
  welcomed: boolean;
  /** The topic of the last answer: a follow-up such as "et pour 19 ans ?" re-runs it with the new detail. */
  lastTopic?: Topic;
  /** The FAQ entry answered last, when the last answer was one: a follow-up ("et pour un mineur ?") is read against it. */
  lastFaq?: string;
  /** The aid whose detail was shown last, when the last answer was one: "comment on la demande ?" is about it. */
  lastAid?: string;
  /** The aids a list shown last named (when it named more than one): "c'est quoi la source ?" gives their sources. */
  lastAidList?: string[];
  /**
   * The FAQ entry whose advice answers "je fais quoi ?" after the last answer when that answer was not the entry itself
   * (a pay told under the minimum → the entry on what to do about it). Cleared by the next topic answer.
   */
  adviceFaq?: string;
  /**
   * The data files a list of places or a trade's card shown last comes from (producer, date of the data, address when
   * the knowledge records one), and the services its card links to: "c'est quoi ta source ?", "t'as le lien ?" after it.
   */
  lastData?: { sources: DataSource[]; links: string[] };
  /**
   * The FAQ or aid card sent by the last turn, as a print of its words, with the message it answered: the same card is
   * never sent again word for word for another message (support/card-repeat.ts). Cleared at each turn's start.
   */
  lastCard?: ShownCard;
  /** The last question answered (its text), kept with a thumbs-down so content editors see what failed. */
  lastQuestion?: string;
  /** The last message when it was a number alone ("17"): "ans, 1ère année" next continues it (number-continued.ts). */
  bareNumber?: string;
  /** The number detail told last (an age, a head count, a contract year): "non 18 pardon" corrects that one. */
  lastNumberDetail?: NumberDetail;
  /** The detail the bot asked for last, so that a bare "17" or "la 2e" can be read as its answer. */
  awaiting?: Slot;
  /**
   * The topic whose waiting question came back once after another answer ("Et pour revenir à ma question"): if the
   * person moves on again, it is let go instead of asked after every answer (review 5: the same question nagged).
   */
  resumedTopic?: Topic;
  /** A detail the last answer invited without asking ("dis-moi combien de salariés"): read once, next turn. */
  invited?: 'companySize';
  /** A form (callback request, consent) is being filled: only explicit interruptions break into it. */
  inForm?: boolean;
  /** The quick replies offered last, so that a typed answer can pick one as a click would. */
  offered?: { title: string; action?: Action }[];
  /**
   * The diploma the last trade card or list of places led with (its title when one diploma was meant, its kind and
   * level when all were of one kind): "c'est quel niveau ?", "il s'appelle comment ?", "il faut quoi pour y entrer ?"
   * after it ask about THAT diploma (routing/diploma-in-view.ts), which the profile does not keep (its `diplomaType`
   * is the kind asked, not the diploma shown). Read only while the last topic is that trade or training.
   */
  diplomaShown?: DiplomaShown;
  /** The trades the bot named last in a list, in their order, so that "le 2e", "celui du milieu" can pick one. */
  listedTrades?: string[];
  /** How many messages the person has sent: the age of what is in view (subjectInView) is counted in them. */
  messageCount?: number;
  /**
   * The trade or diploma last in view, named by the person (even inside a story: "j'ai raté mon CAP cuisine") or shown
   * by the bot in any answer, with the message it was last named at: a place asked later ("y a des CFA pour ça près de
   * Vire ?") is about it (support/subject-in-view.ts), whatever answer came between.
   */
  subjectInView?: SubjectInView;
  /** The places (UAI) the last list of places showed, in their order: "t'as l'adresse ?" after it is about them. */
  placesShown?: string[];
  /** Consecutive messages not understood: the second time, the bot insists on the human options. */
  misunderstood: number;
  /** Code the user can read out on the phone; the adviser sees the summary only with consent. */
  referenceCode?: string;
  shareConsent?: boolean;
  /**
   * A French phone number typed before a callback request ("0612345678"), so that the callback form does not ask
   * for it again; forgotten once the request is saved or cancelled (see support/callback-details.ts).
   */
  callbackPhone?: string;
  /**
   * The callback request being filled (what the form holds so far), while the form waits: a question of another
   * topic asked meanwhile is answered and the form resumes from here. Forgotten when the form ends.
   */
  callbackForm?: { firstName?: string; phone?: string; timeSlot?: string };
  /** The token of the récap page's address, once asked for ("Mon récap"): the page is rewritten after each turn. */
  recapToken?: string;
  /**
   * The aid the bot said is not in its official sources (its name when one was said), with the message count it was said
   * at: "vous êtes sûr ?" right after is a doubt on that answer (routing/doubt-on-unknown-aid.ts).
   */
  unknownAidSaid?: { name?: string; at: number };
  /** Aids shown in this conversation (ids), for the adviser's summary. */
  aidsShown: string[];
}

/** A data file an answer was built from, as the knowledge records it (knowledge/etablissements.yaml `sources`…). */
export interface DataSource {
  readonly producer: string;
  readonly data_date: string;
  readonly url?: string | undefined;
}

/** A diploma an answer showed: its exact title when one, its kind and level (3–7) when the answer's diplomas share them. */
export interface DiplomaShown {
  readonly title?: string;
  readonly type?: string;
  readonly level?: number;
}

/**
 * What is in view to be taught somewhere: one trade, a kind of diploma with its specialty's fields (no trade), a
 * field's trades shown together, or several trades proposed to pick from (`several`: no one subject). `at` is the
 * message count when it was last named or shown.
 */
export interface SubjectInView {
  readonly tradeCode?: string;
  readonly diplomaType?: string;
  readonly fields?: readonly string[];
  /** The words that named it, without the place ("cap cuisine"): the course search reads titles in them. */
  readonly request?: string;
  readonly field?: boolean;
  readonly several?: boolean;
  readonly at: number;
}

/** The details of the profile a bare number can give. */
export type NumberDetail = 'age' | 'companySize' | 'contractYear';

export function newConversationData(): ConversationData {
  return { profile: {}, welcomed: false, misunderstood: 0, aidsShown: [] };
}

/** From this age, a person who speaks of themself is past the young public and is spoken to as vous. */
const ADULT_VOUS_AGE = 30;

/** "tu" for young people, "vous" for parents, employers, advisers and adults past the young public. */
export function registerOf(profile: Profile): Register {
  // The person's own words first ("vous" as soon as they write it, "tu" when they write tu or in SMS), then who they are.
  if (profile.register) return profile.register;
  if (profile.persona === undefined || profile.persona === 'jeune') return (profile.ownAge ?? profile.age ?? 0) >= ADULT_VOUS_AGE ? 'vous' : 'tu';
  return 'vous';
}
