import { handwrittenRecords, type HandwrittenFileKey } from '../../knowledge/facts.js';
import type { Knowledge } from '../../knowledge/snapshot.js';
import { addDays, daysBetween } from './period.js';

/**
 * What the knowledge's keepers should check next, read from the knowledge itself: records whose `verified_on` is
 * older than six months (the records `npm run kb:facts` lists: aids, FAQ, contacts, the pay parameters, the
 * messages that write a fact out, the editorial files), and aids whose `valid_to` falls within the next 30 days.
 */
export const STALE_AFTER_MONTHS = 6;
export const ENDING_WITHIN_DAYS = 30;

const FILE_NAMES: Record<HandwrittenFileKey, string> = {
  aides: 'aides.yaml',
  faq: 'faq.yaml',
  contacts: 'contacts.yaml',
  interets: 'interets.yaml',
  metiersFamiliers: 'metiers-familiers.yaml',
  parametres: 'parametres.yaml',
  messages: 'messages.fr.yaml',
  messagesSources: 'messages-sources.yaml',
};

export interface StaleRecord {
  file: string;
  id: string;
  /** What the record is, in a few words (an aid's title, a FAQ's first question, a contact's name). */
  title: string;
  verifiedOn: string;
  /** Days since it was last checked. */
  ageDays: number;
  sourceUrl: string | null;
}

export interface EndingAid {
  id: string;
  title: string;
  validTo: string;
  /** 0 when it ends today. */
  daysLeft: number;
  /** The source gives no exact end date: the date is a bound, not a day to announce. */
  approximate: boolean;
  sourceUrl: string;
  replacedBy: string | null;
}

/** The same day `months` calendar months earlier (the 31st falls back to the month's last day). */
export function monthsBefore(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

function titleOf(k: Knowledge, fileKey: HandwrittenFileKey, id: string): string {
  if (fileKey === 'aides') return k.aids.find((a) => a.id === id)?.title ?? id;
  if (fileKey === 'faq') return k.faq.find((f) => f.id === id)?.questions[0] ?? id;
  if (fileKey === 'contacts') return k.contacts.find((c) => c.id === id)?.name ?? id;
  return id;
}

/** Records last verified before today minus six months, the oldest first. */
export function staleRecords(k: Knowledge, today: string): StaleRecord[] {
  const f = k.files;
  const limit = monthsBefore(today, STALE_AFTER_MONTHS);
  const records = handwrittenRecords({
    aides: f.aides,
    faq: f.faq,
    contacts: f.contacts,
    interets: f.interets,
    metiersFamiliers: f.metiersFamiliers,
    parametres: f.parametres,
    messages: f.messages,
    messagesSources: f.messagesSources,
  });
  return records
    .filter((r): r is typeof r & { verifiedOn: string } => r.verifiedOn !== undefined && r.verifiedOn < limit)
    .map((r) => ({
      file: FILE_NAMES[r.fileKey],
      id: r.id,
      title: titleOf(k, r.fileKey, r.id),
      verifiedOn: r.verifiedOn,
      ageDays: daysBetween(r.verifiedOn, today),
      sourceUrl: (r.mainSource ?? r.sources[0])?.url ?? null,
    }))
    .sort((a, b) => a.verifiedOn.localeCompare(b.verifiedOn) || a.file.localeCompare(b.file) || a.id.localeCompare(b.id));
}

/** Aids still in force today whose `valid_to` is within the next 30 days, soonest first. */
export function endingAids(k: Knowledge, today: string): EndingAid[] {
  const until = addDays(today, ENDING_WITHIN_DAYS);
  return k.aids
    .filter((a): a is typeof a & { valid_to: string } => a.valid_to !== null && a.valid_to >= today && a.valid_to <= until)
    .map((a) => ({
      id: a.id,
      title: a.title,
      validTo: a.valid_to,
      daysLeft: daysBetween(today, a.valid_to),
      approximate: a.dates_approximate,
      sourceUrl: a.source.url ?? '',
      replacedBy: a.replaced_by ?? null,
    }))
    .sort((a, b) => a.validTo.localeCompare(b.validTo) || a.id.localeCompare(b.id));
}
