import type { FaqHit } from '../../src/knowledge/search.js';
import type { Understanding } from '../../src/nlu/understanding.js';
import { CLEAR_TRADE, FAQ_CLEAR_LEAD, FAQ_DECISIVE, FAQ_SURE, SURE } from './thresholds.js';

/** Whether the best FAQ hit is clearly the question asked. */
export function faqIsSure(hits: readonly FaqHit[]): boolean {
  const [first, second] = hits;
  if (!first) return false;
  if (first.coverage < FAQ_SURE.coverage) {
    return first.coverage >= FAQ_CLEAR_LEAD.coverage && second !== undefined && first.score >= second.score * FAQ_CLEAR_LEAD.margin;
  }
  return !second || first.score >= second.score * FAQ_SURE.margin || first.coverage >= FAQ_SURE.alone;
}

/** Topics whose intent a decisive FAQ hit may override. */
const FAQ_OVERRIDABLE: ReadonlySet<string> = new Set(['salary', 'training']);
/** FAQ entries the salary dialog answers better itself, with the person's age and year. */
const SALARY_OWN_FAQ = /^(remuneration-|contrat-pro-remuneration$)/;

/**
 * Whether the FAQ should answer a message the classifier gave to the salary or training topic: only when the FAQ
 * match is decisive, the entry is not one of that topic's own, and the message gives none of the details the
 * topic works with (an age or a year for the pay, a town or a trade for a course).
 */
export function faqAnswersInsteadOf(u: Understanding): boolean {
  // "ya des logements pr les apprentis ?": a hesitant aid intent (the aids dialog would first ask who is asking)
  // gives way to a FAQ entry that answers the very question.
  const unsureAid = u.intent === 'aids' && u.confidence < SURE;
  if (!FAQ_OVERRIDABLE.has(u.intent) && !unsureAid) return false;
  const [first, second] = u.faq;
  if (!first || first.score < FAQ_DECISIVE.score || first.coverage < FAQ_DECISIVE.coverage) return false;
  if (second && first.score < second.score * FAQ_DECISIVE.margin) return false;
  const f = u.facts;
  if (u.intent === 'salary') return !SALARY_OWN_FAQ.test(first.entry.id) && f.age === undefined && f.contractYear === undefined;
  if (unsureAid) return f.age === undefined && f.companySize === undefined && f.contractConcluded === undefined && f.persona === undefined;
  // A weak trade match ("passe par" read as "agent de pays") is not a course request.
  return u.commune === undefined && (u.trade === undefined || u.trade.score < CLEAR_TRADE) && u.outside === undefined;
}
