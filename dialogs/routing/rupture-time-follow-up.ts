import { normalize, tokenize } from '../../src/text/normalize.js';
import { answerBoundInDays } from './duration-past-bound.js';
import { CONTRACT_ENDED, ruptureTimeCase, timeSpent } from './rupture-time-told.js';
import type { Route, RoutingInput } from './route.js';
import { AFTER_FOLLOW_UP_MAX_WORDS } from './thresholds.js';

/** The FAQ category of the answers about ending or leaving a contract. */
const RUPTURE_CATEGORY = 'rupture';

/**
 * Round 33: "ça fait 3 semaines que j'ai commencé" right after an answer on ending the contract that sets no bound of
 * its own (changing employer: "il faut d'abord mettre fin au contrat actuel"): the time told chooses the case of the
 * rupture, as it does when told with the wish to leave (rupture-time-told.ts): the free rupture of the first 45 days,
 * or what comes after them. Before, the message had no word of leaving, and the follow-up got "not covered".
 * A short message only, right after such an answer; the answers that set the bound themselves are read by
 * time-within-last-answer and after-last-answer, which come before.
 */
export function ruptureTimeFollowUp(input: RoutingInput): Route | undefined {
  const { understanding: u, data } = input;
  if (u.kind !== 'text' || data.lastTopic !== 'faq' || !data.lastFaq || !input.inContext) return undefined;
  if (tokenize(u.normalized).length > AFTER_FOLLOW_UP_MAX_WORDS || timeSpent(u.normalized).length === 0) return undefined;
  if (u.trade !== undefined || u.commune !== undefined || u.outside !== undefined || u.aid !== undefined) return undefined;
  const entry = input.faqEntry?.(data.lastFaq);
  if (!entry || entry.category !== RUPTURE_CATEGORY || !CONTRACT_ENDED.test(normalize(`${entry.answer.tu} ${entry.answer.vous}`))) return undefined;
  // An answer that sets the bound itself (the employer's rupture) keeps its own reading of a time told (blind-20
  // emp-rupture-3-semaines: "et s'il est là depuis 3 mois ?" wants its case past the bound, not the two cases).
  if (answerBoundInDays(entry.answer.tu) !== undefined || answerBoundInDays(entry.answer.vous) !== undefined) return undefined;
  return ruptureTimeCase(input, true);
}
