import type { AidsFile, AmountItem, IntRange } from './schema/aid.js';
import type { AliasesFile } from './schema/alias.js';
import type { ContactsFile } from './schema/contact.js';
import type { FaqFile } from './schema/faq.js';
import type { InterestsFile } from './schema/interest.js';
import type { MessagesFile } from './schema/messages.js';
import type { Parameters } from './schema/parameters.js';
import type { MessagesSourcesFile } from './schema/sources-policy.js';

/**
 * The facts a reviewer must check against a source: amounts, rates, ages and dates. They are read from the
 * structured fields of the hand-written files and from their prose, so that `npm run kb:facts` lists them in one
 * table and `npm run kb:check` can refuse a fact whose record has no primary source.
 */
export type FactKind = 'amount' | 'percent' | 'age' | 'date' | 'duration';

/** The files whose records are written (or, for the parameters, generated) with their own sources. */
export interface HandwrittenFiles {
  aides: AidsFile;
  faq: FaqFile;
  contacts: ContactsFile;
  interets: InterestsFile;
  metiersFamiliers: AliasesFile;
  parametres: Parameters;
  messages: MessagesFile;
  messagesSources: MessagesSourcesFile;
}
export type HandwrittenFileKey = keyof HandwrittenFiles;

export interface FactInRecord {
  /** Where the fact is written, as a data path in its file. */
  path: PropertyKey[];
  kind: FactKind;
  /** As a reader sees it: "6 000 €", "27 %", "16 à 29 ans", "2026-12-31", "21 février 2026". */
  value: string;
}

export interface CitedSource {
  url?: string | undefined;
  /** A file of ../shared/data. */
  file?: string | undefined;
  secondary: boolean;
  /** The file and data path of the source, to locate errors. */
  fileKey: HandwrittenFileKey;
  path: PropertyKey[];
}

export interface HandwrittenRecord {
  /** The file the record (and its facts) is written in. */
  fileKey: HandwrittenFileKey;
  path: PropertyKey[];
  /** "aide-embauche-apprenti-2026", "salary.too_young", "smic". */
  id: string;
  verifiedOn: string | undefined;
  sources: CitedSource[];
  /** Must be primary by itself: the one source an aid's card shows. */
  mainSource?: CitedSource | undefined;
  facts: FactInRecord[];
}

// ---------------------------------------------------------------- facts in prose

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const MONTH_ALT = 'janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre';
const SPACE = '[ \\u00a0\\u202f]';
const AMOUNT = new RegExp(`(?<![\\d,])(\\d{1,3}(?:${SPACE}\\d{3})+|\\d+)(,\\d{1,2})?${SPACE}?(?:€|euros?\\b)`, 'gu');
const PERCENT = new RegExp(`(?<![\\d,])(\\d+(?:,\\d+)?)${SPACE}?%`, 'gu');
const AGE = new RegExp(`(?<![\\d,])(?:(\\d{1,2})${SPACE}?(?:-|à|et|ou)${SPACE}?)?(\\d{1,2})${SPACE}ans\\b`, 'gu');
const FULL_DATE = new RegExp(`\\b(1er|\\d{1,2})${SPACE}(${MONTH_ALT})(?:${SPACE}(\\d{4}))?\\b`, 'giu');
const YEAR = /(?<![\d/.-])(19\d{2}|20\d{2})(?:\s?[-–]\s?(19\d{2}|20\d{2}))?(?![\d/.])/gu;

/** Ages of people start here: "3 ans" in this domain is a duration (a contract of 6 months to 3 years), not an age. */
const MIN_AGE = 14;

/**
 * The amounts, rates, ages and dates written in a French sentence, in order. Ages are read as "N ans" with N of 14
 * or more (smaller numbers of years are durations); a year alone ("plan 2016-2021", "offre 2020") is a date.
 */
export function factsInText(text: string): { kind: FactKind; value: string; at: number }[] {
  const out: { kind: FactKind; value: string; at: number }[] = [];
  const taken: [number, number][] = [];
  const free = (start: number, end: number): boolean => taken.every(([s, e]) => end <= s || start >= e);
  const take = (m: RegExpMatchArray, kind: FactKind, value: string): void => {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (!free(start, end)) return;
    taken.push([start, end]);
    out.push({ kind, value, at: start });
  };
  for (const m of text.matchAll(FULL_DATE)) take(m, 'date', m[0].replace(/[\u00a0\u202f]/g, ' '));
  for (const m of text.matchAll(AMOUNT)) take(m, 'amount', `${m[1]!.replace(/[\u00a0\u202f ]/g, ' ')}${m[2] ?? ''} €`);
  for (const m of text.matchAll(PERCENT)) take(m, 'percent', `${m[1]} %`);
  for (const m of text.matchAll(AGE)) {
    const high = Number(m[2]);
    if (high < MIN_AGE) continue;
    take(m, 'age', m[1] ? `${m[1]} à ${m[2]} ans` : `${m[2]} ans`);
  }
  for (const m of text.matchAll(YEAR)) take(m, 'date', m[2] ? `${m[1]}-${m[2]}` : m[1]!);
  return out.sort((a, b) => a.at - b.at);
}

