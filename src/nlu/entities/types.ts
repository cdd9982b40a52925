import type { DateMention } from './date.js';
import type { EmployerSector } from '../../knowledge/schema/aid.js';
import type { InterestId, Persona, Situation } from '../../knowledge/schema/vocabulary.js';

export type { InterestId, Persona };

export type { DateMention };

export type DiplomaType =
  | 'cap' | 'capa' | 'bep' | 'bac' | 'bac_pro' | 'bp' | 'bts' | 'btsa' | 'but' | 'dut' | 'deust' | 'mc'
  | 'titre_pro' | 'licence_pro' | 'licence' | 'master' | 'ingenieur' | 'bm' | 'cqp';

/**
 * held: already obtained; current: being prepared now; aimed: wanted (also the default for a bare mention); failed:
 * sat and not obtained ("j'ai raté mon CAP", "je l'ai pas eu"), which is neither held nor a new wish.
 */
export type DiplomaRelation = 'held' | 'aimed' | 'current' | 'failed';

export interface DiplomaMention {
  type: DiplomaType;
  /** National qualification level 3-7 (CAP 3 … master 7); undefined when the type does not fix it (titre pro, CQP). */
  level: number | undefined;
  relation: DiplomaRelation;
}

export type SchoolLevel = '6e' | '5e' | '4e' | '3e' | 'seconde' | '1e' | 'terminale' | 'bac';

export type CompanyCategory = 'tpe' | 'pme' | 'eti' | 'ge';


export interface Entities {
  /** outOfRange: below 15 or above 99 (kept so that the dialog can answer "trop jeune" rather than ignore it). */
  age?: { value: number; outOfRange: boolean; soon?: number; own?: number; self?: boolean };
  contractYear?: 1 | 2 | 3 | 4;
  /** "l'année d'après": the contract year after the one last talked about. */
  nextContractYear?: true;
  /** "on prolonge d'un an", "une année en plus": the contract made longer than planned. */
  extendedContract?: true;
  diplomas: DiplomaMention[];
  /** An explicit level: "niveau 4", "bac+2" (→ 5), "niveau bac" (→ 4). */
  level?: number;
  schoolLevel?: SchoolLevel;
  persona?: Persona;
  /** employees when a number was given; category from the number, else from "TPE"/"PME"/"grand groupe". */
  companySize?: { employees?: number; category: CompanyCategory };
  /** true: RQTH / handicap mentioned; false: explicitly denied ("pas de handicap"). */
  disability?: boolean;
  /** A public employer named ("une mairie", "hôpital public") or a private one said so ("secteur privé"). */
  employerSector?: EmployerSector;
  /** What the person says of their own situation that changes an answer ("j'ai démissionné", "je reprends un garage"). */
  situations?: Situation[];
  postcode?: string;
  departement?: { code: string; name: string; normandy: boolean; span?: string };
  interests: InterestId[];
  /** Dates stated ("signé le 15 février 2026", "en janvier"), only when the caller gave today's date. */
  dates?: DateMention[];
}
