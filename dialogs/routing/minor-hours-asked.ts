import type { MinorWorkLimits } from '../../src/knowledge/schema/parameters.js';
import { ADULT_AGE } from '../support/knowledge-views.js';
import { PERMISSION_ASKED, PER_DAY, PER_WEEK } from '../support/work-time-over.js';
import { isWeekSized } from './hours-told.js';
import type { Route, RoutingInput } from './route.js';

/**
 * Round 33: "mon apprenti a 16 ans, il peut faire 39 heures par semaine comme les autres ?", "j'ai 17 ans, mon patron
 * me fait bosser 42 h par semaine, c'est légal ?": a minor's weekly or daily hours over the under-18s' limits, asked
 * with a word of permission or legality. work-time-over.ts leaves those questions alone (a permission word asks of a
 * rule, "il peut commencer à 4 h ?"), so the matcher's readings answered them: the hours of adults, the overtime. The
 * figure and the age told make it the minors' limits whatever the words: the entry that states them (8 h, 35 h and the
 * building sites' 10 h and 40 h) for a supposed case, the entry on hours not respected (the limits, what to note, who
 * can step in) when the hours are already done.
 */

/** The entry on a minor's working hours (8 h a day, 35 a week; 10 and 40 on building sites). */
export const MINORS_HOURS = 'horaires-mineurs';
/** The entry on a minor's working hours not respected: the limits, what to note, who can step in. */
export const HOURS_NOT_KEPT = 'horaires-non-respectes-mineur';

/** Work on a building, public-works or landscaping site, where a minor may work up to 10 h a day and 40 a week. */
const ON_SITE = /\b(?:chantiers?|btp|travaux publics|espaces? verts?|paysagi\w*|paysager\w*)\b/;

/**
 * The hours already done, told as a fact: "il me fait bosser", "je fais", "mon fils fait", "on lui fait faire", "je
 * travaille", "je bosse". Not "il peut faire", "est-ce qu'il pourrait faire" (a case supposed).
 */
const HOURS_DONE =
  /\b(?:(?:me|lui|nous|leur) (?:fait|font|faisait|fais) (?:faire|bosser|travailler)|(?:je|il|elle|on) (?:fais|fait|faisait|bosse|bossait|travaille|travaillait|enchaine)|(?:mon fils|ma fille|mon apprenti|mon apprentie|notre fils|notre fille)(?: \S+){0,8} (?:fait|bosse|travaille)|jbosse|jfais|jtravaille)\b/;

/**
 * Overtime or its pay named ("mes heures sup sont payées ?", "majorées ?"): the overtime entry answers that, with its
 * rule for the under-18s; the limits are not what is asked.
 */
const OVERTIME_NAMED = /\b(?:heures? sup\w*|heures? en plus|majore\w*|majoration|paye|payee|payees|payes|paie|paye t il|remunere\w*)\b/;

/** Any figure in hours ("39h comme les autres", "40 heures"), not followed by minutes. */
const ANY_HOURS = /\b(\d{2}) ?(?:h|heures?)\b(?! ?\d)/;
/** "il peut faire 39h comme les autres ?": a figure of a week's size without "par semaine" is the week's hours. */
function weekSizedHours(normalized: string): RegExpExecArray | null {
  const m = ANY_HOURS.exec(normalized);
  return m !== null && isWeekSized(Number(m[1])) ? m : null;
}

/** "c'est normal que je fasse 39 h ?": asking whether it is normal asks whether it is allowed (r33-firsts). */
const IS_IT_NORMAL = /\bnormal\b/;

/** Which entry answers the minor's hours asked, or undefined when the message is no such question. */
export function minorHoursAskedEntry(normalized: string, age: number | undefined, limits: MinorWorkLimits): string | undefined {
  if (age === undefined || age >= ADULT_AGE || !(PERMISSION_ASKED.test(normalized) || IS_IT_NORMAL.test(normalized)) || ON_SITE.test(normalized) || OVERTIME_NAMED.test(normalized)) return undefined;
  const week = PER_WEEK.exec(normalized) ?? weekSizedHours(normalized);
  const day = PER_DAY.exec(normalized);
  const over = (week !== null && Number(week[1]) > limits.week_max_hours) || (day !== null && Number(day[1]) > limits.day_max_hours && Number(day[1]) <= 24);
  if (!over) return undefined;
  return HOURS_DONE.test(normalized) && !/\b(?:peut|peux|pourra|pourrait|pourrais|pouvez)\b/.test(normalized) ? HOURS_NOT_KEPT : MINORS_HOURS;
}

/** The route for the minor's hours asked (see the module's comment), when the knowledge has its entry. */
export function minorHoursAsked(input: RoutingInput): Route | undefined {
  const u = input.understanding;
  if (u.kind !== 'text') return undefined;
  const id = minorHoursAskedEntry(u.normalized, u.facts.age ?? input.data.profile.age, input.minorWorkLimits);
  return id !== undefined && input.hasFaqEntry(id) ? { kind: 'faq_entry', id } : undefined;
}
