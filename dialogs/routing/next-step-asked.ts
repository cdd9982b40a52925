/**
 * What comes next, asked: after leaving school (the Mission Locale), after a diploma held (the entry of what
 * follows that level), after a FAQ answer (its advice: "je fais quoi alors ?"), or when the step it advised is refused.
 */
import type { Understanding } from '../../src/nlu/understanding.js';
import { namesConcept, OWN_QUESTION_CONCEPTS, namesPlace } from './facts.js';
import type { RoutingInput } from './route.js';
import { CLEAR_TRADE, WHAT_NOW_OTHER_ENTRY } from './thresholds.js';
import { readingsOf, isClear } from './readings.js';

/** The FAQ entry of what follows each diploma one may hold. */
const NEXT_AFTER: Readonly<Record<string, string>> = { CAP: 'poursuite-apres-cap', 'Bac pro': 'poursuite-apres-bac-pro', Bac: 'apres-bac-general' };

export function leftSchoolWhatNow(u: Understanding): boolean {
  if (!u.cues.leftSchoolWhatNow || u.facts.persona === 'employeur' || u.aid !== undefined) return false;
  // A next step asked beside pay, aids or hiring is that question.
  return !namesConcept(u, OWN_QUESTION_CONCEPTS);
}

export function nextAfterDiploma(u: Understanding): string | undefined {
  const held = u.facts.diplomaHeldType;
  if (held === undefined || !u.cues.asksNextStep || namesPlace(u) || u.aid !== undefined) return undefined;
  if (namesConcept(u, OWN_QUESTION_CONCEPTS)) return undefined;
  return NEXT_AFTER[held];
}

/** The FAQ entry whose advice follows the last answer: that answer's own entry, or the one it pointed to (adviceFaq). */
export function adviceEntryOf(i: RoutingInput): string | undefined {
  if (i.data.lastTopic === 'faq') return i.data.lastFaq;
  return i.data.lastTopic === 'salary' ? i.data.adviceFaq : undefined;
}

/** "et s'il refuse, je fais comment ?" right after a FAQ answer, when no other entry clearly answers it instead. */
export function whatNowIfRefused(i: RoutingInput): boolean {
  const u = i.understanding;
  if (!u.cues.whatNowIfRefused || i.data.lastTopic !== 'faq' || i.data.lastFaq === undefined) return false;
  if ((u.trade && u.trade.score >= CLEAR_TRADE) || u.commune || u.outside || u.aid) return false;
  const readings = readingsOf(u);
  const lead = readings[0];
  return !(lead?.kind === 'faq' && lead.id !== i.data.lastFaq && lead.score >= WHAT_NOW_OTHER_ENTRY && isClear(readings));
}
