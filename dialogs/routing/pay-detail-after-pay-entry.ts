import type { RoutingInput } from './route.js';

/**
 * "et l'année prochaine j'aurai 20 ans", "et en 2e année ?", "et à 21 ans ?" right after a FAQ answer about pay (gross
 * or net, a pay rule): a detail the pay grid is computed from, told as a follow-up, asks the pay for it. The entry
 * answered does not hold that figure, the pay answer does: never "my last answer does not cover it" (review 18, J6).
 */
/** A follow-up of a detail is short; a longer message tells a case of its own, which the other rules read. */
const MAX_WORDS = 12;
/** The FAQ categories whose entries speak of the apprentice's pay. */
const PAY_CATEGORIES: ReadonlySet<string> = new Set(['remuneration']);

export function payDetailAfterPayEntry(input: RoutingInput): boolean {
  const { understanding: u, data } = input;
  if (u.kind !== 'text' || data.lastTopic !== 'faq' || !data.lastFaq || u.words > MAX_WORDS) return false;
  const entry = input.faqEntry?.(data.lastFaq);
  if (!entry || !(entry.topic === 'salary' || PAY_CATEGORIES.has(entry.category))) return false;
  const f = u.facts;
  const payDetail = f.age !== undefined || f.ageSoon !== undefined || f.contractYear !== undefined || f.nextContractYear === true;
  return payDetail && u.aid === undefined && u.trade === undefined && !u.commune && f.persona !== 'employeur';
}
