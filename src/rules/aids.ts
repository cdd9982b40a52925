/**
 * Evaluates a profile against the aids of knowledge/aides.yaml. Pure: every answer says why (typed reason
 * codes with their data) or what is missing (profile fields), so dialogs can word it and ask only for that.
 */
import type {
  Aid,
  AidConditions,
  AidWho,
  AmountItem,
  AmountWhen,
  EmployerSector,
  IntRange,
  PersonStatus,
} from '../knowledge/schema/aid.js';
import type { ContractType, Persona } from '../knowledge/schema/vocabulary.js';
import { smicHoursAmount } from './pay-threshold.js';
import type { AgeBand } from '../nlu/entities/age-band.js';

export type { Persona };


/** What we know about the situation; every field is optional, the rule says which ones it needs. */
export interface AidProfile {
  persona?: Persona | undefined;
  age?: number | undefined;
  /**
   * No age, but a band said whole ("un apprenti mineur", "plus de 26 ans"): an aid whose age range the whole band
   * misses does not fit (the prime d'activité, 18 and over, is no minor's).
   */
  ageBand?: AgeBand | undefined;
  /** RNCP level of the diploma aimed, 3-7. Derived from `diplomaType` when absent. */
  level?: number | undefined;
  /** CAP, BP, BAC_PRO, BTS, BUT, LICENCE, LICENCE_PRO, MASTER, INGENIEUR… */
  diplomaType?: string | undefined;
  companySize?: number | undefined;
  disability?: boolean | undefined;
  /** ISO dates (YYYY-MM-DD). */
  contractConcluded?: string | undefined;
  contractStart?: string | undefined;
  residenceNormandy?: boolean | undefined;
  cfaInNormandy?: boolean | undefined;
  contractType?: ContractType | undefined;
  status?: PersonStatus | undefined;
  employerSector?: EmployerSector | undefined;
  /**
   * The legal minimum pay of an apprentice of this age (and contract year), as a share of the SMIC, with the gross
   * monthly figure; without the year, the best of the years 1-3 (`anyYear`): below a pay threshold even then, the
   * threshold is not reached at the minimum pay.
   */
  minimumPay?: { percent: number; gross: number; year?: number | undefined } | undefined;
  /** The gross hourly SMIC that pay conditions written as a share of it (`pay_min_net`) are worked out on. */
  smicGrossHourly?: number | undefined;
}

export type ProfileField =
  | 'age'
  | 'level'
  | 'companySize'
  | 'disability'
  | 'contractConcluded'
  | 'contractStart'
  | 'residenceNormandy'
  | 'cfaInNormandy'
  | 'contractType'
  | 'status'
  | 'employerSector';

export type NotEligibleReason =
  | { code: 'too_young'; min: number }
  | { code: 'too_old'; max: number }
  | { code: 'level_too_low'; min: number }
  | { code: 'level_too_high'; max: number }
  | { code: 'company_too_small'; min: number }
  | { code: 'company_too_large'; max: number }
  | { code: 'contract_concluded_too_early'; from: string }
  | { code: 'contract_concluded_too_late'; to: string }
  | { code: 'contract_start_too_late'; before: string }
  | { code: 'disability_required' }
  | { code: 'residence_normandy_required' }
  | { code: 'cfa_in_normandy_required' }
  | { code: 'contract_type_not_covered'; allowed: ContractType[] }
  | { code: 'status_not_covered'; allowed: PersonStatus[] }
  | { code: 'employer_sector_not_covered'; allowed: EmployerSector[] }
  | { code: 'no_amount_for_profile' }
  /** At the legal minimum pay of the person's age (and year), the pay threshold of the aid is not reached. */
  | { code: 'pay_below_threshold'; threshold: number; percent: number; gross: number; year?: number | undefined };

/** Hypotheses the rule made instead of asking; the dialog may state them ("pour un contrat signé aujourd'hui"). */
export type Assumption =
  | 'contract_concluded_today'
  | 'contract_starts_when_concluded'
  | 'disability_not_declared'
  /** Nothing said about the contract: this bot is about apprenticeship. */
  | 'apprenticeship_contract'
  /** Nothing said about the employer: most employers who ask are private companies. */
  | 'private_employer';