/** The key under which two writings of one fact are the same ("6 000 €" in a table and "6 000 €" in prose). */
function factKey(kind: FactKind, value: string): string {
  if (kind === 'amount' || kind === 'percent') return `${kind}:${Number(value.replace(/[^\d,]/g, '').replace(',', '.'))}`;
  if (kind === 'date') {
    const m = /^(1er|\d{1,2}) (\S+)(?: (\d{4}))?$/iu.exec(value);
    const month = m ? MONTHS.indexOf(m[2]!.toLowerCase().replace('fevrier', 'février').replace('aout', 'août').replace('decembre', 'décembre')) : -1;
    if (m && m[3] && month >= 0) return `date:${m[3]}-${String(month + 1).padStart(2, '0')}-${String(m[1] === '1er' ? 1 : Number(m[1])).padStart(2, '0')}`;
  }
  return `${kind}:${value.toLowerCase()}`;
}

function euros(value: number): string {
  const [int, dec] = String(value).split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return `${grouped}${dec ? `,${dec.padEnd(2, '0')}` : ''} €`;
}

function ageRange(r: IntRange): string {
  if (r.min !== undefined && r.max !== undefined) return r.min === r.max ? `${r.min} ans` : `${r.min} à ${r.max} ans`;
  return r.min !== undefined ? `${r.min} ans et plus` : `${r.max} ans au plus`;
}

/** Collects a record's facts, one per distinct fact (the first place it is written wins). */
class FactCollector {
  private readonly seen = new Set<string>();
  readonly facts: FactInRecord[] = [];

  add(path: PropertyKey[], kind: FactKind, value: string): void {
    const key = factKey(kind, value);
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.facts.push({ path, kind, value });
  }

  text(path: PropertyKey[], text: string | undefined): void {
    if (text === undefined) return;
    for (const f of factsInText(text)) this.add(path, f.kind, f.value);
  }

  tuVous(path: PropertyKey[], t: { tu: string; vous: string } | string | undefined): void {
    if (t === undefined) return;
    if (typeof t === 'string') this.text(path, t);
    else {
      this.text([...path, 'tu'], t.tu);
      this.text([...path, 'vous'], t.vous);
    }
  }
}

function amountFacts(c: FactCollector, base: PropertyKey[], item: AmountItem): void {
  switch (item.kind) {
    case 'fixed':
      c.add([...base, 'value'], 'amount', euros(item.value));
      break;
    case 'range':
      c.add([...base, 'min'], 'amount', euros(item.min));
      c.add([...base, 'max'], 'amount', euros(item.max));
      break;
    case 'table':
      item.rows.forEach((row, k) => {
        if (row.when.age) c.add([...base, 'rows', k, 'when', 'age'], 'age', ageRange(row.when.age));
        c.add([...base, 'rows', k, 'value'], 'amount', euros(row.value));
      });
      break;
    case 'percent':
      c.add([...base, 'value'], 'percent', `${item.value} %`);
      break;
    case 'variable':
      break;
  }
  c.text([...base, 'note'], item.note);
}

// ---------------------------------------------------------------- the records of each file

function cited(fileKey: HandwrittenFileKey, path: PropertyKey[], s: { url?: string | undefined; file?: string | undefined; secondary?: true | undefined }): CitedSource {
  return { url: s.url, file: s.file, secondary: s.secondary === true, fileKey, path };
}

function aidRecords(file: AidsFile): HandwrittenRecord[] {
  return file.aids.map((aid, i) => {
    const base: PropertyKey[] = ['aids', i];
    const c = new FactCollector();
    aid.amount.forEach((item, j) => amountFacts(c, [...base, 'amount', j], item));
    const cond = aid.conditions;
    if (cond.age) c.add([...base, 'conditions', 'age'], 'age', ageRange(cond.age));
    if (cond.age_if_disability) c.add([...base, 'conditions', 'age_if_disability'], 'age', ageRange(cond.age_if_disability));
    if (cond.contract_concluded?.from) c.add([...base, 'conditions', 'contract_concluded', 'from'], 'date', cond.contract_concluded.from);
    if (cond.contract_concluded?.to) c.add([...base, 'conditions', 'contract_concluded', 'to'], 'date', cond.contract_concluded.to);
    if (cond.contract_start_before) c.add([...base, 'conditions', 'contract_start_before'], 'date', cond.contract_start_before);
    // Approximate dates are bounds that file an aid as current or ended; the reviewer must not read them as days.
    const bound = aid.dates_approximate ? ' (borne : la source ne donne pas le jour)' : '';
    if (aid.valid_from) c.add([...base, 'valid_from'], 'date', `${aid.valid_from}${bound}`);
    if (aid.valid_to) c.add([...base, 'valid_to'], 'date', `${aid.valid_to}${bound}`);
    c.text([...base, 'title'], aid.title);
    c.tuVous([...base, 'summary'], aid.summary);
    aid.other_conditions.forEach((t, j) => c.text([...base, 'other_conditions', j], t));
    c.text([...base, 'dates_note'], aid.dates_note);
    c.tuVous([...base, 'how_to_apply'], aid.how_to_apply);
    const main = cited('aides', [...base, 'source'], aid.source);
    return {
      fileKey: 'aides',
      path: base,
      id: aid.id,
      verifiedOn: aid.verified_on,
      sources: [main, ...aid.see_also.map((s, j) => cited('aides', [...base, 'see_also', j], s))],
      mainSource: main,
      facts: c.facts,
    };
  });
}

