/**
 * Working hours a minor tells with their figures ("45 heures par semaine", "je finis à 23 h", "pas de pause en 6 h"),
 * set against the rules for the under-18s (knowledge: horaires-mineurs, travail-nuit-mineurs, horaires-non-respectes-
 * mineur): what is over a limit, each as a message key and its figure, so that the answer can say so plainly.
 */
import type { MessageParams } from '../../src/knowledge/messages.js';
import { ADULT_AGE } from './knowledge-views.js';

export interface OverLimit {
  readonly key: string;
  readonly params: MessageParams;
}

/** The limits of the Code du travail for the under-18s (the entries above state them with their source). */
const WEEK_MAX = 35;
const DAY_MAX = 8;
/** Hours of work after which a break is due: 4 h 30, so any told span of 5 h or more without one is over it. */
const BREAK_AFTER = 4.5;
const NIGHT_FROM = 22;
const NIGHT_FROM_UNDER_16 = 20;
const NIGHT_TO = 6;

const PER_WEEK = /\b(\d{2,3}) ?(?:h|heures?)\b(?: de travail)? ?(?:par |la |a la |chaque |sur la |dans la |\/ ?)?(?:semaine|sem)\b/;
const PER_DAY = /\b(\d{1,2}) ?(?:h|heures?)\b(?: de travail)? ?(?:par |la |chaque |sur la |dans la |\/ ?)?(?:jour|journee|jours)\b/;
const ENDS_AT = /\b(?:finis|finit|fini|finir|termine|terminer|sors|sort|sortir|quitte|quitter|jusqu a|jusque a)\b(?: \S+){0,2}? (?:a |vers )?(\d{1,2}) ?h\b|\b(?:finis|finit|termine|sors|sort|quitte|jusqu a) (?:a |vers )?minuit\b/;
const STARTS_AT = /\b(?:commence|commencer|embauche|attaque|debute|debuter)\b(?: \S+){0,2}? (?:a |vers |des )(\d{1,2}) ?h\b/;
const NO_BREAK = /\b(?:pas de pause|sans pause|sans (?:aucune )?pause|aucune pause|pas de pose|sans pose)\b/;
const HOURS = /\b(\d{1,2}) ?(?:h|heures?)\b/;

/**
 * "il peut commencer à 4 h ?", "j'ai le droit de finir à 23 h ?": asks whether an hour is allowed, not what is done;
 * the entry for that rule answers it (with its version for the person's age).
 */
const PERMISSION_ASKED = /\b(?:peut|peux|pouvez|pourra|pourrait|pourrais|droit|autorise|autorisee|possible|legal|interdit)\b/;

/** The limits the message's figures are over, for a minor of that age; empty when none (or no figure) is told. */
export function overLimitsTold(normalized: string, age: number | undefined): OverLimit[] {
  if (age === undefined || age >= ADULT_AGE || PERMISSION_ASKED.test(normalized)) return [];
  const over: OverLimit[] = [];
  const week = PER_WEEK.exec(normalized);
  if (week && Number(week[1]) > WEEK_MAX) over.push({ key: 'work_time.what.week', params: { n: week[1] as string } });
  const day = PER_DAY.exec(normalized);
  if (day && Number(day[1]) > DAY_MAX) over.push({ key: 'work_time.what.day', params: { n: day[1] as string } });
  const end = ENDS_AT.exec(normalized);
  if (end) {
    const h = end[1] === undefined ? 0 : Number(end[1]);
    const nightFrom = age < 16 ? NIGHT_FROM_UNDER_16 : NIGHT_FROM;
    if (h >= nightFrom || h < NIGHT_TO) over.push({ key: 'work_time.what.end', params: { h: String(h) } });
  }
  const start = STARTS_AT.exec(normalized);
  if (start && Number(start[1]) < NIGHT_TO) over.push({ key: 'work_time.what.start', params: { h: start[1] as string } });
  const span = NO_BREAK.test(normalized) ? HOURS.exec(normalized.replace(PER_WEEK, ' ')) : null;
  if (span && Number(span[1]) > BREAK_AFTER && Number(span[1]) <= 24) over.push({ key: 'work_time.what.no_break', params: { n: span[1] as string } });
  return over;
}
