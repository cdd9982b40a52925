import type { AgeBand } from './entities/age-band.js';
import type { SpeechAct } from './wrapper.js';
import type { OwnPayTold } from './own-pay.js';
import type { Aid, EmployerSector, PersonStatus } from '../knowledge/schema/aid.js';
import type { FaqEntry } from '../knowledge/schema/faq.js';
import type { TradeHit } from '../knowledge/search.js';
import type { FaqMatch } from './faq-matcher.js';
import type { ContractType, InterestId, Persona, Register, Situation } from '../knowledge/schema/vocabulary.js';
import type { IntentId, IntentScore } from './intents.js';
import type { OutsideTownHit } from './outside-towns.js';
import type { CountryHit } from './countries.js';
import type { Cues } from './cues.js';
import type { CommuneHit, OutsideHit } from './places.js';
import type { DefinedTerm } from './defined-term.js';

/** A day ("le 15 février 2026": from = to) or the days a looser date can mean ("en mars 2026"), ISO. */
export interface DateRange {
  from: string;
  to: string;
}

/** What kind of text it is, before any meaning: the fallback answers differ. */
export type TextKind = 'text' | 'empty' | 'emoji' | 'english' | 'gibberish';

/** The facts a message states about the person, as far as we can read them. */
export interface MessageFacts {
  age?: number;
  /**
   * `age` is that of an adult of the speaker's family ("mon père a 45 ans", "ma mère a 38 ans"): it answers this
   * message, but is neither the speaker's age nor the young person's, so the profile keeps the one it had.
   */
  ageOfAdultRelative?: true;
  /** The age the person is about to reach ("j'aurai 21 ans en mars"): the pay's band changes the month after. */
  ageSoon?: number;
  /** No age, but a band of the pay grid said whole: "un apprenti mineur", "plus de 26 ans" (entities/age-band.ts). */
  ageBand?: AgeBand;
  contractYear?: number;
  /** "en 3e année de BUT": a year of study (2 or more), never taken as the contract year (contract-year.ts). */
  studyYear?: number;
  /** "et l'année d'après ?": the contract year after the one last talked about (see profile-update.ts). */
  nextContractYear?: true;
  /** "on prolonge d'un an", "une année en plus": the extra year of a contract made longer (its own pay with a disability). */
  extendedContract?: true;
  contractType?: ContractType;
  diplomaType?: string;
  diplomaLevel?: number;
  /** The diploma named is one the person already holds ("j'ai un CAP"), not one aimed at. */
  diplomaHeld?: boolean;
  /** The highest diploma the person says they hold, by its kind ("CAP", "Bac pro", "Bac" for a general one). */
  diplomaHeldType?: string;
  /** A diploma the person says they sat and failed ("j'ai raté mon CAP"): not held, the one to take again. */
  diplomaFailedType?: string;
  /** Level reached at school (2 = 3e, 3 = CAP, 4 = bac…). */
  levelHeld?: number;
  persona?: Persona;
  companySize?: number;
  disability?: boolean;
  /** The employer is public ("une mairie") or said to be private: the State's hiring aid excludes public ones. */
  employerSector?: EmployerSector;
  /** What the person says of their own situation that changes an answer ("j'ai démissionné", "je reprends un garage"). */
  situations?: Situation[];
  /** A sum of money the message mentions (a "prime de 2 000 €"), to check it against the known aids. */
  amountEuros?: number;
  interests: string[];
  /** When the contract was or will be signed ("signé le 15 février 2026", "on signe en janvier"). */
  contractConcluded?: DateRange;
  /** A date with no word saying what it is about ("le 3 mars", "en janvier 2026"): the contract's in a talk about aids. */
  otherDate?: DateRange;
  /** What the person does now, when said ("sans emploi ni formation", "demandeur d'emploi"). */
  status?: PersonStatus;
  /**
   * The speaker's own age, when it is not the young person's: told beside another's ("j'ai 45 ans et mon fils en a
   * 13"), or by a parent, an employer or an adviser ("je suis employeur, j'ai 52 ans").
   */
  ownAge?: number;
  /** How many words the dates take ("le 15 fevrier 2026": 3), so that they do not make a detail look long. */
  dateWords?: number;
  /** First day of the contract ("il commence le 1er septembre"). */
  contractStart?: string;
  /** A bare number, which means something only as the answer to a question (age, year, size). */
  bareNumber?: number;
  /** The message corrects a previous fact ("non j'ai 18 ans pas 17"). */
  correction?: boolean;
  /** How many words the apology of a correction takes ("je me suis trompée": 4): they say no more than a bare detail. */
  correctionWords?: number;
  /** A département outside Normandy named in the message ("je suis à Paris"). */
  outsideDepartement?: string;
  /** The register the person writes in (`vous`, `tu`), when the message shows it. */
  register?: Register;
  /** Careful written French that addresses no one ("Qu'est-ce qu'un CFA exactement ?"): vous at a conversation's opening. */
  writtenFormally?: true;
  /** The person tells the job they hold and wants to leave it ("je suis caissière, je veux changer"). */
  leavingJob?: true;
  /** The fields the message says the person does not want ("surtout pas un bureau", "pas dans la vente"). */
  deniedInterests?: InterestId[];
}