export type ResolvedAmount =
  | { id: string; label: string; kind: 'fixed'; value: number; period: AmountItem['period']; isMaximum: boolean }
  | { id: string; label: string; kind: 'range'; min: number; max: number; period: AmountItem['period'] }
  | { id: string; label: string; kind: 'percent'; value: number; of: string }
  | { id: string; label: string; kind: 'variable' }
  | {
      id: string;
      label: string;
      kind: 'table';
      value: number;
      period: AmountItem['period'];
      isMaximum: boolean;
      scheme?: string | undefined;
      /** The row's own condition, to say with the amount. */
      condition?: string | undefined;
    };

export interface AmountCandidate {
  when: AmountWhen;
  value: number;
  scheme?: string | undefined;
}

export type AidEvaluation =
  | {
      aidId: string;
      who: AidWho[];
      status: 'eligible';
      amounts: ResolvedAmount[];
      assumptions: Assumption[];
    }
  | { aidId: string; who: AidWho[]; status: 'not_eligible'; reasons: NotEligibleReason[] }
  | {
      aidId: string;
      who: AidWho[];
      status: 'unknown';
      missing: ProfileField[];
      /** Amounts already known for this profile (a table resolved, a fixed part). */
      amounts: ResolvedAmount[];
      /** Possible amounts while a table still depends on a missing field. */
      candidates: AmountCandidate[];
      assumptions: Assumption[];
    }
  | { aidId: string; who: AidWho[]; status: 'ended'; endedOn: string; replacedBy?: string | undefined }
  | { aidId: string; who: AidWho[]; status: 'upcoming'; opensOn: string };

export type AidPeriodStatus = 'upcoming' | 'current' | 'ended';

/** Derived from the dates only: an aid whose `valid_to` is before today is ended. */
export function aidStatus(aid: Pick<Aid, 'valid_from' | 'valid_to'>, today: string): AidPeriodStatus {
  if (aid.valid_to !== null && aid.valid_to < today) return 'ended';
  if (aid.valid_from !== null && aid.valid_from > today) return 'upcoming';
  return 'current';
}

/** Whether the aid concerns the person asking: parents care about the young person's and the family's aids. */
export function aidConcerns(aid: Pick<Aid, 'who'>, persona: Persona | undefined): boolean {
  if (persona === undefined || persona === 'conseiller') return true;
  if (persona === 'employeur') return aid.who.includes('employeur');
  if (persona === 'parent') return aid.who.includes('jeune') || aid.who.includes('famille');
  return aid.who.includes('jeune');
}

const LEVEL_OF_DIPLOMA: Readonly<Record<string, number>> = {
  CAP: 3,
  CAPA: 3,
  BEP: 3,
  BP: 4,
  BAC_PRO: 4,
  BACPRO: 4,
  BTM: 4,
  BTS: 5,
  BTSA: 5,
  DUT: 5,
  BUT: 6,
  LICENCE: 6,
  LICENCE_PRO: 6,
  BACHELOR: 6,
  MASTER: 7,
  INGENIEUR: 7,
};

/** RNCP level of a diploma type, when the type alone fixes it (a "titre pro" does not). */
export function levelFromDiplomaType(type: string): number | undefined {
  const key = type
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[\s.-]+/g, '_');
  return LEVEL_OF_DIPLOMA[key];
}

type Test = { ok: true } | { ok: false; reason: NotEligibleReason } | { ok: 'unknown'; field: ProfileField };
const OK: Test = { ok: true };

function inRange(v: number, r: IntRange): boolean {
  return (r.min === undefined || v >= r.min) && (r.max === undefined || v <= r.max);
}

function rangeTest(
  value: number | undefined,
  range: IntRange,
  field: ProfileField,
  low: (min: number) => NotEligibleReason,
  high: (max: number) => NotEligibleReason,
): Test {
  if (value === undefined) return { ok: 'unknown', field };
  if (range.min !== undefined && value < range.min) return { ok: false, reason: low(range.min) };
  if (range.max !== undefined && value > range.max) return { ok: false, reason: high(range.max) };
  return OK;
}

