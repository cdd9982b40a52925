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
  /** An hour in the night told (finishing or starting): the night-work rule is the one over. */
  readonly night?: boolean;
  /** Finishing at midnight or later, or starting before 4 h: no sector's dérogation allows it (knowledge: travail-nuit-mineurs). */
  readonly beforeFour?: boolean;
  /** Hours told on a building site over even the limits of building sites (10 h a day, 40 h a week). */
  readonly site?: boolean;
}

/**
 * Work on a building, public-works or landscaping site ("sur les chantiers", "dans le BTP"): there a minor may work up
 * to 10 hours a day and 40 a week without authorisation (R3162-1), so 40 hours told there are within the rules.
 */
const ON_SITE = /\b(?:chantiers?|btp|travaux publics|espaces? verts?|paysagi\w*|paysager\w*)\b/;

/** No dérogation lets a minor work between midnight and this hour (Code du travail, L3163-2; travail-nuit-mineurs). */
const NO_DEROGATION_UNTIL = 4;


export const PER_WEEK = /\b(\d{2,3}) ?(?:h|heures?)\b(?: de travail)? ?(?:par |la |a la |chaque |sur la |dans la |\/ ?)?(?:semaine|sem)\b/;
export const PER_DAY = /\b(\d{1,2}) ?(?:h|heures?)\b(?: de travail)? ?(?:par |la |chaque |sur la |dans la |\/ ?)?(?:jour|journee|jours)\b/;
/** "je finis à 23 h", "jusqu'à 23h30", "il me fait finir à minuit", "je sors du resto vers minuit le samedi". */
const ENDS_AT = /\b(?:finis|finit|fini|finir|termine|terminer|sors|sort|sortir|quitte|quitter|jusqu a|jusque a)\b(?: \S+){0,2}? (?:a |vers )?(?:(\d{1,2}) ?h ?(\d{2})?\b|(minuit)\b)/;
const STARTS_AT = /\b(?:commence|commencer|embauche|attaque|debute|debuter)\b(?: \S+){0,2}? (?:a |vers |des )(\d{1,2}) ?h\b/;
const NO_BREAK = /\b(?:pas de pause|sans pause|sans (?:aucune )?pause|aucune pause|pas de pose|sans pose)\b/;
const HOURS = /\b(\d{1,2}) ?(?:h|heures?)\b/;

/**
 * "il peut commencer à 4 h ?", "j'ai le droit de finir à 23 h ?": asks whether an hour is allowed, not what is done;
 * the entry for that rule answers it (with its version for the person's age).
 */
export const PERMISSION_ASKED = /\b(?:peut|peux|pouvez|pourra|pourrait|pourrais|droit|autorise|autorisee|possible|legal|interdit)\b/;

/**
 * The limits the message's figures are over, for a minor of that age; empty when none (or no figure) is told. The
 * limits are the Code du travail's for the under-18s, read from the knowledge (parametres.yaml, with their source).
 */
export function overLimitsTold(normalized: string, age: number | undefined, limits: MinorWorkLimits): OverLimit[] {
  if (age === undefined || age >= ADULT_AGE || PERMISSION_ASKED.test(normalized)) return [];
  const over: OverLimit[] = [];
  const site = ON_SITE.test(normalized);
  const weekMax = site ? limits.site_week_max_hours : limits.week_max_hours;
  const dayMax = site ? limits.site_day_max_hours : limits.day_max_hours;
  const week = PER_WEEK.exec(normalized);
  if (week && Number(week[1]) > weekMax) over.push({ key: 'work_time.what.week', params: { n: week[1] as string }, site });
  const day = PER_DAY.exec(normalized);
  if (day && Number(day[1]) > dayMax) over.push({ key: 'work_time.what.day', params: { n: day[1] as string }, site });
  const end = ENDS_AT.exec(normalized);
  if (end) {
    const h = end[3] !== undefined ? 0 : Number(end[1]);
    const nightFrom = age < limits.stricter_below_age ? limits.night_from_younger : limits.night_from;
    // Said as told: "finir à minuit", "finir à 23 h 30" (not "0 h", nor "23 h" for half past).
    if (h >= nightFrom || h < limits.night_to) {
      over.push(end[3] !== undefined ? { key: 'work_time.what.end_midnight', params: {}, night: true, beforeFour: true } : { key: end[2] ? 'work_time.what.end_minutes' : 'work_time.what.end', params: { h: String(h), m: end[2] ?? '' }, night: true, beforeFour: h < NO_DEROGATION_UNTIL });
    }
  }
  const start = STARTS_AT.exec(normalized);
  if (start && Number(start[1]) < limits.night_to) over.push({ key: 'work_time.what.start', params: { h: start[1] as string }, night: true, beforeFour: Number(start[1]) < NO_DEROGATION_UNTIL });
  // A break is due after 4 h 30 of work: any told span over it without one is over the limit.
  const span = NO_BREAK.test(normalized) ? HOURS.exec(normalized.replace(PER_WEEK, ' ')) : null;
  if (span && Number(span[1]) > limits.break_after_hours && Number(span[1]) <= 24) over.push({ key: 'work_time.what.no_break', params: { n: span[1] as string } });
  return over;
}

/** What a minor's hours told are: the limits they are over, and whether they are within the building sites' only. */
export interface MinorHoursTold {
  readonly over: readonly OverLimit[];
  /**
   * Weekly or daily hours told on a building site, over the general limits but within the building sites'
   * ("j'ai 17 ans, 40 h par semaine sur les chantiers, c'est normal ?"): within the rules there (R3162-1). The answer
   * is the entry on minors' hours, which states both limits, not "over the limit" nor the pay an age reads.
   */
  readonly siteWithin: boolean;
}

/**
 * The hours told, read once per message: routing asks for the limits over (work-time-over), then for the building
 * sites' case (site-hours-within), and the answer for the figures to say; the last reading is kept for the next ask
 * of the same message, age and limits.
 */
let lastRead: { normalized: string; age: number | undefined; limits: MinorWorkLimits; told: MinorHoursTold } | undefined;
export function minorHoursTold(normalized: string, age: number | undefined, limits: MinorWorkLimits): MinorHoursTold {
  if (lastRead?.normalized === normalized && lastRead.age === age && lastRead.limits === limits) return lastRead.told;
  const over = overLimitsTold(normalized, age, limits);
  const told = { over, siteWithin: over.length === 0 && siteHoursOverGeneral(normalized, age, limits) };
  lastRead = { normalized, age, limits, told };
  return told;
}

/** A minor's weekly or daily hours told on a building site, over the general limits (not the building sites'). */
function siteHoursOverGeneral(normalized: string, age: number | undefined, limits: MinorWorkLimits): boolean {
  if (age === undefined || age >= ADULT_AGE || !ON_SITE.test(normalized)) return false;
  const week = PER_WEEK.exec(normalized);
  const day = PER_DAY.exec(normalized);
  const weekOver = week !== null && Number(week[1]) > limits.week_max_hours;
  const dayOver = day !== null && Number(day[1]) > limits.day_max_hours;
  return weekOver || dayOver;
}
