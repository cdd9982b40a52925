import { formatDateFr, formatNumberFr } from '../knowledge/messages.js';
import type { Knowledge } from '../knowledge/snapshot.js';
import type { Aid, AmountItem } from '../knowledge/schema/aid.js';
import type { Diploma } from '../knowledge/schema/diploma.js';
import type { Establishment } from '../knowledge/schema/establishment.js';
import type { FaqEntry } from '../knowledge/schema/faq.js';
import { tradeDiplomaIds, type Trade } from '../knowledge/schema/trade.js';
import { apprenticeMonthlyPay } from '../rules/salary.js';
import { ADVISER_STRINGS as S, fill } from './strings.fr.js';

export type AnswerKind = 'salary' | 'faq' | 'aid' | 'trade' | 'diploma' | 'establishment';

export interface AnswerSource {
  producer: string;
  url: string | null;
  title: string | null;
}

/**
 * One answer card of the console: the vetted text (the `vous` form, fit for a parent or an employer on the phone),
 * details, sources, the date of the fact, a warning when it is out of date, and `plain`: the text the "copier"
 * button puts on the clipboard, ready to paste in a mail or an SMS.
 */
export interface AdviserAnswer {
  /** Permalink id: `faq:<id>`, `aid:<id>`, `trade:<ROME>`, `diploma:<id>`, `establishment:<UAI>`, `salary:<age>[-<year>]`. */
  id: string;
  kind: AnswerKind;
  title: string;
  text: string;
  lines: string[];
  sources: AnswerSource[];
  /** ISO date of the fact (verified on, or date of the data). */
  date: string;
  /** "vérifié le 27 novembre 2026" / "données du 28 juin 2024". */
  dateLabel: string;
  warning: string | null;
  plain: string;
}

type Draft = Omit<AdviserAnswer, 'plain'>;

/** The text to paste: title, answer, details, warning, then sources with the date. */
export function plainText(a: Draft): string {
  const parts = [a.title, a.text, ...a.lines];
  if (a.warning) parts.push(a.warning);
  const src = a.sources.map((s) => [s.producer, s.url].filter(Boolean).join(' — ')).join(' ; ');
  parts.push(`${S.sourcePrefix} : ${src} (${a.dateLabel}).`);
  return parts.filter((p) => p.trim().length > 0).join('\n');
}

function finish(d: Draft): AdviserAnswer {
  return { ...d, plain: plainText(d) };
}

const verified = (iso: string): string => fill(S.verifiedOn, { date: formatDateFr(iso) });
const dataOf = (iso: string): string => fill(S.dataOf, { date: formatDateFr(iso) });
const euros = (v: number): string => `${formatNumberFr(v)} €`;

// ---------------------------------------------------------------- FAQ

export function faqAnswer(entry: FaqEntry): AdviserAnswer {
  return finish({
    id: `faq:${entry.id}`,
    kind: 'faq',
    title: entry.questions[0] ?? entry.id,
    text: entry.answer.vous,
    lines: entry.details ? [entry.details.vous] : [],
    sources: entry.sources.map((s) => ({ producer: s.producer, url: s.url, title: s.title ?? null })),
    date: entry.verified_on,
    dateLabel: verified(entry.verified_on),
    warning: null,
  });
}

// ---------------------------------------------------------------- aids

function amountLine(k: Knowledge, item: AmountItem): string {
  const m = (key: string, p: Record<string, string | number> = {}): string => k.messages.render(key, 'vous', p);
  const period = item.period === 'once' ? '' : ` ${m(`amount.period.${item.period}`)}`;
  switch (item.kind) {
    case 'fixed':
      return `${item.label} : ${item.is_maximum ? m('amount.up_to', { amount: euros(item.value) }) : euros(item.value)}${period}`;
    case 'range':
      return `${item.label} : ${m('amount.range', { min: euros(item.min), max: euros(item.max) })}${period}`;
    case 'table': {
      const values = item.rows.map((r) => r.value);
      const [min, max] = [Math.min(...values), Math.max(...values)];
      const figure = min === max ? euros(min) : m('amount.range', { min: euros(min), max: euros(max) });
      return `${item.label} : ${item.is_maximum ? m('amount.up_to', { amount: figure }) : figure}${period}`;
    }
    case 'percent':
      return `${item.label} : ${m('amount.percent', { percent: item.value, of: item.of })}`;
    case 'variable':
      return `${item.label} : ${m('amount.variable')}`;
  }
}