function ageTest(c: AidConditions, p: AidProfile): Test {
  const low = (min: number): NotEligibleReason => ({ code: 'too_young', min });
  const high = (max: number): NotEligibleReason => ({ code: 'too_old', max });
  if (!c.age) return OK;
  if (p.age === undefined && p.ageBand !== undefined) return bandTest(c, p.ageBand, p.disability);
  if (c.age_if_disability && p.disability === true) return rangeTest(p.age, c.age_if_disability, 'age', low, high);
  const base = rangeTest(p.age, c.age, 'age', low, high);
  // Outside the usual range but inside the disability one: we must ask before saying no.
  if (base.ok === false && c.age_if_disability && p.disability === undefined && p.age !== undefined) {
    if (inRange(p.age, c.age_if_disability)) return { ok: 'unknown', field: 'disability' };
  }
  return base;
}

/** The ages of a band: under 18 is up to 17; 26 and over has no end. */
const BAND_RANGE: Readonly<Record<AgeBand, { min: number; max: number }>> = { under18: { min: 0, max: 17 }, from26: { min: 26, max: Infinity } };

/** A band wholly outside the aid's range (and its range with a disability, unless none was told) is a no; else the age is asked. */
function bandTest(c: AidConditions, band: AgeBand, disability: boolean | undefined): Test {
  const b = BAND_RANGE[band];
  const ranges = [c.age, ...(c.age_if_disability && disability !== false ? [c.age_if_disability] : [])].filter((r): r is IntRange => r !== undefined);
  const meets = ranges.some((r) => b.max >= (r.min ?? 0) && b.min <= (r.max ?? Infinity));
  if (meets) return { ok: 'unknown', field: 'age' };
  const range = c.age!;
  return { ok: false, reason: b.max < (range.min ?? 0) ? { code: 'too_young', min: range.min! } : { code: 'too_old', max: range.max! } };
}

function listTest<T extends string>(
  value: T | undefined,
  allowed: T[] | undefined,
  field: ProfileField,
  reason: (allowed: T[]) => NotEligibleReason,
): Test {
  if (!allowed) return OK;
  if (value === undefined) return { ok: 'unknown', field };
  return allowed.includes(value) ? OK : { ok: false, reason: reason(allowed) };
}

function flagTest(required: true | undefined, value: boolean | undefined, field: ProfileField, reason: NotEligibleReason): Test {
  if (!required) return OK;
  if (value === undefined) return { ok: 'unknown', field };
  return value ? OK : { ok: false, reason };
}

interface Context {
  profile: AidProfile;
  concluded: string | undefined;
  start: string | undefined;
  assumptions: Set<Assumption>;
}

function dateTests(c: AidConditions, ctx: Context, today: string): Test[] {
  const tests: Test[] = [];
  if (c.contract_concluded) {
    // A profile without a date is about a contract signed now: the usual question, no need to ask.
    const concluded = ctx.concluded ?? today;
    if (!ctx.concluded) ctx.assumptions.add('contract_concluded_today');
    const { from, to } = c.contract_concluded;
    if (from !== undefined && concluded < from) tests.push({ ok: false, reason: { code: 'contract_concluded_too_early', from } });
    else if (to !== undefined && concluded > to) tests.push({ ok: false, reason: { code: 'contract_concluded_too_late', to } });
  }
  if (c.contract_start_before) {
    const start = ctx.start ?? ctx.concluded ?? today;
    if (!ctx.start) ctx.assumptions.add('contract_starts_when_concluded');
    if (start >= c.contract_start_before) tests.push({ ok: false, reason: { code: 'contract_start_too_late', before: c.contract_start_before } });
  }
  return tests;
}

