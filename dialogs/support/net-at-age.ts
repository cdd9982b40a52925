import type { FaqEntry } from '../../src/knowledge/schema/faq.js';
import { normalize } from '../../src/text/normalize.js';
import { apprenticeMonthlyPay } from '../../src/rules/salary.js';
import { say, type Turn } from './turn.js';

/** The net pay named ("en net", "brut ou net"), not "internet". */
const NET = /\b(?:net|nets|nette|nettes)\b/;

/** An entry written about the net pay (one of its questions names it). */
export const writtenAboutNet = (entry: FaqEntry): boolean => entry.questions.some((q) => NET.test(normalize(q)));

/**
 * "et en net ?" right after the pay for a known age and contract year: the explanation of gross and net is led by
 * that person's own minimum, as a share of the SMIC, the figure the entry's thresholds are written in ("jusqu'à 50 %
 * du SMIC"). No net amount is computed: contributions depend on the contract's date and the person.
 */
export function netAtAgeLead(turn: Turn, entry: FaqEntry, lastTopic: string | undefined): string | undefined {
  if (lastTopic !== 'salary' || !writtenAboutNet(entry)) return undefined;
  const { age, contractYear } = turn.data.profile;
  if (age === undefined || contractYear === undefined) return undefined;
  const pay = apprenticeMonthlyPay(turn.kb.knowledge.parameters, { age, year: contractYear });
  if (pay.kind !== 'apprentice_pay') return undefined;
  return say(turn, 'salary.net_lead', { age, year_label: say(turn, `label.year.${pay.year}`), gross: pay.gross, percent: pay.percent });
}
