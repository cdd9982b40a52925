/**
 * Dates as people type them about a contract: "15 février 2026", "15/02/2026", "le 3 mars", "en janvier 2026",
 * "janvier dernier", "signé en décembre 2025", "début mars", "fin 2025", "hier". Works on normalised tokens
 * (see normalize.ts: no accents, "1er" → "1e", "15/02/2026" → "15 02 2026"), forgives one typo in a month name
 * ("fevrir", "decembr"). Every date is a range of days, so that "en mars" stays "some day in March" and the
 * rules can say when the answer depends on the day. Pure: `today` is injected.
 */
import { boundedEditDistance } from '../../text/fuzzy.js';

export type DatePrecision = 'day' | 'month' | 'year' | 'part';
/** What the date is about, from the words around it; undefined when nothing says. */
export type DateRole = 'signed' | 'start' | 'birth';

export interface DateMention {
  /** First and last day the words can mean (ISO YYYY-MM-DD); equal for a precise day. */
  from: string;
  to: string;
  precision: DatePrecision;
  /** The year was typed; otherwise it was inferred (most recent such date, or the next one for a plan). */
  yearSaid: boolean;
  /** Starts after today: a planned signing. */
  future: boolean;
  role?: DateRole;
  /** The words of the date in the normalised text. */
  span: string;
}

const MONTHS: ReadonlyArray<readonly [string, number]> = [
  ['janvier', 1], ['fevrier', 2], ['mars', 3], ['avril', 4], ['mai', 5], ['juin', 6], ['juillet', 7], ['aout', 8],
  ['septembre', 9], ['octobre', 10], ['novembre', 11], ['decembre', 12],
];
const MONTH_EXACT: ReadonlyMap<string, number> = new Map<string, number>([
  ...MONTHS,
  ['fevr', 2], ['fevrie', 2], ['fevier', 2], ['juil', 7], ['juill', 7], ['aou', 8], ['aoute', 8], ['septembr', 9],
  ['setembre', 9], ['decembr', 12], ['novembr', 11], ['octobr', 10],
]);
/** Short forms are months only next to a day or a year ("le 15 fev", "janv 2026"): alone they are other words. */
const MONTH_ABBREVIATIONS: ReadonlyMap<string, number> = new Map([
  ['jan', 1], ['janv', 1], ['fev', 2], ['fevr', 2], ['avr', 4], ['juil', 7], ['sept', 9], ['sep', 9], ['oct', 10],
  ['nov', 11], ['dec', 12],
]);
/** Full names long enough for a typo not to make them another word. */
const FUZZY_MONTHS = MONTHS.filter(([name]) => name.length >= 6);

/** Words before a bare month name that make it a date ("en mars", "depuis janvier", "début février"). */
const MONTH_CUES = new Set(['en', 'depuis', 'debut', 'fin', 'mi', 'de', 'mois', 'courant', 'des', 'avant', 'apres', 'au', 'du']);
const PART_CUES = new Set(['debut', 'fin', 'mi']);
/** Before these, a short form is a month too ("signé en fev", "fin sept"); after "de" it could be a name. */
const SHORT_MONTH_CUES = new Set(['en', 'depuis', 'debut', 'fin', 'mi', 'courant']);
const YEAR_CUES = new Set(['en', 'depuis', 'debut', 'fin', 'courant', 'annee', 'mi']);

const SIGNED = new Set(['signe', 'signer', 'signes', 'signee', 'signees', 'signera', 'signerai', 'signerons', 'signerez',
  'signeront', 'signons', 'signez', 'signature', 'conclu', 'conclus', 'conclue', 'conclure', 'embauche', 'embauches',
  'embauchee', 'embaucher', 'embauchera', 'embauchons', 'embauchez', 'recrute', 'recrutee', 'recruter', 'recrutons',
  'recrutez', 'recrutement', 'engage', 'engagee', 'contrat']);
// "début" before a date is the start ("pour un début le 5 janvier"); in "début mars" it is part of the date itself.
// An employer's own word for a start: the apprentice is welcomed ("on accueille une apprentie en janvier") or arrives.
const START = new Set(['commence', 'commencer', 'commencera', 'commencerai', 'debute', 'debuter', 'debutera', 'demarre',
  'demarrer', 'demarrera', 'rentree', 'effet', 'debut', 'demarrage', 'accueille', 'accueillons', 'accueillez',
  'accueillent', 'accueillir', 'accueillera', 'accueillerons', 'accueilli', 'accueillie', 'arrive', 'arrivera', 'arrivee']);