function conditionTests(c: AidConditions, ctx: Context, today: string): Test[] {
  const p = ctx.profile;
  return [
    ageTest(c, p),
    c.level
      ? rangeTest(p.level, c.level, 'level', (min) => ({ code: 'level_too_low', min }), (max) => ({ code: 'level_too_high', max }))
      : OK,
    c.company_size
      ? rangeTest(
          p.companySize,
          c.company_size,
          'companySize',
          (min) => ({ code: 'company_too_small', min }),
          (max) => ({ code: 'company_too_large', max }),
        )
      : OK,
    ...dateTests(c, ctx, today),
    flagTest(c.disability, p.disability, 'disability', { code: 'disability_required' }),
    flagTest(c.residence_normandy, p.residenceNormandy, 'residenceNormandy', { code: 'residence_normandy_required' }),
    flagTest(c.cfa_in_normandy, p.cfaInNormandy, 'cfaInNormandy', { code: 'cfa_in_normandy_required' }),
    listTest(p.contractType, c.contract_types, 'contractType', (allowed) => ({ code: 'contract_type_not_covered', allowed })),
    statusTest(p, c.status),
    listTest(p.employerSector, c.employer_sector, 'employerSector', (allowed) => ({ code: 'employer_sector_not_covered', allowed })),
    payTest(c, p),
  ];
}

/**
 * A pay threshold is judged only when the minimum pay is known (an apprentice's age told); an unknown pay does not
 * make the aid "depends": its summary already states the threshold. The threshold is a net amount and the minimum a
 * gross one: a gross minimum under it is under it net too; at or above it the aid is not ruled out.
 */
function payTest(c: AidConditions, p: AidProfile): Test {
  if (c.pay_min_net === undefined || p.minimumPay === undefined || p.smicGrossHourly === undefined) return OK;
  const threshold = smicHoursAmount(p.smicGrossHourly, c.pay_min_net);
  const { percent, gross, year } = p.minimumPay;
  return gross >= threshold ? OK : { ok: false, reason: { code: 'pay_below_threshold', threshold, percent, gross, year } };
}

type RowMatch = 'match' | 'mismatch' | { unknown: ProfileField[] };

function matchRow(when: AmountWhen, p: AidProfile, assumptions: Set<Assumption>): RowMatch {
  const unknown: ProfileField[] = [];
  const ranges: [IntRange | undefined, number | undefined, ProfileField][] = [
    [when.age, p.age, 'age'],
    [when.level, p.level, 'level'],
    [when.company_size, p.companySize, 'companySize'],
  ];
  for (const [range, value, field] of ranges) {
    if (!range) continue;
    if (value === undefined) unknown.push(field);
    else if (!inRange(value, range)) return 'mismatch';
  }
  if (when.disability !== undefined) {
    // Disability is declared, not guessed: without a declaration we read "no disability" and say so.
    if (p.disability === undefined) assumptions.add('disability_not_declared');
    if ((p.disability ?? false) !== when.disability) return 'mismatch';
  }
  return unknown.length > 0 ? { unknown } : 'match';
}

type ItemResolution =
  | { kind: 'resolved'; amount: ResolvedAmount }
  | { kind: 'depends'; missing: ProfileField[]; candidates: AmountCandidate[] }
  | { kind: 'none' };

function resolveItem(item: AmountItem, p: AidProfile, assumptions: Set<Assumption>): ItemResolution {
  const base = { id: item.id, label: item.label };
  switch (item.kind) {
    case 'fixed':
      return { kind: 'resolved', amount: { ...base, kind: 'fixed', value: item.value, period: item.period, isMaximum: item.is_maximum } };
    case 'range':
      return { kind: 'resolved', amount: { ...base, kind: 'range', min: item.min, max: item.max, period: item.period } };
    case 'percent':
      return { kind: 'resolved', amount: { ...base, kind: 'percent', value: item.value, of: item.of } };
    case 'variable':
      return { kind: 'resolved', amount: { ...base, kind: 'variable' } };
    case 'table': {
      const pending: AmountCandidate[] = [];
      const missing = new Set<ProfileField>();
      for (const row of item.rows) {
        const m = matchRow(row.when, p, assumptions);
        if (m === 'mismatch') continue;
        const candidate = { when: row.when, value: row.value, scheme: row.scheme };
        if (m === 'match') {
          if (pending.length === 0) {
            return {
              kind: 'resolved',
              amount: { ...base, kind: 'table', value: row.value, period: item.period, isMaximum: item.is_maximum, scheme: row.scheme, condition: row.condition },
            };
          }
          pending.push(candidate);
          break;
        }
        m.unknown.forEach((f) => missing.add(f));
        pending.push(candidate);
      }
      return pending.length > 0 ? { kind: 'depends', missing: [...missing], candidates: pending } : { kind: 'none' };
    }
  }
}

