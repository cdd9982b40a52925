import type { Aid } from '../../src/knowledge/schema/aid.js';
import type { FaqEntry } from '../../src/knowledge/schema/faq.js';
import type { Understanding } from '../../src/nlu/understanding.js';
import { aidStatus } from '../../src/rules/aids.js';
import { normalize } from '../../src/text/normalize.js';
import { partKeys } from '../support/answer-parts.js';
import { sentencesOf } from '../support/lead-sentence.js';
import { namesPlace } from './facts.js';
import { payOfItsOwn } from './own-question.js';
import type { Route, RoutingInput } from './route.js';
import { EXACT_TRADE } from './thresholds.js';

/**
 * Round 33 (review 24, "a short follow-up gets the wrong card"): "jusqu'à combien ?" after the card on who pays the
 * first equipment, "c'est combien par mois ?" after the aids for a lodging, "ça rapporte combien ?" after the Mission
 * Locale's card that names the contrat d'engagement jeune were read as the apprentice's pay ("quel âge as-tu ?"): a
 * bare "how much", with no pay word and no subject of its own, asks the amount of the thing in view. Answered from
 * that thing: the sentence of the FAQ entry in view that writes a sum; else the one current aid that entry names or
 * proposes and that has an amount; after a list of aids, the one aid of the list whose amount is by the period asked
 * ("par mois"). Nothing of the kind in view leaves the message to the other rules.
 */

/** A follow-up that asks an amount is short: a longer message says a case or a question of its own. */
const AMOUNT_MAX_WORDS = 10;

/** The thing in view pays or brings something: "ça paye combien ?", "ça rapporte cb ?", "elle verse combien ?". */
const THING_PAYS = /\b(?:ca|sa|c|elle|il|ils|elles|on) (?:paye|paie|payent|paient|rapporte|rapportent|donne|donnent|verse|versent|fait|font)\b.*\b(?:combien|cmb|cb)\b|\b(?:combien|cmb|cb) (?:ca|sa|elle|il) (?:paye|paie|rapporte|donne|verse|fait)\b/;
/** "max ?", "le maximum ?", "jusqu'à combien ?", "ça monte à combien ?": the ceiling, an amount too. */
const CEILING = /\b(?:max|maxi|maximum|plafond|jusqu a combien|jusqua combien|monte a combien)\b/;
/** A bare "how much", in the cues' own reading (no pay word), or in SMS spelling ("cb"). */
const HOW_MUCH = /\b(?:combien|cmb|cb|montant|montants)\b/;

/** What something costs the speaker ("combien ça coûte ?", "les frais ?"): the cost rules answer it, not an amount received. */
const COST = /\b(?:coute|coutent|couter|cout|couts|frais|tarif|tarifs|prix)\b/;

/** The period an amount is asked by: "par mois", "par nuit", "par repas", "par an". */
const PERIODS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:par|le|chaque) mois\b|\bmensuel\w*\b/, 'month'],
  [/\b(?:par|la|chaque) nuit\w*\b/, 'night'],
  [/\b(?:par|le|chaque) repas\b/, 'meal'],
  [/\b(?:par|l|chaque) an\b|\bpar annee\b|\ban?nuel\w*\b/, 'year'],
];

/** A sum written in a sentence: "500 €", "561,68 €", "100 euros". */
const SUM = /\d[\d  .,]*\s?(?:€|euros?)/;

/** The message asks an amount, with nothing of its own to be answered by instead. */
export function asksAmountOfThingInView(u: Understanding): boolean {
  if (u.kind !== 'text' || u.words > AMOUNT_MAX_WORDS) return false;
  const n = u.normalized;
  if (!(u.cues.asksAmount || THING_PAYS.test(n) || (HOW_MUCH.test(n) && CEILING.test(n)))) return false;
  if (COST.test(n)) return false;
  // "combien je serai payé à 17 ans ?": the person's own pay, a question of its own.
  if (payOfItsOwn(u) || u.cues.ownPay) return false;
  const f = u.facts;
  if (f.contractYear !== undefined || f.companySize !== undefined || f.diplomaType !== undefined || f.amountEuros !== undefined) return false;
  return !(u.trade && u.trade.score >= EXACT_TRADE) && !namesPlace(u) && u.outside === undefined && u.aid === undefined;
}

