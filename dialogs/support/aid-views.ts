import { formatDateFr, formatNumberFr } from '../../src/knowledge/messages.js';
import type { Aid, AmountWhen, IntRange } from '../../src/knowledge/schema/aid.js';
import type { AidEvaluation, AidProfile, AmountCandidate, NotEligibleReason, ResolvedAmount } from '../../src/rules/aids.js';
import type { CardFact } from './replies.js';
import type { Persona } from '../../src/knowledge/schema/vocabulary.js';
import type { Profile } from './state.js';
import type { Parameters } from '../../src/knowledge/schema/parameters.js';
import { minimumPayOf } from './person-conditions.js';
import { checkedSourceLine } from './knowledge-views.js';
import { registerOfTurn, say, type Turn } from './turn.js';

/**
 * Whose aids to list: the person's own, or, for an adviser, those of the young person they ask for (the employer's
 * only when the adviser asks about them). Without a persona, a head count means an employer, else a young person.
 */
export function aidAudience(profile: Profile, asksEmployerAids = false): Persona {
  if (profile.persona === 'conseiller') return asksEmployerAids ? 'employeur' : 'jeune';
  return profile.persona ?? (profile.companySize !== undefined ? 'employeur' : 'jeune');
}

/** The aid rules' view of what the conversation knows. */
export function aidProfileOf(profile: Profile, signedOn?: string, params?: Parameters): AidProfile {
  // The rules derive the level from the diploma type when it is not known.
  return {
    // A looser date ("en mars 2026") is read on its first day unless the caller splits it (see AidesDialog).
    contractConcluded: signedOn ?? profile.contractConcluded?.from,
    contractStart: profile.contractStart,
    persona: profile.persona,
    age: profile.age,
    ageBand: profile.ageBand,
    level: profile.levelAimed,
    diplomaType: profile.diplomaType,
    companySize: profile.companySize,
    disability: profile.disability,
    employerSector: profile.employerSector,
    contractType: profile.contractType,
    status: profile.status,
    // An aid's pay threshold is checked against the legal minimum of the person's age and year.
    minimumPay: params ? minimumPayOf(params, profile) : undefined,
    smicGrossHourly: params?.smic.gross_hourly,
  };
}

function euros(value: number): string {
  return `${formatNumberFr(value)} €`;
}

function periodSuffix(turn: Turn, period: string): string {
  return period === 'once' ? '' : ` ${say(turn, `amount.period.${period}`)}`;
}

/** An amount as a table row: its label ("Aide de l'État") and what it brings ("5 000 € au plus pour la 1re année"). */
export function resolvedAmountFact(turn: Turn, a: ResolvedAmount): CardFact {
  switch (a.kind) {
    case 'fixed':
    case 'table':
      return { title: a.label, value: `${a.isMaximum ? say(turn, 'amount.up_to', { amount: euros(a.value) }) : euros(a.value)}${periodSuffix(turn, a.period)}` };
    case 'range':
      return { title: a.label, value: `${say(turn, 'amount.range', { min: euros(a.min), max: euros(a.max) })}${periodSuffix(turn, a.period)}` };
    case 'percent':
      return { title: a.label, value: say(turn, 'amount.percent', { percent: a.value, of: a.of }) };
    case 'variable':
      return { title: a.label, value: say(turn, 'amount.variable') };
  }
}

/** "5 000 € au plus pour la 1re année", "21 € par nuit", "montant calculé au cas par cas". */
export function formatResolvedAmount(turn: Turn, a: ResolvedAmount): string {
  const f = resolvedAmountFact(turn, a);
  return `${f.title} : ${f.value}`;
}

/** `amount.when.*` reads as a phrase ("entreprise de moins de 250 salariés"), `amount.row.*` as a table row's title. */
type WhenStyle = 'when' | 'row';