/** Fills what the profile implies: the level from the diploma type. */
function completeProfile(profile: AidProfile): AidProfile {
  const out = { ...profile };
  if (out.level === undefined && out.diplomaType !== undefined) out.level = levelFromDiplomaType(out.diplomaType);
  return out;
}

/**
 * The status a person stated decides. Without one, the contract the conversation is about implies a status (an
 * apprenticeship: an apprentice), but only to let an aid through: someone who asks about apprenticeship may still be
 * looking for a contract ("un jeune de 23 ans sans emploi cherche un apprentissage"), so an aid for people without a
 * job or training is "depends on the situation" for them, never "not for you".
 */
function statusTest(p: AidProfile, allowed: PersonStatus[] | undefined): Test {
  if (!allowed || p.status !== undefined) return listTest(p.status, allowed, 'status', (a) => ({ code: 'status_not_covered', allowed: a }));
  const implied: PersonStatus | undefined = p.contractType === undefined ? undefined : p.contractType === 'apprentissage' ? 'apprenti' : 'alternant_pro';
  return implied !== undefined && allowed.includes(implied) ? OK : { ok: 'unknown', field: 'status' };
}

/** One aid against one profile. `today` is an ISO date; injected so that the rule stays pure and testable. */
export function evaluateAid(aid: Aid, rawProfile: AidProfile, today: string): AidEvaluation {
  const head = { aidId: aid.id, who: aid.who };
  // An aid for contracts signed within a window is judged on the contract's date, not on today: a contract signed on
  // 15 February 2026 falls under the rules of that time even though they have ended since, and a planned one under
  // the rules that will cover it. The window test below says whether the date falls inside.
  const byContractDate = aid.conditions.contract_concluded !== undefined && rawProfile.contractConcluded !== undefined;
  const period = byContractDate ? 'current' : aidStatus(aid, today);
  if (period === 'ended' && aid.valid_to !== null) {
    return { ...head, status: 'ended', endedOn: aid.valid_to, ...(aid.replaced_by ? { replacedBy: aid.replaced_by } : {}) };
  }
  if (period === 'upcoming' && aid.valid_from !== null) return { ...head, status: 'upcoming', opensOn: aid.valid_from };

  const profile = completeProfile(rawProfile);
  const ctx: Context = { profile, concluded: profile.contractConcluded, start: profile.contractStart, assumptions: new Set() };
  if (profile.contractType === undefined && aid.conditions.contract_types) {
    profile.contractType = 'apprentissage';
    if (profile.status === undefined) profile.status = 'apprenti';
    ctx.assumptions.add('apprenticeship_contract');
  }
  if (profile.employerSector === undefined && aid.conditions.employer_sector) {
    profile.employerSector = 'prive';
    ctx.assumptions.add('private_employer');
  }
  const tests = conditionTests(aid.conditions, ctx, today);
  const reasons = tests.flatMap((t) => (t.ok === false ? [t.reason] : []));
  if (reasons.length > 0) return { ...head, status: 'not_eligible', reasons };

  const missing = new Set<ProfileField>(tests.flatMap((t) => (t.ok === 'unknown' ? [t.field] : [])));
  const amounts: ResolvedAmount[] = [];
  const candidates: AmountCandidate[] = [];
  for (const item of aid.amount) {
    const r = resolveItem(item, profile, ctx.assumptions);
    if (r.kind === 'resolved') amounts.push(r.amount);
    else if (r.kind === 'depends') {
      r.missing.forEach((f) => missing.add(f));
      candidates.push(...r.candidates);
    } else if (missing.size === 0) {
      return { ...head, status: 'not_eligible', reasons: [{ code: 'no_amount_for_profile' }] };
    }
  }
  const assumptions = [...ctx.assumptions];
  if (missing.size > 0) return { ...head, status: 'unknown', missing: [...missing], amounts, candidates, assumptions };
  return { ...head, status: 'eligible', amounts, assumptions };
}