export function aidAnswer(k: Knowledge, aid: Aid, today: string): AdviserAnswer {
  const lines = [
    ...aid.amount.map((a) => amountLine(k, a)),
    fill(S.aidFor, { who: aid.who.map((w) => S.aidWho[w] ?? w).join(', '), provider: aid.provider }),
  ];
  if (aid.other_conditions.length > 0) lines.push(fill(S.aidOther, { list: aid.other_conditions.join(' ; ') }));
  lines.push(k.messages.render('aids.how_to_apply', 'vous', { how: aid.how_to_apply.vous }));
  if (aid.valid_to && aid.valid_to >= today) lines.push(k.messages.render('aids.valid_until', 'vous', { date: formatDateFr(aid.valid_to) }));
  if (aid.dates_note) lines.push(aid.dates_note);
  let warning: string | null = null;
  if (aid.valid_to && aid.valid_to < today) {
    warning = aid.dates_approximate ? S.aidEndedUndated : fill(S.aidEnded, { date: formatDateFr(aid.valid_to) });
    const next = aid.replaced_by ? k.aids.find((a) => a.id === aid.replaced_by) : undefined;
    if (next) warning += ` ${fill(S.aidReplacedBy, { title: next.title })}`;
  } else if (aid.valid_from && aid.valid_from > today) {
    warning = fill(S.aidUpcoming, { date: formatDateFr(aid.valid_from) });
  }
  return finish({
    id: `aid:${aid.id}`,
    kind: 'aid',
    title: aid.title,
    text: aid.summary.vous,
    lines,
    sources: [aid.source, ...aid.see_also].map((s) => ({ producer: s.producer, url: s.url, title: s.title ?? null })),
    date: aid.verified_on,
    dateLabel: verified(aid.verified_on),
    warning,
  });
}

// ---------------------------------------------------------------- imported records (trades, diplomas, establishments)

type SourceMap = Knowledge['tradeSources'];

function importedSources(map: SourceMap, ids: readonly string[]): { sources: AnswerSource[]; date: string } {
  const found = ids.flatMap((id) => (map[id] ? [map[id]] : []));
  // The oldest data behind the card is the date that matters for trust.
  const date = found.map((s) => s.data_date).sort()[0] ?? '';
  return { sources: found.map((s) => ({ producer: s.producer, url: s.url ?? null, title: null })), date };
}

function latestOutcome(d: Diploma): string | null {
  const o = (d.outcomes ?? [])
    .filter((x) => x.route === 'apprentissage' && (x.rate_12m !== undefined || x.rate_6m !== undefined))
    .sort((a, b) => b.cohort.localeCompare(a.cohort))[0];
  if (!o) return null;
  return fill(S.diplomaOutcome, { rate: o.rate_12m ?? o.rate_6m ?? 0, months: o.rate_12m !== undefined ? 12 : 6, cohort: o.cohort });
}

const LIST_MAX = 8;

function capped(items: string[]): string[] {
  return items.length <= LIST_MAX ? items : [...items.slice(0, LIST_MAX), fill(S.moreItems, { count: items.length - LIST_MAX })];
}

export function tradeAnswer(k: Knowledge, trade: Trade): AdviserAnswer {
  const diplomas = tradeDiplomaIds(trade)
    .map((id) => k.diplomas.get(id))
    .filter((d): d is Diploma => d !== undefined)
    .sort((a, b) => Number(k.establishmentsByDiploma.has(b.id)) - Number(k.establishmentsByDiploma.has(a.id)) || a.level - b.level);
  const lines: string[] = [];
  if (trade.domains) lines.push(fill(S.tradeDomains, { list: trade.domains.join(', ') }));
  if (diplomas.length > 0) {
    lines.push(k.messages.render('trade.diplomas_title', 'vous'));
    lines.push(...capped(diplomas.map((d) => `• ${k.messages.render('diploma.line', 'vous', { title: d.title, level: d.level })}`)));
  } else lines.push(S.tradeNoDiploma);
  const { sources, date } = importedSources(k.tradeSources, trade.sources);
  const short = trade.label.split(' / ')[0] ?? trade.label;
  return finish({
    id: `trade:${trade.code}`,
    kind: 'trade',
    title: fill(S.tradeTitle, { label: trade.label }),
    text:
      diplomas[0] !== undefined
        ? k.messages.render('trade.answer', 'vous', { trade: short, first: diplomas[0].title })
        : fill(S.tradeText, { label: trade.label, code: trade.code }),
    lines,
    sources,
    date,
    dateLabel: dataOf(date),
    warning: null,
  });
}

