import { ownWordStems } from '../support/answer-words.js';
import { normalize } from '../../src/text/normalize.js';
import type { RoutingInput } from './route.js';

/** The upper bound asked: "et le maximum ?", "c'est combien max ?", "au plus ?", "la limite ?". */
const UPPER_ASKED = /\b(?:max|maxi|maximum|maximal|maximale|maximum legal|plafond|limite|au plus|le plus long|plus longtemps)\b/;
/** The lower bound asked: "et le minimum ?", "mini ?", "au moins ?", "le plus court ?". */
const LOWER_ASKED = /\b(?:min|mini|minimum|minimal|minimale|au moins|le plus court)\b/;
/** A range written in an answer, both of its bounds: "de 6 mois à 3 ans", "entre 16 et 29 ans", "de 4 à 12 semaines". */
const RANGE_WRITTEN = /\b(?:de|entre) \d+(?: \w+)? (?:a|et) \d+\b/;
/** An upper bound written in an answer: "jusqu'à 4 ans", "au plus", "pas plus de", "au maximum". */
const UPPER_WRITTEN = /\b(?:jusqu a|jusque a|au plus|pas plus de|au maximum|maximum de|plafonne|ne peut pas depasser)\b/;
/** A lower bound written in an answer: "au moins", "à partir de", "au minimum", "dès 15 ans". */
const LOWER_WRITTEN = /\b(?:au moins|a partir de|au minimum|minimum de|des \d+)\b/;
/** Besides the bound asked, at most this many words of its own: "et la durée max ?" is still the bound of the answer. */
const OTHER_WORDS_MAX = 2;

/**
 * "et le maximum ?", "c'est combien max ?" right after an answer that writes that bound itself ("de 6 mois à 3 ans",
 * "jusqu'à 4 ans"): the bound of the value that answer gives, so that answer again, not another entry that the bound
 * word alone reads (the minors' maximum working hours after the contract's length). When the answer does not write the
 * bound asked, other-bound.ts looks for the entry that does.
 */
export function boundWrittenInAnswer(input: RoutingInput, lastId: string): string | undefined {
  const n = input.understanding.normalized;
  const upper = UPPER_ASKED.test(n);
  const lower = LOWER_ASKED.test(n);
  if (upper === lower) return undefined;
  const bound = upper ? UPPER_ASKED : LOWER_ASKED;
  const others = ownWordStems(n.replace(new RegExp(bound.source, 'g'), ' ')).filter((w) => !FILLER.has(w));
  if (others.length > OTHER_WORDS_MAX) return undefined;
  // Words of its own the last answer does not hold ("et le salaire max ?") ask about something else.
  const stems = input.lastAnswerStems;
  if (stems && others.some((w) => !stems.has(w))) return undefined;
  const entry = input.faqEntry?.(lastId);
  if (!entry) return undefined;
  const written = normalize(`${entry.answer.tu} ${entry.answer.vous}`);
  const holds = RANGE_WRITTEN.test(written) || (upper ? UPPER_WRITTEN : LOWER_WRITTEN).test(written);
  return holds ? lastId : undefined;
}

/** Words that only carry the question ("c'est combien max ?", "et la durée maxi alors ?"). */
const FILLER: ReadonlySet<string> = new Set(ownWordStems('combien cb cmb quoi alors donc ca sa'));

/** The last FAQ answer, when the message asks a bound that answer writes. */
export function boundInLastAnswer(input: RoutingInput): string | undefined {
  const { lastTopic, lastFaq } = input.data;
  return lastTopic === 'faq' && lastFaq !== undefined ? boundWrittenInAnswer(input, lastFaq) : undefined;
}
