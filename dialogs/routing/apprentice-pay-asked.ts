import type { RoutingInput } from './route.js';
import { TOPIC_OF_INTENT } from './facts.js';
import { payOfItsOwn } from './own-question.js';
import { payDuringAbsence } from './pay-during-absence.js';
import { SURE } from './thresholds.js';

/**
 * "Combien dois-je le rémunérer ?", "quel salaire je lui verse ?", "c koi son salaire à mon apprenti", "on doit la payer
 * combien ?" right after an aid or a FAQ answer that is not about pay: an employer (or a parent) asks what the
 * apprentice is paid. The pronoun points at the apprentice, not at the card in view; the pay grid answers it (asking
 * the age or year it lacks), never the aid again (review 18, E3: the hiring aid repeated for "combien dois-je le
 * rémunérer"). One mechanism for every way of aiming the pay at the apprentice, after any answer but a pay one.
 */

/** Paying someone, the object pronoun before the verb: "le payer", "la rémunérer", "lui verser", "lui donne". */
const PAYS_HIM_OR_HER =
  /\b(?:le|la|l|lui|les|leur) (?:payer|paye|paie|payes|paies|payerai|payerais|payera|remunerer|remunere|remuneres|remunererai|remunerera|verser|verse|verserai|versera|donner|donne|donnerai)\b/;
/** "me la verse", "on nous le verse": the money comes TO the writer (the aid), not from them to the apprentice. */
const PAID_TO_THE_WRITER = /\b(?:me|m|te|t|nous|vous) (?:le|la|l|les|leur) (?:payer|paye|paie|verser|verse|versera|donner|donne)\b/;
/** The wage named with its owner: "son salaire", "sa paie", "le salaire de mon apprenti", "sa rémunération". */
const HIS_OR_HER_WAGE =
  /\b(?:son|sa|leur|ses) (?:salaire|paie|paye|remuneration|smic)\b|\b(?:salaire|paie|paye|remuneration) (?:de|a|d|pour) (?:mon|ma|notre|nos|cet|cette) ?(?:futur |future )?(?:apprenti|apprentie|alternant|alternante|jeune|salarie|salariee|fils|fille)\b|\b(?:salaire|remuneration|paie|paye)\b.*\blui\b/;

/** The topics after which that question is already the thread (the pay itself): left to the pay's own follow-ups. */
const PAY_TOPICS: ReadonlySet<string> = new Set(['salary']);

export function apprenticePayAsked(input: RoutingInput): boolean {
  const { understanding: u, data } = input;
  if (u.kind !== 'text' || (data.lastTopic !== 'aids' && data.lastTopic !== 'faq')) return false;
  if (TOPIC_OF_INTENT.get(u.intent) !== 'salary' || u.confidence < SURE) return false;
  // With its age told ("il aura 16 ans, combien je dois le payer ?") the pay is a question of its own already, read later.
  if (u.aid !== undefined || payOfItsOwn(u)) return false;
  // "son salaire est maintenu pendant l'arrêt ?": the pay in a situation away from work is that situation's entry.
  if (payDuringAbsence(u)) return false;
  const aimed = (PAYS_HIM_OR_HER.test(u.normalized) && !PAID_TO_THE_WRITER.test(u.normalized)) || HIS_OR_HER_WAGE.test(u.normalized);
  if (!aimed) return false;
  if (data.lastTopic === 'faq' && data.lastFaq) {
    const entry = input.faqEntry?.(data.lastFaq);
    if (entry && (PAY_TOPICS.has(entry.topic ?? '') || entry.category === 'remuneration')) return false;
  }
  return true;
}