/** A FAQ entry the message may ask: how well it matches, and its probability on the intents' scale. */
export interface FaqHit extends Omit<FaqMatch, 'id'> {
  entry: FaqEntry;
  /** P(the message asks this entry), comparable with an intent's probability. */
  probability: number;
}

/** Everything one message says, read once when it arrives (src/nlu/understand.ts). */
export interface Understanding {
  text: string;
  normalized: string;
  kind: TextKind;
  intent: IntentId | 'none';
  confidence: number;
  ranking: readonly IntentScore[];
  facts: MessageFacts;
  trade?: TradeHit;
  commune?: CommuneHit;
  /**
   * A département of Normandy named as the place ("dans l'Eure", "le 27"), when no commune is: the sites in it are
   * listed. `span` holds the words that named it.
   */
  departement?: { code: string; name: string; span?: string };
  /** A place outside Normandy: a postcode, a town named exactly (with its region), or a département. */
  outside?: OutsideHit | OutsideTownHit | { town: string };
  /** A country other than France, and whether the person lives there or would go there (src/nlu/countries.ts). */
  abroad?: CountryHit;
  /** P(the message asks a question of the FAQ) rather than something a topic answers (src/nlu/faq-detector.ts). */
  faqness: number;
  faq: readonly FaqHit[];
  /**
   * The question of a message that asks it whole and then tells the situation ("Qui paie le CFA ? Ma fille a commencé
   * chez un garagiste."), as written and normalised: the FAQ is read, and its coverage judged, on it alone (mask.ts).
   */
  /**
   * What the wrapper around the question did ("merci ! et pour les aides ?", "dsl de déranger, …"): thanked, greeted,
   * apologised, hedged, corrected, announced a question (wrapper.ts). Unset when the message has no wrapper.
   */
  wrapperActs?: SpeechAct[];
  /**
   * The pay the person says they (or their child) earn: the figure, net or gross, per month or hour when said
   * ("je gagne 800 € net par mois", "on me paie 500 par mois"); read once (src/nlu/own-pay.ts).
   */
  payTold?: OwnPayTold;
  asked?: { text: string; normalized: string };
  /** A term of the field the message asks the meaning of, with the FAQ entry that defines it (src/nlu/defined-term.ts). */
  definedTerm?: DefinedTerm;
  /** A distinctive term of the field the message names, whatever it asks about it (src/nlu/defined-term.ts). */
  namedTerm?: DefinedTerm;
  /** An aid the message names ("l'aide au permis", "la carte jeunes apprentis"). */
  aid?: Aid;
  /** The name of an aid the message gives that no aid of the knowledge has ("la prime Normandie Apprentis 2026"). */
  unknownAidName?: string;
  /** What the wording says about the kind of question (a follow-up, a definition, where to learn…). */
  cues: Cues;
  /** How many words the message has once normalised. */
  words: number;
}