export function diplomaAnswer(k: Knowledge, d: Diploma): AdviserAnswer {
  const lines: string[] = [];
  const outcome = latestOutcome(d);
  if (outcome) lines.push(outcome);
  const places = k.establishmentsByDiploma.get(d.id) ?? [];
  if (places.length > 0) {
    lines.push(fill(S.diplomaWhere, { count: places.length }));
    lines.push(...capped(places.map((e) => `• ${e.name} (${k.communes.get(e.commune)?.name ?? e.commune})`)));
  }
  const { sources, date } = importedSources(k.diplomaSources, d.sources);
  return finish({
    id: `diploma:${d.id}`,
    kind: 'diploma',
    title: d.title,
    text: fill(S.diplomaText, { type: d.type, level: d.level, apprenticeship: d.apprenticeship ? S.diplomaOpen : S.diplomaClosed }),
    lines,
    sources,
    date,
    dateLabel: dataOf(date),
    warning: d.active ? null : S.diplomaInactive,
  });
}

export function establishmentAnswer(k: Knowledge, e: Establishment, today: string): AdviserAnswer {
  const place = [e.postcode, k.communes.get(e.commune)?.name].filter(Boolean).join(' ') || e.commune;
  const lines: string[] = [];
  if (e.address) lines.push(fill(S.establishmentAddress, { address: e.address }));
  const offers = e.offers.flatMap((o) => {
    const d = k.diplomas.get(o.diploma);
    return d ? [{ d, year: o.year }] : [];
  });
  if (offers.length > 0) {
    lines.push(fill(S.establishmentOffers, { count: offers.length }));
    lines.push(...capped(offers.map(({ d, year }) => `• ${k.messages.render('training.offer', 'vous', { title: d.title, year: String(year) })}`)));
  } else lines.push(S.establishmentNoOffer);
  const newest = Math.max(0, ...e.offers.map((o) => o.year));
  // Data older than a year is shown with its date (DESIGN §4).
  const warning = newest > 0 && newest < Number(today.slice(0, 4)) - 1 ? fill(S.establishmentStale, { year: newest }) : null;
  const { sources, date } = importedSources(k.establishmentSources, e.sources);
  return finish({
    id: `establishment:${e.uai}`,
    kind: 'establishment',
    title: e.name,
    text: fill(S.establishmentText, { name: e.name, place }),
    lines,
    sources,
    date,
    dateLabel: dataOf(date),
    warning,
  });
}

// ---------------------------------------------------------------- salary (computed by the bot's own rule)

/** The bot's salary answer for an age (and contract year); undefined when the grid has no answer. */
export function salaryAnswer(k: Knowledge, age: number, year?: number): AdviserAnswer | undefined {
  const params = k.parameters;
  const r = apprenticeMonthlyPay(params, { age, year });
  if (r.kind === 'out_of_range') return undefined;
  const m = (key: string, p: Record<string, string | number> = {}): string => k.messages.render(key, 'vous', p);
  const yearLabel = (y: number): string => m(`label.year.${y}`);
  const lines =
    r.kind === 'apprentice_pay'
      ? [m('salary.table_line', { year_label: yearLabel(r.year), gross: r.gross, percent: r.percent })]
      : r.lines.map((l) => m('salary.table_line', { year_label: yearLabel(l.year), gross: l.gross, percent: l.percent }));
  if (r.rule.basis === 'smic_or_collective_minimum') lines.push(m('salary.collective_note'));
  lines.push(m('salary.gross_note'));
  const text =
    r.kind === 'apprentice_pay'
      ? m('salary.answer.year', { age, year_label: yearLabel(r.year), gross: r.gross, percent: r.percent })
      : m('salary.answer.table', { age });
  const smic = params.smic;
  return finish({
    id: `salary:${age}${r.kind === 'apprentice_pay' ? `-${r.year}` : ''}`,
    kind: 'salary',
    title: m('salary.card_title'),
    text,
    lines,
    sources: [
      { producer: params.apprentice_pay.source.producer, url: params.apprentice_pay.source.url ?? null, title: null },
      { producer: smic.source.producer, url: smic.source.url ?? null, title: null },
    ],
    date: r.rule.dataDate,
    dateLabel: `${dataOf(r.rule.dataDate)} ; ${fill(S.smicOf, { smic: formatNumberFr(smic.gross_monthly), date: formatDateFr(smic.value_date) })}`,
    warning: null,
  });
}