function rangeText(turn: Turn, r: IntRange | undefined, kind: 'size' | 'level' | 'age', style: WhenStyle = 'when'): string | undefined {
  if (!r) return undefined;
  if (kind === 'size') {
    if (r.max !== undefined && r.min === undefined) return say(turn, `amount.${style}.size_below`, { n: r.max + 1 });
    if (r.min !== undefined && r.max === undefined) return say(turn, `amount.${style}.size_from`, { n: r.min });
    return say(turn, `amount.${style}.size_between`, { min: r.min ?? 0, max: r.max ?? 0 });
  }
  if (kind === 'level') {
    const from = say(turn, `label.level.${r.min ?? 3}`);
    const to = say(turn, `label.level.${r.max ?? 7}`);
    return r.min === r.max ? say(turn, `amount.${style}.level_is`, { level: from }) : say(turn, `amount.${style}.level_between`, { from, to });
  }
  if (r.max !== undefined && r.min === undefined) return say(turn, 'amount.when.age_below', { n: r.max + 1 });
  if (r.min !== undefined && r.max === undefined) return say(turn, 'amount.when.age_from', { n: r.min });
  return say(turn, 'amount.when.age_between', { min: r.min ?? 0, max: r.max ?? 0 });
}

/** "entreprise de moins de 250 salariés, diplôme de niveau CAP à bac" */
export function formatWhen(turn: Turn, when: AmountWhen, style: WhenStyle = 'when'): string {
  const parts = [
    when.disability ? say(turn, 'amount.when.disability') : undefined,
    rangeText(turn, when.company_size, 'size', style),
    rangeText(turn, when.level, 'level', style),
    rangeText(turn, when.age, 'age', style),
  ].filter((p): p is string => p !== undefined);
  return parts.join(', ');
}

export function formatCandidate(turn: Turn, c: AmountCandidate): string {
  const condition = formatWhen(turn, c.when);
  return condition ? `${euros(c.value)} : ${condition}` : euros(c.value);
}

/** More possible amounts than this in a list's line, and they are said as one range per company size. */
export const MAX_CANDIDATES_IN_LINE = 3;

/**
 * The possible amounts of an aid in a list's line: each with its condition when they are few; else one range per
 * company size ("de 2 000 € à 5 000 € : entreprise de moins de 250 salariés"), the question that narrows them asked
 * under the list, and the whole table one tap away on the aid's own card (its quick reply). Issue 12 §5: the employer's
 * line carried every size and level (six amounts) before the size was known.
 */
export function compactCandidates(turn: Turn, candidates: readonly AmountCandidate[]): string[] {
  const groups = rangesBySize(turn, candidates, 'when');
  if (!groups) return candidates.map((c) => formatCandidate(turn, c));
  return groups.map(({ size, amount }) => (size ? `${amount} : ${size}` : amount));
}

/**
 * The possible amounts of an aid's own card as one table row per company size, its range as the value, while the size
 * is not known (issue 12 §5: six rows of every size and level); undefined when they are few enough to show whole.
 */
export function candidateFactsBySize(turn: Turn, candidates: readonly AmountCandidate[]): CardFact[] | undefined {
  return rangesBySize(turn, candidates, 'row')?.map(({ size, amount }) => ({ title: size, value: amount }));
}

/** More than MAX_CANDIDATES_IN_LINE candidates grouped by company size, each group as its lowest to highest amount. */
function rangesBySize(turn: Turn, candidates: readonly AmountCandidate[], style: WhenStyle): { size: string; amount: string }[] | undefined {
  if (candidates.length <= MAX_CANDIDATES_IN_LINE) return undefined;
  const bySize = new Map<string, number[]>();
  for (const c of candidates) {
    const size = formatWhen(turn, { ...(c.when.disability ? { disability: c.when.disability } : {}), ...(c.when.company_size ? { company_size: c.when.company_size } : {}) }, style);
    bySize.set(size, [...(bySize.get(size) ?? []), c.value]);
  }
  if (bySize.size >= candidates.length || [...bySize.keys()].some((size) => size === '')) return undefined;
  return [...bySize].map(([size, values]) => {
    const min = Math.min(...values);
    const max = Math.max(...values);
    return { size, amount: min === max ? euros(min) : say(turn, 'amount.range', { min: euros(min), max: euros(max) }) };
  });
}

/**
 * A possible amount as a table row: the situation in a phone's width ("moins de 250 salariés, CAP à bac") and the
 * amount. The table's place in the card says what the words stand for.
 */
export function candidateFact(turn: Turn, c: AmountCandidate): CardFact | undefined {
  const condition = formatWhen(turn, c.when, 'row');
  return condition ? { title: condition, value: euros(c.value) } : undefined;
}

