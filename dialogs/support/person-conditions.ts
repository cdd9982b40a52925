import type { FaqEntry } from '../../src/knowledge/schema/faq.js';
import type { PersonCondition, Situation } from '../../src/knowledge/schema/vocabulary.js';
import type { EmployerSector } from '../../src/knowledge/schema/aid.js';
import type { Parameters } from '../../src/knowledge/schema/parameters.js';
import type { AidProfile } from '../../src/rules/aids.js';
import { apprenticeBand, apprenticeMonthlyPay } from '../../src/rules/salary.js';

/** The general upper age limit of apprenticeship: a contract is signed before the 30th birthday, save exceptions. */
export const APPRENTICESHIP_AGE_LIMIT = 30;

/** Below this age a minor's stricter rules apply: 20 h–6 h night, 14 h of daily rest, no night-work derogation. */
export const YOUNG_MINOR_AGE = 16;

/**
 * The FAQ entry on the upper age limit, whose `answer_when: past-age-limit` is written for someone past it: what a
 * person of 38 who asks whether they may still train is answered (a knowledge test checks it exists with that version).
 */
export const AGE_LIMIT_FAQ_ID = 'age-maximum';

/** What is known of the person that a FAQ answer's conditions are checked against. */
export interface PersonFacts {
  age?: number;
  disability?: boolean;
  employerSector?: EmployerSector;
  situations?: readonly Situation[];
}

/** The conditions of `knowledge/faq.yaml` (`applies_when`, `not_when`, `answer_when`) the person is known to meet. */
export function personConditions(facts: PersonFacts): Set<PersonCondition> {
  const met = new Set<PersonCondition>(facts.situations ?? []);
  if (facts.disability === true) met.add('disability');
  if (facts.employerSector === 'public') met.add('public-employer');
  if (facts.age !== undefined && facts.age >= APPRENTICESHIP_AGE_LIMIT) met.add('past-age-limit');
  // Below 16, rules for minors are stricter (no night-work derogation in a bakery or a restaurant).
  if (facts.age !== undefined && facts.age < YOUNG_MINOR_AGE) met.add('under-16');
  return met;
}

/**
 * Whether an entry's answer is for this person: none of its `not_when`, and, once they have told their own case (their
 * age), one of its `applies_when` when it has some: an exception's "Oui" is for those who said they are in it, while a
 * general question about the exception ("dans quels cas jusqu'à 35 ans ?") is answered by it.
 */
export function entryFits(entry: FaqEntry, met: ReadonlySet<PersonCondition>, ownCaseTold: boolean): boolean {
  if (entry.not_when?.some((c) => met.has(c))) return false;
  if (entry.applies_when === undefined || entry.applies_when.some((c) => met.has(c))) return true;
  // An answer only for a condition that every question about it names ("apprenti handicapé", "avec une RQTH") is
  // for someone else when neither the message nor the conversation named it: "mon contrat se prolonge comment ?"
  // after a failed exam is not asked with a disability, whether or not an age was told.
  if (entry.applies_when.every((c) => NAMED_WHEN_ASKED.has(c))) return false;
  return !ownCaseTold;
}

/**
 * Conditions a question about them always names, so that they are met (the message's facts) whenever one is asked:
 * a disability ("handicapé", "RQTH", "dys"). A situation such as a business project is not: "dans quels cas
 * jusqu'à 35 ans ?" asks about the exceptions without being in one.
 */
const NAMED_WHEN_ASKED: ReadonlySet<PersonCondition> = new Set<PersonCondition>(['disability']);

/** The version of an entry's answer written for a condition the person meets, if it has one. */
export function answerWhen(entry: FaqEntry, met: ReadonlySet<PersonCondition>): FaqEntry['answer'] | undefined {
  return entry.answer_when?.find((alt) => met.has(alt.when))?.answer;
}

/** Merges the situations said now into those said before: "never apprenticed" and "apprenticed before" replace each other. */
export function withSituations(before: readonly Situation[], now: readonly Situation[]): Situation[] {
  const opposite: Partial<Record<Situation, Situation>> = { 'never-apprenticed': 'previous-apprenticeship', 'previous-apprenticeship': 'never-apprenticed' };
  const kept = before.filter((s) => !now.some((n) => opposite[n] === s));
  return [...new Set([...kept, ...now])];
}

/**
 * The legal minimum pay of an apprentice of this age, as a share of the SMIC (parametres.yaml), that an aid's pay
 * threshold (`pay_min_net`) is checked against: the year's when the contract year is known, else the best of
 * years 1-3, so "below" holds whatever the year. None for a professionalisation contract (another grid) or an age
 * outside the grid.
 */
export function minimumPayOf(
  params: Parameters,
  person: { age?: number | undefined; contractYear?: number | undefined; contractType?: string | undefined },
): AidProfile['minimumPay'] {
  if (person.age === undefined || person.contractType === 'professionnalisation') return undefined;
  const pay = apprenticeMonthlyPay(params, { age: person.age, year: person.contractYear });
  if (pay.kind === 'apprentice_pay') return { percent: pay.percent, gross: pay.gross, year: pay.year };
  if (pay.kind !== 'apprentice_pay_table') return undefined;
  const best = pay.lines.reduce((a, b) => (b.percent > a.percent ? b : a));
  return { percent: best.percent, gross: best.gross };
}

/** How far ahead a coming birthday is read as one within the contract (years). */
const YEARS_AHEAD_MAX = 2;

/**
 * A birthday said to be coming ("j'ai 21 ans en mars", "20 ans, bientôt 21") that moves the person into the next band
 * of the pay grid: the age whose pay applies now and the one from the 1st day of the month after the birthday (the
 * FAQ's remuneration-anniversaire). None when the coming age stays in the same band, or none is said.
 */
export function payBandChange(params: Parameters, person: { age?: number | undefined; ageSoon?: number | undefined; ageBeforeSoon?: number | undefined }): { before: number; after: number } | undefined {
  const { age, ageSoon } = person;
  if (age === undefined || ageSoon === undefined || ageSoon < age) return undefined;
  // Only the coming age told ("21 ans le mois prochain"): until then they are the age told before, else a year younger.
  const before = ageSoon === age ? (person.ageBeforeSoon ?? age - 1) : age;
  // Round 32: "l'année pro j'aurai 21 ans" at 19 is a birthday within the contract too (a contract lasts up to three
  // years); no band of the grid is narrower than two years, so the band changes once at most.
  if (ageSoon - before < 1 || ageSoon - before > YEARS_AHEAD_MAX) return undefined;
  const [now, next] = [apprenticeBand(params, before)?.id, apprenticeBand(params, ageSoon)?.id];
  return now !== undefined && next !== undefined && now !== next ? { before, after: ageSoon } : undefined;
}