function faqRecords(file: FaqFile): HandwrittenRecord[] {
  return file.faq.map((entry, i) => {
    const base: PropertyKey[] = ['faq', i];
    const c = new FactCollector();
    c.tuVous([...base, 'answer'], entry.answer);
    c.tuVous([...base, 'answer_minor'], entry.answer_minor);
    entry.answer_when?.forEach((alt, j) => c.tuVous([...base, 'answer_when', j, 'answer'], alt.answer));
    c.tuVous([...base, 'details'], entry.details);
    return {
      fileKey: 'faq',
      path: base,
      id: entry.id,
      verifiedOn: entry.verified_on,
      sources: entry.sources.map((s, j) => cited('faq', [...base, 'sources', j], s)),
      facts: c.facts,
    };
  });
}

function contactRecords(file: ContactsFile): HandwrittenRecord[] {
  return file.contacts.map((contact, i) => {
    const base: PropertyKey[] = ['contacts', i];
    const c = new FactCollector();
    if (contact.age) c.add([...base, 'age'], 'age', ageRange(contact.age));
    c.tuVous([...base, 'what_for'], contact.what_for);
    c.tuVous([...base, 'how_to_reach'], contact.how_to_reach);
    return {
      fileKey: 'contacts',
      path: base,
      id: contact.id,
      verifiedOn: contact.verified_on,
      sources: [cited('contacts', [...base, 'source'], contact.source)],
      facts: c.facts,
    };
  });
}

function editorialRecord(fileKey: 'interets' | 'metiersFamiliers', file: InterestsFile | AliasesFile): HandwrittenRecord {
  return {
    fileKey,
    path: [],
    id: fileKey === 'interets' ? 'interests' : 'aliases',
    verifiedOn: file.verified_on,
    sources: [cited(fileKey, ['source'], file.source)],
    facts: [],
  };
}