const BIRTH = new Set(['ne', 'nee', 'naissance', 'anniversaire']);
/**
 * A plan: a date said without a year is the next one, not the last one. A wish, a condition or a conditional plans
 * too ("on aimerait prendre un apprenti en avril", "si je l'embauche en avril", "je voudrais un apprenti pour la
 * saison, d'avril à septembre", "j'embaucherais en mars").
 */
const FUTURE = new RegExp(
  [
    '\\b(?:(?:va|vais|allons|allez|vont) (?:le |la |les )?(?:signer|embaucher|recruter|conclure|commencer|demarrer|prendre)',
    'signera|signerai|signerons|signerez|signeront|embauchera|recrutera|prevu|prevue|prevoit|prevois|compte signer|compte embaucher|pensons signer|pense signer|bientot',
    '(?:voudrais|voudrait|voudrions|voulons|veux|veut|aimerais|aimerait|aimerions|souhaite|souhaitons|souhaiterais|souhaiterions|envisage|envisageons|pense|pensons|compte|comptons|projet de|projette|projetons)(?: de| d)? (?:\\w+ )?(?:signer|embaucher|recruter|prendre|conclure|commencer|demarrer|accueillir)',
    'signerais|signerait|signerions|embaucherais|embaucherait|embaucherions|recruterais|recruterait|recruterions|prendrais|prendrait|prendrions|accueillerais|accueillerions',
    'si (?:je|on|nous) (?:l |la |le |les )?(?:embauche|embauchons|prends|prenons|recrute|recrutons|signe|signons|accueille|accueillons)',
    '(?:voudrais|voudrait|voudrions|souhaite|souhaitons|souhaiterais|aimerais|aimerions|cherche|cherchons) (?:un|une) (?:apprenti|apprentie|alternant|alternante)',
    'pour la saison|saison prochaine|prochaine saison|annee prochaine|rentree prochaine|prochaine rentree)\\b',
  ].join('|'),
);

/** A start said in the present ("il commence le 16 mars", not "il a commencé"): the verb says neither past nor plan. */
const PRESENT_START = /\b(?:commence|debute|demarre|commencent|debutent|demarrent|accueille|accueillons|accueillez|accueillent|arrive|arrivent)\b/;
/**
 * A signing said in the present with its subject ("on signe le 15 décembre", "je signe lundi"): "signe" alone is
 * also the participle without its accent ("contrat signé le 15 décembre", the most recent one).
 */
const PRESENT_SIGNING = /\b(?:je|j|on|il|elle|ils|elles|nous|vous|tu) (?:le |la |l |les |lui )?(?:signe|signons|signez|signent|signes|embauche|embauchons|embauchez|recrute|recrutons|recrutez)\b/;
/** Auxiliaries before a start verb that make it a past ("il a commencé", "elle est rentrée", "ça avait démarré"). */
const PAST_AUXILIARY = /\b(?:a|ai|as|avons|avez|ont|avait|avaient|avais|est|sont|etait|etaient) (?:deja |bien |pas )?(?:commence|debute|demarre|arrive|arrivee)\b/;