/** Every aid against the profile, in the file's order. Ended aids come back as `ended`, never as eligible. */
export function evaluateAids(aids: readonly Aid[], profile: AidProfile, today: string): AidEvaluation[] {
  return aids.map((aid) => evaluateAid(aid, profile, today));
}

/** The ISO day after `day`. */
function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

export interface DateSpan {
  from: string;
  to: string;
}

/**
 * Cuts the days a contract may have been signed ("en mars 2026": 1-31 March) where an aid's contract window opens
 * or closes, so that within each part every aid reads the same: 1-7 March and 8-31 March 2026. One part when no
 * window changes inside the span.
 */
export function contractDateSegments(aids: readonly Aid[], span: DateSpan): DateSpan[] {
  const cuts = new Set<string>();
  for (const aid of aids) {
    const w = aid.conditions.contract_concluded;
    if (!w) continue;
    if (w.from !== undefined && w.from > span.from && w.from <= span.to) cuts.add(w.from);
    if (w.to !== undefined) {
      const after = nextDay(w.to);
      if (after > span.from && after <= span.to) cuts.add(after);
    }
  }
  const starts = [span.from, ...[...cuts].sort()];
  return starts.map((from, i) => {
    const nextStart = starts[i + 1];
    if (nextStart === undefined) return { from, to: span.to };
    const d = new Date(`${nextStart}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() - 1);
    return { from, to: d.toISOString().slice(0, 10) };
  });
}

/** The aids whose contract window contains the day: the rules "of that time" for a contract signed then. */
export function aidsCoveringContractDate(aids: readonly Aid[], day: string): Aid[] {
  return aids.filter((aid) => {
    const w = aid.conditions.contract_concluded;
    return w !== undefined && (w.from === undefined || w.from <= day) && (w.to === undefined || day <= w.to);
  });
}

/** First and last days covered by the aids' contract windows, for "my sources go from … to …". */
export function contractWindowBounds(aids: readonly Aid[]): DateSpan | undefined {
  const windows = aids.flatMap((a) => (a.conditions.contract_concluded ? [a.conditions.contract_concluded] : []));
  const froms = windows.map((w) => w.from).filter((d): d is string => d !== undefined).sort();
  const tos = windows.map((w) => w.to).filter((d): d is string => d !== undefined).sort();
  const from = froms[0];
  const to = tos[tos.length - 1];
  return from !== undefined && to !== undefined ? { from, to } : undefined;
}

export type HiringAidAmount =
  | { kind: 'amount'; value: number; isMaximum: boolean; scheme?: string | undefined }
  | { kind: 'depends'; missing: ProfileField[]; candidates: AmountCandidate[] }
  | { kind: 'none' };

/**
 * The employer hiring aid's amount for a company size, an RNCP level and a disability flag, read from the
 * aid's amount table (first row that matches). Unknown size or level gives the possible amounts.
 */
export function employerHiringAidAmount(
  aid: Aid,
  input: { companySize?: number | undefined; level?: number | undefined; disability?: boolean | undefined },
): HiringAidAmount {
  const item = aid.amount.find((i) => i.kind === 'table' || i.kind === 'fixed');
  if (!item) return { kind: 'none' };
  const r = resolveItem(item, { companySize: input.companySize, level: input.level, disability: input.disability }, new Set());
  if (r.kind === 'none') return r;
  if (r.kind === 'depends') return r;
  const a = r.amount;
  if (a.kind === 'table') return { kind: 'amount', value: a.value, isMaximum: a.isMaximum, scheme: a.scheme };
  if (a.kind === 'fixed') return { kind: 'amount', value: a.value, isMaximum: a.isMaximum };
  return { kind: 'none' };
}