/** The pay parameters, generated from ../shared/data but sourced the same way: one record per sourced block. */
function parameterRecords(p: Parameters): HandwrittenRecord[] {
  const smic = new FactCollector();
  for (const key of ['gross_hourly', 'gross_monthly', 'net_hourly', 'net_monthly'] as const) {
    const v = p.smic[key];
    if (v !== undefined) smic.add(['smic', key], 'amount', euros(v));
  }
  smic.add(['smic', 'value_date'], 'date', p.smic.value_date);

  const apprentice = new FactCollector();
  apprentice.add(['apprentice_pay', 'min_age'], 'age', `${p.apprentice_pay.min_age} ans`);
  apprentice.add(['apprentice_pay', 'max_age'], 'age', `${p.apprentice_pay.max_age} ans`);
  const bandFacts = (c: FactCollector, key: 'apprentice_pay' | 'professionalisation_pay', i: number, band: { min_age: number; max_age: number | null }): void => {
    c.facts.push({ path: [key, 'bands', i, 'min_age'], kind: 'age', value: band.max_age === null ? `${band.min_age} ans et plus` : `${band.min_age} à ${band.max_age} ans` });
  };
  p.apprentice_pay.bands.forEach((band, i) => {
    bandFacts(apprentice, 'apprentice_pay', i, band);
    for (const y of ['year_1', 'year_2', 'year_3', 'year_4'] as const) {
      apprentice.facts.push({ path: ['apprentice_pay', 'bands', i, 'percent_by_year', y], kind: 'percent', value: `${band.percent_by_year[y]} %` });
    }
  });
  apprentice.facts.push({ path: ['apprentice_pay', 'disability_extension_bonus_points'], kind: 'percent', value: `+${p.apprentice_pay.disability_extension_bonus_points} points` });

  const pro = new FactCollector();
  p.professionalisation_pay.bands.forEach((band, i) => {
    bandFacts(pro, 'professionalisation_pay', i, band);
    pro.facts.push({ path: ['professionalisation_pay', 'bands', i, 'below_bac'], kind: 'percent', value: `${band.below_bac} %` });
    pro.facts.push({ path: ['professionalisation_pay', 'bands', i, 'bac_or_higher'], kind: 'percent', value: `${band.bac_or_higher} %` });
  });

  // The under-18s' working-time limits: hand-copied from the Ministère du Travail's fiche, so checked on a date.
  const m = p.minor_work_limits;
  const minors = new FactCollector();
  const hours = (h: number): string => (Number.isInteger(h) ? `${h} h` : `${Math.floor(h)} h ${Math.round((h % 1) * 60)}`);
  minors.facts.push({ path: ['minor_work_limits', 'week_max_hours'], kind: 'duration', value: `${hours(m.week_max_hours)} par semaine` });
  minors.facts.push({ path: ['minor_work_limits', 'day_max_hours'], kind: 'duration', value: `${hours(m.day_max_hours)} par jour` });
  minors.facts.push({ path: ['minor_work_limits', 'site_week_max_hours'], kind: 'duration', value: `chantiers : ${hours(m.site_week_max_hours)} par semaine` });
  minors.facts.push({ path: ['minor_work_limits', 'site_day_max_hours'], kind: 'duration', value: `chantiers : ${hours(m.site_day_max_hours)} par jour` });
  minors.facts.push({ path: ['minor_work_limits', 'break_after_hours'], kind: 'duration', value: `pause de ${m.break_minutes} min après ${hours(m.break_after_hours)}` });
  minors.facts.push({ path: ['minor_work_limits', 'night_from'], kind: 'duration', value: `nuit : ${hours(m.night_from)}-${hours(m.night_to)} (${hours(m.night_from_younger)}-${hours(m.night_to)} avant ${m.stricter_below_age} ans)` });
  minors.facts.push({ path: ['minor_work_limits', 'daily_rest_hours'], kind: 'duration', value: `repos quotidien : ${hours(m.daily_rest_hours)} (${hours(m.daily_rest_hours_younger)} avant ${m.stricter_below_age} ans)` });
  minors.add(['minor_work_limits', 'stricter_below_age'], 'age', `${m.stricter_below_age} ans`);

  const record = (id: string, path: PropertyKey[], source: Parameters['source'], c: FactCollector, verifiedOn?: string): HandwrittenRecord => ({
    fileKey: 'parametres',
    path,
    id,
    verifiedOn,
    sources: [{ url: source.url, file: source.file, secondary: false, fileKey: 'parametres', path: [...path, 'source'] }],
    facts: c.facts,
  });
  const top = new FactCollector();
  top.add(['data_date'], 'date', p.data_date);
  return [
    record('grid', [], p.source, top),
    record('smic', ['smic'], p.smic.source, smic),
    record('apprentice_pay', ['apprentice_pay'], p.apprentice_pay.source, apprentice),
    record('professionalisation_pay', ['professionalisation_pay'], p.professionalisation_pay.source, pro),
    record('minor_work_limits', ['minor_work_limits'], m.source, minors, m.verified_on),
  ];
}

/** Messages that write a fact out themselves; their sources are in messages-sources.yaml. */
function messageRecords(messages: MessagesFile, sources: MessagesSourcesFile): HandwrittenRecord[] {
  const out: HandwrittenRecord[] = [];
  for (const [key, message] of Object.entries(messages.messages)) {
    const c = new FactCollector();
    // Parameters ({age}) are facts of other records: only the literal text counts.
    const strip = (t: string): string => t.replace(/\{[a-zA-Z0-9_]+\}/g, '…');
    if (typeof message === 'string') c.text(['messages', key], strip(message));
    else {
      c.text(['messages', key, 'tu'], strip(message.tu));
      c.text(['messages', key, 'vous'], strip(message.vous));
    }
    if (c.facts.length === 0) continue;
    const listed = sources.messages[key] ?? [];
    out.push({
      fileKey: 'messages',
      path: ['messages', key],
      id: key,
      verifiedOn: listed.length > 0 ? sources.verified_on : undefined,
      sources: listed.map((s, j) => cited('messagesSources', ['messages', key, j], s)),
      facts: c.facts,
    });
  }
  return out;
}

/** Every hand-written record with its sources and the facts it states, in file order. */
export function handwrittenRecords(files: HandwrittenFiles): HandwrittenRecord[] {
  return [
    ...aidRecords(files.aides),
    ...faqRecords(files.faq),
    ...contactRecords(files.contacts),
    editorialRecord('interets', files.interets),
    editorialRecord('metiersFamiliers', files.metiersFamiliers),
    ...parameterRecords(files.parametres),
    ...messageRecords(files.messages, files.messagesSources),
  ];
}
