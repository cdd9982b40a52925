import type { Understanding } from '../../src/nlu/understanding.js';
import { AGE_LIMIT_FAQ_ID, APPRENTICESHIP_AGE_LIMIT } from '../support/person-conditions.js';
import { namesPlace } from './facts.js';
import { withoutReminderFrame } from './reminder.js';
import type { Route } from './route.js';
import { MIN_APPRENTICE_AGE_AFTER_3E } from './thresholds.js';

/** At most this many words: "g 16", "j'ai 17", "moi j'ai 17 ans", "il en a 15", not a sentence that says more. */
const AGE_ALONE_MAX_WORDS = 5;

/**
 * "g 16", "j'ai 17", "mon fils en a 15" as the first message: an age told and nothing else (no trade, town, diploma,
 * aid or question). It is kept (the profile has it) and acknowledged with the menu, never the fallback's "je n'ai pas
 * compris"; after an answer, the carry-over rule takes it to that topic first.
 */
export function ageToldAlone(u: Understanding): boolean {
  if (u.facts.age === undefined || u.text.includes('?')) return false;
  if (u.trade !== undefined || namesPlace(u) || u.aid !== undefined || u.facts.diplomaType !== undefined || u.facts.interests.length > 0) return false;
  // "je te rappelle que j'ai 17 ans" tells the age alone: the reminding words are a frame, not more said.
  return withoutReminderFrame(u.normalized).split(' ').length <= AGE_ALONE_MAX_WORDS;
}

/** The entry on the minimum age, for an age below it told alone ("g 14"). */
const MIN_AGE_FAQ_ID = 'age-minimum';

/**
 * What an age told alone gets: below the minimum age or past the limit, the rule on that age (the entry's own
 * versions say it to that person); in between, the acknowledgement with the menu.
 */
export function routeOfAgeAlone(age: number, hasFaqEntry: (id: string) => boolean): Route {
  if (age < MIN_APPRENTICE_AGE_AFTER_3E && hasFaqEntry(MIN_AGE_FAQ_ID)) return { kind: 'faq_entry', id: MIN_AGE_FAQ_ID };
  if (age >= APPRENTICESHIP_AGE_LIMIT && hasFaqEntry(AGE_LIMIT_FAQ_ID)) return { kind: 'faq_entry', id: AGE_LIMIT_FAQ_ID };
  return { kind: 'say', key: 'age_ack' };
}