/** Why an aid does not apply, in one short clause per reason. */
export function formatReason(turn: Turn, r: NotEligibleReason): string {
  switch (r.code) {
    case 'too_young':
      return say(turn, 'aids.reason.too_young', { min: r.min });
    case 'too_old':
      return say(turn, 'aids.reason.too_old', { max: r.max });
    case 'level_too_low':
      return say(turn, 'aids.reason.level_too_low', { level: say(turn, `label.level.${r.min}`) });
    case 'level_too_high':
      return say(turn, 'aids.reason.level_too_high', { level: say(turn, `label.level.${r.max}`) });
    case 'company_too_small':
      return say(turn, 'aids.reason.company_too_small', { min: r.min });
    case 'company_too_large':
      return say(turn, 'aids.reason.company_too_large', { n: r.max + 1 });
    case 'contract_concluded_too_early':
      return say(turn, 'aids.reason.contract_too_early', { date: formatDateFr(r.from) });
    case 'contract_concluded_too_late':
      return say(turn, 'aids.reason.contract_too_late', { date: formatDateFr(r.to) });
    case 'contract_start_too_late':
      return say(turn, 'aids.reason.contract_start_too_late', { date: formatDateFr(r.before) });
    case 'pay_below_threshold':
      return r.year === undefined
        ? say(turn, 'aids.reason.pay_below_threshold_any_year', { threshold: formatNumberFr(r.threshold), percent: r.percent, gross: formatNumberFr(r.gross) })
        : say(turn, 'aids.reason.pay_below_threshold', { threshold: formatNumberFr(r.threshold), percent: r.percent, gross: formatNumberFr(r.gross), year: say(turn, `label.year.${r.year}`) });
    case 'employer_sector_not_covered':
      // Say which employers it is for: "public ou privé" left a town hall guessing.
      return r.allowed.length === 1 ? say(turn, `aids.reason.employer_sector_only_${r.allowed[0]}`) : say(turn, 'aids.reason.employer_sector_not_covered');
    default:
      return say(turn, `aids.reason.${r.code}`);
  }
}

/** One line of an aid list: its title and what it brings to this profile. */
export function aidLine(turn: Turn, aid: Aid, evaluation: AidEvaluation): string {
  if (evaluation.status === 'eligible') {
    const amounts = evaluation.amounts.map((a) => formatResolvedAmount(turn, a)).join(' ; ');
    // A condition tied to the amount found (a large firm's commitment, or repay) is said with it, not behind a tap.
    const conditions = evaluation.amounts.flatMap((a) => (a.kind === 'table' && a.condition ? [say(turn, 'aids.row_condition', { condition: a.condition })] : []));
    return conditions.length > 0 ? `• ${aid.title} — ${amounts}. ${conditions.join(' ')}` : `• ${aid.title} — ${amounts}`;
  }
  if (evaluation.status === 'unknown') {
    const parts = [
      ...evaluation.amounts.map((a) => formatResolvedAmount(turn, a)),
      ...compactCandidates(turn, evaluation.candidates),
    ];
    return `• ${aid.title} — ${parts.length > 0 ? parts.join(' ; ') : aid.amount.map((a) => a.label).join(', ')}`;
  }
  return `• ${aid.title}`;
}

/** Who an aid's text speaks to, for each persona (an adviser is none of its readers). */
const AID_READER_OF: Partial<Record<Persona, Aid['who'][number]>> = { jeune: 'jeune', parent: 'famille', employeur: 'employeur' };

/**
 * The register of an aid's own text (summary, how to apply) for this reader: its `tu` speaks to the people the aid is
 * for ("si tu as moins de 30 ans… ton loyer"); a parent, an employer or an adviser who writes tu, for an aid that is
 * not theirs, gets its `vous`, written of the apprentice in the third person.
 */
export function aidTextRegister(turn: Turn, aid: Aid): 'tu' | 'vous' {
  const register = registerOfTurn(turn);
  const persona = turn.data.profile.persona;
  if (register === 'vous' || persona === undefined || persona === 'jeune') return register;
  const reader = AID_READER_OF[persona];
  return reader !== undefined && aid.who.includes(reader) ? register : 'vous';
}

export function aidSummary(turn: Turn, aid: Aid): string {
  return aid.summary[aidTextRegister(turn, aid)];
}

/** How to apply for an aid, spoken to its reader (aidTextRegister). */
export function aidHowToApply(turn: Turn, aid: Aid): string {
  return aid.how_to_apply[aidTextRegister(turn, aid)];
}

export function aidSourceLine(turn: Turn, aid: Aid): string {
  return checkedSourceLine(turn, aid.source, aid.verified_on);
}
