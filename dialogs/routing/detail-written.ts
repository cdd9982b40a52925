import type { RoutingInput } from './route.js';
import { ownWordStems } from '../support/answer-words.js';
import { questionOf } from '../support/faq-coverage-of.js';
import { COVERAGE_ALL_WORDS_MAX, FOREIGN_WORD_COVERAGE_MAX, FOREIGN_WORD_PROBABILITY_MAX, WRITER_PROBABILITY_MIN, WRITER_RANK_MAX, WRITER_SHARE_OF_FIRST } from './thresholds.js';

/*
 * The honest guard's one question: is the DETAIL asked written by the answer chosen? An entry read for a message on its
 * topic words answers a neighbouring question when the message's own subject is written nowhere in our sources (a
 * wedding's leave, a health insurance, a residence permit, a currency, a canteen's menu), or when the message asks an
 * amount and the entry gives none (what a stay abroad pays). We then say plainly that our sources do not hold it,
 * offer that entry as the closest we have, the free line and a callback (decide.ts) — never that entry as the answer.
 * The other direction: a message the entry's ways of asking paraphrase (high coverage, read with certainty) is answered
 * whatever incidental word of it no entry writes.
 */

/** A sum of money asked: what one receives, earns or pays, "c'est combien", "quel montant". */
const AMOUNT_ASKED =
  /\b(?:combien|cmb|cb|quel montant|le montant|montant de|quelle somme)\b(?:\s+\S+){0,6}?\s*\b(?:touche|touches|touchent|toucher|touchera|gagne|gagnes|gagner|percoit|percois|recoit|recois|recevoir|verse|versee|donne|donnent|bourse|bourses|prime|primes|aide|aides|allocation|indemnite|indemnites|rembourse|remboursement|coute|coutent)\b|\b(?:touche|toucher|recoit|recois|gagne|bourse|prime|aide)\b(?:\s+\S+){0,4}?\s+(?:combien|cmb|cb)\b/;
/** A count of days, hours or leave asked ("combien de congés payés", "combien de jours"): no sum of money. */
const COUNT_ASKED = /\b(?:combien|cmb|cb) (?:de |d )?(?:jours?|heures?|semaines?|mois|ans|annees?|temps|conges?|fois|rtt)\b/;
const amountAsked = (input: RoutingInput): boolean =>
  input.understanding.kind === 'text' && AMOUNT_ASKED.test(input.understanding.normalized) && !COUNT_ASKED.test(input.understanding.normalized);
/** A figure of money written: "6 €", "500 euros", "27 %", "1 867,02 €", the SMIC as its base. */
const FIGURE_WRITTEN = /\d[\d\s.,]*\s*(?:€|euros?|%)|\bsmic\b/i;

/** Whether the entry's answers (any version) write a sum of money. */
function entryWritesAFigure(input: RoutingInput, id: string): boolean {
  const entry = input.faqEntry?.(id);
  if (!entry) return true;
  const versions = [entry.answer, entry.answer_minor, entry.details, ...(entry.answer_when ?? []).map((w) => w.answer)];
  return versions.some((v) => v !== undefined && (FIGURE_WRITTEN.test(v.tu) || FIGURE_WRITTEN.test(v.vous)));
}

/** The entry paraphrases the message: its ways of asking cover nearly all of the message's words, or it is read with certainty. */
function paraphrased(input: RoutingInput, id: string): boolean {
  const hit = input.understanding.faq.find((h) => h.entry.id === id);
  return hit !== undefined && (hit.coverage > FOREIGN_WORD_COVERAGE_MAX || hit.probability >= FOREIGN_WORD_PROBABILITY_MAX);
}

/**
 * Why the entry `id` does not write the detail asked, if it does not: the subject words no entry of ours writes
 * ('subject'), or an amount asked of an entry that gives none ('amount'). Undefined: it may answer.
 */
export function detailNotWritten(input: RoutingInput, id: string): 'subject' | 'amount' | undefined {
  if (paraphrased(input, id)) return undefined;
  // In a long message, only the things named count ("le mariage de ma sœur", "payé en dollars"): its other rare words
  // are the story's ("je déteste", "apprenti couvreur").
  const long = ownWordStems(questionOf(input.understanding).normalized).length > COVERAGE_ALL_WORDS_MAX;
  if ((input.faqForeign?.({ nounsOnly: long, shortNouns: true }) ?? []).length > 0) return 'subject';
  if (amountAsked(input) && !entryWritesAFigure(input, id)) return 'amount';
  return undefined;
}


/**
 * The other way round: the entry read first leaves out a word of the question ("imposable") that a close candidate
 * writes (the entry on tax). That candidate, read among the first and leaving nothing of the question out, answers the
 * question asked: it is given instead of "not in my sources".
 */
export function entryWritingTheDetail(input: RoutingInput, id: string, namesOnly: boolean): string | undefined {
  const first = input.understanding.faq.find((h) => h.entry.id === id)?.probability ?? 0;
  return input.understanding.faq
    .slice(0, WRITER_RANK_MAX)
    .find(
      (h) =>
        h.entry.id !== id &&
        h.probability >= WRITER_PROBABILITY_MIN &&
        h.probability >= first * WRITER_SHARE_OF_FIRST &&
        (input.faqUncovered?.(h.entry.id, namesOnly) ?? ['?']).length === 0 &&
        detailNotWritten(input, h.entry.id) === undefined,
    )?.entry.id;
}