/** The date of that day or month nearest to today, before or after it (a start said in the present tense). */
function nearestRange(raw: Raw, thisYear: number, today: string): { from: string; to: string } | undefined {
  const candidates = [thisYear - 1, thisYear, thisYear + 1].flatMap((y) => rangeOf(raw, y) ?? []);
  const distance = (r: { from: string; to: string }): number =>
    r.from <= today && today <= r.to ? 0 : Math.min(Math.abs(Date.parse(r.from) - Date.parse(today)), Math.abs(Date.parse(r.to) - Date.parse(today)));
  return candidates.sort((a, b) => distance(a) - distance(b))[0];
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function iso(y: number, m: number, d: number): string {
  return `${y}-${pad(m)}-${pad(d)}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The ISO day `days` after (or before, when negative) `day`. */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function monthOf(token: string | undefined, allowAbbreviation: boolean): number | undefined {
  if (token === undefined || /\d/.test(token)) return undefined;
  const exact = MONTH_EXACT.get(token);
  if (exact !== undefined) return exact;
  if (allowAbbreviation) {
    const short = MONTH_ABBREVIATIONS.get(token);
    if (short !== undefined) return short;
  }
  if (token.length < 5) return undefined;
  for (const [name, n] of FUZZY_MONTHS) if (boundedEditDistance(token, name, 1) <= 1) return n;
  return undefined;
}

function dayOf(token: string | undefined): number | undefined {
  if (token === undefined) return undefined;
  if (token === '1e') return 1;
  if (!/^\d{1,2}$/.test(token)) return undefined;
  const n = Number(token);
  return n >= 1 && n <= 31 ? n : undefined;
}

const NOT_A_YEAR_AFTER = new Set(['ans', 'an', 'salaries', 'salarie', 'employes', 'personnes', 'euros', 'heures', 'mois', 'h']);

/** A year right after a date: "2026", or "26" when nothing makes it something else ("26 ans", "26 salariés"). */
function yearOf(tokens: readonly string[], i: number): number | undefined {
  const t = tokens[i];
  if (t === undefined) return undefined;
  if (/^(?:19|20)\d\d$/.test(t)) return Number(t);
  const next = tokens[i + 1];
  if (/^\d\d$/.test(t) && Number(t) >= 10 && Number(t) <= 49 && (next === undefined || (!NOT_A_YEAR_AFTER.has(next) && !/^\d/.test(next)))) {
    return 2000 + Number(t);
  }
  return undefined;
}

interface Raw {
  start: number;
  end: number;
  /** A year typed, or undefined to infer. */
  year: number | undefined;
  /** Month 1-12, or undefined for a whole year. */
  month: number | undefined;
  /** Day range inside the month (or months range inside the year for a part of a year). */
  days?: [number, number | 'end'];
  months?: [number, number];
  precision: DatePrecision;
  /** Needs a word about a contract to count ("en 2025", "hier"). */
  weak: boolean;
  /** Resolved already (relative dates). */
  fixed?: { from: string; to: string };
  direction?: 'past' | 'future';
}

function partOfMonth(word: string | undefined): [number, number | 'end'] | undefined {
  if (word === 'debut') return [1, 10];
  if (word === 'mi') return [11, 20];
  if (word === 'fin') return [21, 'end'];
  return undefined;
}

function partOfYear(word: string | undefined): [number, number] | undefined {
  if (word === 'debut') return [1, 3];
  if (word === 'mi') return [5, 7];
  if (word === 'fin') return [10, 12];
  return undefined;
}

/** The qualifier before a month or a year: "début mars", "fin de l'année 2025", "au début du mois de mars". */
function qualifierBefore(tokens: readonly string[], i: number): { word: string; at: number } | undefined {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const w = tokens[k] as string;
    if (PART_CUES.has(w)) return { word: w, at: k };
    if (!['de', 'du', 'le', 'la', 'mois', 'annee', 'en', 'au'].includes(w)) return undefined;
  }
  return undefined;
}

function readAt(tokens: readonly string[], i: number, today: string): Raw | undefined {
  const t = tokens[i] as string;
  const next = tokens[i + 1];
  const prev = tokens[i - 1];

  // "15.02.2026" stays one token (the decimal rule keeps its dots).
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/.exec(t);
  if (dotted) {
    const y = Number(dotted[3]);
    return { start: i, end: i, year: y < 100 ? 2000 + y : y, month: Number(dotted[2]), days: [Number(dotted[1]), Number(dotted[1])], precision: 'day', weak: false };
  }

  const day = dayOf(t);
  if (day !== undefined) {
    const prevIsNumber = prev !== undefined && /^\d/.test(prev);
    // "15 février 2026", "le 3 mars", "1er janv 26"
    const named = monthOf(next, true);
    if (named !== undefined && !prevIsNumber) {
      const year = yearOf(tokens, i + 2);
      return { start: i, end: year !== undefined ? i + 2 : i + 1, year, month: named, days: [day, day], precision: 'day', weak: false };
    }
    // "15/02/2026" → "15 02 2026"; without a year only after "le" ("le 15/02"), phone numbers are digit runs too.
    if (!prevIsNumber && next !== undefined && /^\d{1,2}$/.test(next) && Number(next) >= 1 && Number(next) <= 12) {
      const year = yearOf(tokens, i + 2);
      const after = tokens[i + (year !== undefined ? 3 : 2)];
      if (after !== undefined && /^\d/.test(after)) return undefined;
      if (year !== undefined || prev === 'le' || prev === 'du' || prev === 'au') {
        return { start: i, end: year !== undefined ? i + 2 : i + 1, year, month: Number(next), days: [day, day], precision: 'day', weak: false };
      }
    }
  }

  // "janvier 2026", "en décembre", "janvier dernier", "début mars", "fin fev 2026"
  const yearAfter = yearOf(tokens, i + 1);
  const month = monthOf(t, yearAfter !== undefined || (prev !== undefined && SHORT_MONTH_CUES.has(prev)));
  if (month !== undefined) {
    const dir = next === 'dernier' || next === 'passe' ? 'past' : next === 'prochain' ? 'future' : undefined;
    const cued = prev !== undefined && MONTH_CUES.has(prev);
    if (yearAfter === undefined && dir === undefined && !cued) return undefined;
    const q = qualifierBefore(tokens, i);
    const end = yearAfter !== undefined || dir !== undefined ? i + 1 : i;
    const raw: Raw = { start: q ? q.at : i, end, year: yearAfter, month, precision: 'month', weak: false };
    if (dir) raw.direction = dir;
    const part = partOfMonth(q?.word);
    if (part) {
      raw.days = part;
      raw.precision = 'part';
    }
    return raw;
  }

  // "en 2025", "fin 2025", "début 2026": a whole year (or part of it) only next to a word about a contract.
  if (/^20\d\d$/.test(t) && prev !== undefined && YEAR_CUES.has(prev)) {
    const q = qualifierBefore(tokens, i);
    const part = partOfYear(q?.word);
    const raw: Raw = { start: q ? q.at : i - 1, end: i, year: Number(t), month: undefined, precision: part ? 'part' : 'year', weak: true };
    if (part) raw.months = part;
    return raw;
  }

  return readRelative(tokens, i, today);
}

function readRelative(tokens: readonly string[], i: number, today: string): Raw | undefined {
  const t = tokens[i] as string;
  const next = tokens[i + 1];
  const day = (from: string, end: number): Raw => ({ start: i, end, year: undefined, month: undefined, precision: 'day', weak: true, fixed: { from, to: from } });
  if (t === 'aujourdhui') return day(today, i);
  if (t === 'hier') return day(addDays(today, -1), i);
  if (t === 'demain') return day(addDays(today, 1), i);
  if (t === 'avant' && next === 'hier') return day(addDays(today, -2), i + 1);
  const y = Number(today.slice(0, 4));
  const m = Number(today.slice(5, 7));
  if (t === 'mois' && (next === 'dernier' || next === 'prochain' || next === 'ci')) {
    const shift = next === 'dernier' ? -1 : next === 'prochain' ? 1 : 0;
    const index = y * 12 + (m - 1) + shift;
    const yy = Math.floor(index / 12);
    const mm = (index % 12) + 1;
    return { start: i, end: i + 1, year: undefined, month: undefined, precision: 'month', weak: true, fixed: { from: iso(yy, mm, 1), to: iso(yy, mm, daysInMonth(yy, mm)) } };
  }
  if ((t === 'an' || t === 'annee') && (next === 'dernier' || next === 'derniere' || next === 'prochain' || next === 'prochaine')) {
    const yy = next.startsWith('dernier') ? y - 1 : y + 1;
    return { start: i, end: i + 1, year: undefined, month: undefined, precision: 'year', weak: true, fixed: { from: iso(yy, 1, 1), to: iso(yy, 12, 31) } };
  }
  if (t === 'cette' && next === 'annee') {
    return { start: i, end: i + 1, year: undefined, month: undefined, precision: 'year', weak: true, fixed: { from: iso(y, 1, 1), to: iso(y, 12, 31) } };
  }
  return undefined;
}

function rangeOf(raw: Raw, year: number): { from: string; to: string } | undefined {
  if (raw.fixed) return raw.fixed;
  if (raw.month === undefined) {
    const [m1, m2] = raw.months ?? [1, 12];
    return { from: iso(year, m1, 1), to: iso(year, m2, daysInMonth(year, m2)) };
  }
  const last = daysInMonth(year, raw.month);
  const [d1, d2raw] = raw.days ?? [1, 'end'];
  const d2 = d2raw === 'end' ? last : d2raw;
  if (d1 > last) return undefined;
  return { from: iso(year, raw.month, d1), to: iso(year, raw.month, Math.min(d2, last)) };
}

/** Words that end a clause: a cue after them belongs to what follows ("signé le 18 décembre et commence le 4 janvier"). */
const CLAUSE_BREAK = new Set(['et', 'mais', 'puis', 'ou', 'donc', 'alors']);

function roleAround(tokens: readonly string[], start: number, end: number, before = 0, after = tokens.length): DateRole | undefined {
  const classify = (w: string): DateRole | 'contract' | undefined => {
    if (w === 'contrat') return 'contract';
    if (SIGNED.has(w)) return 'signed';
    if (START.has(w)) return 'start';
    if (BIRTH.has(w)) return 'birth';
    return undefined;
  };
  let weakSigned = false;
  // The nearest word before the date says most ("signé le…", "commence le…", "né le…"), then the words after it.
  // Neither scan crosses another date: its cue words are its own.
  for (let k = start - 1; k >= Math.max(before, start - 6); k--) {
    const c = classify(tokens[k] as string);
    if (c === 'contract') weakSigned = true;
    else if (c) return c;
  }
  for (let k = end + 1; k <= Math.min(after - 1, end + 4); k++) {
    if (CLAUSE_BREAK.has(tokens[k] as string)) break;
    const c = classify(tokens[k] as string);
    if (c === 'contract') weakSigned = true;
    else if (c) return c;
  }
  return weakSigned ? 'signed' : undefined;
}

/** Where the next date said within the forward window begins (a relative "demain" counts too), else the end. */
function nextDateStart(tokens: readonly string[], end: number, today: string): number {
  for (let j = end + 1; j <= Math.min(tokens.length - 1, end + 4); j++) if (readAt(tokens, j, today)) return j;
  return tokens.length;
}

/** Every date the message states, in order. */
export function extractDates(tokens: readonly string[], today: string): DateMention[] {
  const out: DateMention[] = [];
  const text = tokens.join(' ');
  const plan = FUTURE.test(text);
  const thisYear = Number(today.slice(0, 4));
  let previousEnd = -1;
  for (let i = 0; i < tokens.length; i++) {
    const raw = readAt(tokens, i, today);
    if (!raw) continue;
    const role = roleAround(tokens, raw.start, raw.end, previousEnd + 1, nextDateStart(tokens, raw.end, today));
    if (raw.weak && role !== 'signed' && role !== 'start') continue;
    let range: { from: string; to: string } | undefined;
    if (raw.year !== undefined || raw.fixed) range = rangeOf(raw, raw.year ?? thisYear);
    else {
      // No year: the most recent such date, or the next one for a plan ("on va signer le 5 janvier"); a start told
      // in the present ("elle démarre le 16 mars", in November) is neither, so the nearest one: next March, but last
      // September for "il commence le 1er septembre".
      const future = raw.direction === 'future' || (raw.direction === undefined && plan);
      range = rangeOf(raw, thisYear);
      const present = (role === 'start' && PRESENT_START.test(text) && !PAST_AUXILIARY.test(text)) || (role === 'signed' && PRESENT_SIGNING.test(text));
      if (raw.direction === undefined && !plan && present) range = nearestRange(raw, thisYear, today);
      else if (range && !future && range.from > today) range = rangeOf(raw, thisYear - 1);
      else if (range && future && range.to < today) range = rangeOf(raw, thisYear + 1);
    }
    if (!range) {
      // "le 31 février": no such day; its month alone is not what was said either.
      i = raw.end;
      continue;
    }
    const mention: DateMention = {
      ...range,
      precision: raw.precision,
      yearSaid: raw.year !== undefined,
      future: range.from > today,
      span: tokens.slice(raw.start, raw.end + 1).join(' '),
    };
    if (role) mention.role = role;
    out.push(mention);
    previousEnd = raw.end;
    i = raw.end;
  }
  return out;
}