const periodAsked = (n: string): string | undefined => PERIODS.find(([re]) => re.test(n))?.[1];

/** An amount the record gives as a figure (not one computed case by case). */
const hasAmount = (aid: Aid): boolean => aid.amount.some((a) => a.kind !== 'variable');

/** The current aids a FAQ entry proposes or names by one of their key phrases, with an amount. */
function aidsOfEntry(input: RoutingInput, entry: FaqEntry): Aid[] {
  const text = ` ${normalize(`${entry.answer.tu} ${entry.answer.vous}`)} `;
  const named = (a: Aid): boolean => (a.keywords ?? []).some((k) => normalize(k).length >= 3 && text.includes(` ${normalize(k)} `));
  return input.aids.filter((a) => aidStatus(a, input.today) !== 'ended' && hasAmount(a) && (entry.see_aids.includes(a.id) || named(a)));
}

/** The sentence of the entry in view that writes a sum, else the one aid it names with an amount. */
function amountOfEntry(input: RoutingInput, entry: FaqEntry): Route | undefined {
  const sentences = [...sentencesOf(entry.answer.tu), ...sentencesOf(entry.answer.vous)].filter((s) => SUM.test(s));
  const period = periodAsked(input.understanding.normalized);
  const byPeriod = period === 'month' ? sentences.filter((s) => /\bpar mois\b/.test(normalize(s))) : sentences;
  const sentence = byPeriod[0] ?? (period === undefined ? sentences[0] : undefined);
  if (sentence) return { kind: 'faq_entry', id: entry.id, focus: [...partKeys(normalize(sentence))] };
  const aids = aidsOfEntry(input, entry);
  return aids.length === 1 ? { kind: 'aid', id: aids[0]!.id } : undefined;
}

/** One aid's card, led by the sentence of its summary that writes its sum (the card is the one just shown). */
function amountOfAid(aid: Aid): Route {
  const sentence = [...sentencesOf(aid.summary.tu), ...sentencesOf(aid.summary.vous)].find((s) => SUM.test(s));
  return sentence ? { kind: 'aid', id: aid.id, focus: [...partKeys(normalize(sentence))] } : { kind: 'aid', id: aid.id };
}

/** After a list of aids: the one listed aid whose amount is by the period asked ("combien par mois ?"). */
function amountOfListed(input: RoutingInput): Route | undefined {
  const period = periodAsked(input.understanding.normalized);
  if (period === undefined) return undefined;
  const listed = input.aids.filter((a) => input.data.lastAidList?.includes(a.id) && aidStatus(a, input.today) !== 'ended');
  const byPeriod = listed.filter((a) => a.amount.some((row) => row.kind !== 'variable' && row.period === period));
  return byPeriod.length === 1 ? { kind: 'aid', id: byPeriod[0]!.id } : undefined;
}

/** The amount of the FAQ entry or the list of aids in view, asked by a bare "how much". */
export function amountInView(input: RoutingInput): Route | undefined {
  const { data } = input;
  if (!asksAmountOfThingInView(input.understanding)) return undefined;
  if (data.lastTopic === 'faq' && data.lastFaq) {
    const entry = input.faqEntry?.(data.lastFaq);
    return entry ? amountOfEntry(input, entry) : undefined;
  }
  // "ça paye combien ?" right after one aid's card: that aid's amount ("paye" is a pay word the amount cue leaves out).
  if (data.lastTopic === 'aids' && data.lastAid !== undefined) {
    const aid = input.aids.find((a) => a.id === data.lastAid);
    return aid && hasAmount(aid) ? amountOfAid(aid) : undefined;
  }
  if (data.lastTopic === 'aids' && (data.lastAidList?.length ?? 0) > 0) return amountOfListed(input);
  return undefined;
}
