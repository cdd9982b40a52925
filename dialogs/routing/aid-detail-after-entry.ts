import type { Aid } from '../../src/knowledge/schema/aid.js';
import { aidStatus } from '../../src/rules/aids.js';
import { namesPlace } from './facts.js';
import type { RoutingInput } from './route.js';
import { BARE_DETAIL_MAX_WORDS } from './thresholds.js';

/** A follow-up that only changes the case ("et si c'était un apprenti en BTS ?") is short. */
const CASE_CHANGE_MAX_WORDS = 10;

/** What an aid's amount may depend on, as its table rows write it. */
type Dependency = 'level' | 'company_size' | 'disability';

/** The details an aid's amount table is written by. */
function dependenciesOf(aid: Aid): Set<Dependency> {
  const out = new Set<Dependency>();
  for (const item of aid.amount) {
    if (item.kind !== 'table') continue;
    for (const row of item.rows) for (const key of ['level', 'company_size', 'disability'] as const) if (row.when[key] !== undefined) out.add(key);
  }
  return out;
}

/**
 * Review 25 (E1): "Et si c'était un apprenti en BTS ?" right after the entry on how to claim the hiring aid got that
 * entry's steps again. A detail the amount of an aid of the entry in view depends on (its table is written by the
 * diploma's level, the company's size or a disability), told as a follow-up with no subject of its own, asks that aid
 * again for the case told: the aids topic, which reads the detail into the profile and computes the amount. An entry
 * that proposes no such aid, or a message naming a trade, a place or an aid of its own, is left to the other rules.
 */
export function aidDetailAfterEntry(input: RoutingInput): boolean {
  const { understanding: u, data } = input;
  if (u.kind !== 'text' || data.lastTopic !== 'faq' || data.lastFaq === undefined) return false;
  if (u.trade !== undefined || namesPlace(u) || u.outside !== undefined || u.aid !== undefined) return false;
  if (u.words > CASE_CHANGE_MAX_WORDS || (u.words > BARE_DETAIL_MAX_WORDS && !u.cues.followUp)) return false;
  const told: Dependency[] = [];
  if (u.facts.diplomaType !== undefined) told.push('level');
  if (u.facts.companySize !== undefined) told.push('company_size');
  if (u.facts.disability === true) told.push('disability');
  if (told.length === 0) return false;
  const entry = input.faqEntry?.(data.lastFaq);
  if (entry === undefined) return false;
  const aids = input.aids.filter((a) => entry.see_aids.includes(a.id) && aidStatus(a, input.today) !== 'ended');
  return aids.some((a) => told.some((d) => dependenciesOf(a).has(d)));
}
