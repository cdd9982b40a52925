/**
 * Working hours a minor tells with their figures ("45 heures par semaine", "je finis à 23 h", "pas de pause en 6 h"),
 * set against the rules for the under-18s (knowledge: horaires-mineurs, travail-nuit-mineurs, horaires-non-respectes-
 * mineur): what is over a limit, each as a message key and its figure, so that the answer can say so plainly.
 */
import type { MessageParams } from '../../src/knowledge/messages.js';
import type { MinorWorkLimits } from '../../src/knowledge/schema/parameters.js';
import { ADULT_AGE } from './knowledge-views.js';

export interface OverLimit {
  readonly key: string;
  readonly params: MessageParams;
}


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

/**
 * The limits the message's figures are over, for a minor of that age; empty when none (or no figure) is told. The
 * limits are the Code du travail's for the under-18s, read from the knowledge (parametres.yaml, with their source).
 */
export function overLimitsTold(normalized: string, age: number | undefined, limits: MinorWorkLimits): OverLimit[] {
  if (age === undefined || age >= ADULT_AGE || PERMISSION_ASKED.test(normalized)) return [];
  const over: OverLimit[] = [];
  const week = PER_WEEK.exec(normalized);
  if (week && Number(week[1]) > limits.week_max_hours) over.push({ key: 'work_time.what.week', params: { n: week[1] as string } });
  const day = PER_DAY.exec(normalized);
  if (day && Number(day[1]) > limits.day_max_hours) over.push({ key: 'work_time.what.day', params: { n: day[1] as string } });
  const end = ENDS_AT.exec(normalized);
  if (end) {
    const h = end[1] === undefined ? 0 : Number(end[1]);
    const nightFrom = age < limits.stricter_below_age ? limits.night_from_younger : limits.night_from;
    if (h >= nightFrom || h < limits.night_to) over.push({ key: 'work_time.what.end', params: { h: String(h) } });
  }
  const start = STARTS_AT.exec(normalized);
  if (start && Number(start[1]) < limits.night_to) over.push({ key: 'work_time.what.start', params: { h: start[1] as string } });
  // A break is due after 4 h 30 of work: any told span over it without one is over the limit.
  const span = NO_BREAK.test(normalized) ? HOURS.exec(normalized.replace(PER_WEEK, ' ')) : null;
  if (span && Number(span[1]) > limits.break_after_hours && Number(span[1]) <= 24) over.push({ key: 'work_time.what.no_break', params: { n: span[1] as string } });
  return over;
}
