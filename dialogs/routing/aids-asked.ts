/**
 * The aids asked in a way the topic readings miss or get wrong: an amount no current aid of this person has
 * (never confirmed), an aid with a figure to compare, the aids asked beside a trade or a town, the one employer aid
 * of the contract told, and the steps' FAQ entry when aids are read with no word of an aid.
 */
import type { RoutingInput } from './route.js';
import { isIntent, aidMentionsAmount, namesPlace } from './facts.js';
import { COST_ASKED } from './cost-asked.js';
import { aidStatus, aidConcerns } from '../../src/rules/aids.js';
import type { Aid } from '../../src/knowledge/schema/aid.js';
import type { Understanding } from '../../src/nlu/understanding.js';
import { READING_MARGIN, AID_IN_OTHER_WORDS_COVERAGE, AID_IN_OTHER_WORDS_EVIDENCE, STEPS_COVERAGE } from './thresholds.js';
import { aidWordBesideTrade } from './trade-aid-word.js';
import { clearTrade } from './trade-asked.js';
import { readings, leadTopic } from './lead-reading.js';

export const amountOf = (input: RoutingInput): number | undefined => input.understanding.facts.amountEuros;

/** An amount we cannot tie to any current aid for this person is never confirmed. */
export function unknownAmount(input: RoutingInput): boolean {
  const u = input.understanding;
  const amount = amountOf(input);
  if (amount === undefined || !(isIntent(u, 'aids', 'employer_aids') || u.cues.moneyClaim)) return false;
  // "ma fiche de paie est de 600 €": the person's own pay, not an aid they heard of; "le CFA nous demande 300 € de frais
  // d'inscription": a cost asked of them, not an aid either.
  if ((u.cues.ownPay || COST_ASKED.test(u.normalized)) && !u.cues.aidWord) return false;
  // "je gagne 800 € en alternance, il y a des aides ?": the figure is their pay, the aids are asked beside it.
  if (u.payTold?.amount === amount) return false;
  // The employer's aids only when the classifier prefers them clearly ("une prime à tous les apprentis" ties both).
  const persona = input.data.profile.persona ?? (employerAidsLead(u) ? 'employeur' : 'jeune');
  return !input.aids.some((aid) => aidStatus(aid, input.today) === 'current' && aidConcerns(aid, persona) && aidMentionsAmount(aid, amount));
}

/** The aid has an amount to compare a figure with (not only "calculé au cas par cas"). */
export const hasFigure = (aid: Aid): boolean => aid.amount.some((item) => item.kind !== 'variable');

function employerAidsLead(u: Understanding): boolean {
  const score = (intent: string): number => u.ranking.find((r) => r.intent === intent)?.score ?? 0;
  return u.intent === 'employer_aids' && score('employer_aids') - score('aids') >= READING_MARGIN;
}

/** "quelles aides", "droit à quelles aides", "on touche des primes": a question about aids, whatever else is told. */
const AIDS_QUESTION = /\bquel(?:le)?s? (?:aide|aides|prime|primes)\b|\b(?:droit a|droit aux|touche|toucher|toucherai|toucherait|avoir) (?:des |quelles |une |quoi comme )?(?:aide|aides|prime|primes)\b/;

/**
 * "mon fils veut faire électricien vers Caen, il aura droit à quelles aides ?": a trade or a town told beside a
 * question about the aids (the aids lead with the word "aide", or the words ask for aids): the aids answer, and the
 * profile keeps the trade and the town for "et c'est où ?". An employer's own trade and town are theirs (other rules).
 */
export function asksAidsBesideCourse(input: RoutingInput): boolean {
  const u = input.understanding;
  if (!aidWordBesideTrade(u) || !(clearTrade(u) || namesPlace(u)) || u.facts.persona === 'employeur' || u.cues.employerWord) return false;
  if (u.aid !== undefined || u.cues.whereToLearn) return false;
  const lead = readings(input)[0];
  return (lead?.kind === 'topic' && lead.topic === 'aids') || AIDS_QUESTION.test(u.normalized);
}

/**
 * The one current employer aid of the contract told (message or profile) whose age the hired person meets: "j'embauche
 * un demandeur d'emploi de 47 ans en contrat pro, une aide ?" is the 45-and-over aid itself (amount, conditions,
 * source), not a list of one title; an aid only for a recognised disability fits when one was told. Undefined when
 * none or several fit.
 */
export function onlyAidForContract(input: RoutingInput): Aid | undefined {
  // The contract named in the message itself keeps the list of its aids (each with its amount for the age told).
  if (input.understanding.facts.contractType !== undefined) return undefined;
  const contract = input.data.profile.contractType;
  const age = input.understanding.facts.age ?? input.data.profile.age;
  const fits = input.aids.filter((aid) => {
    const { contract_types: types, age: range } = aid.conditions;
    if (contract === undefined || types === undefined || !types.includes(contract)) return false;
    if (!aid.who.includes('employeur') || aidStatus(aid, input.today) !== 'current') return false;
    if (aid.conditions.disability === true && input.data.profile.disability !== true && input.understanding.facts.disability !== true) return false;
    // An age condition fits only an age told: with none, the list of the contract's aids says what each needs.
    if (range === undefined) return true;
    return age !== undefined && (range.min ?? 0) <= age && age <= (range.max ?? Infinity);
  });
  return fits.length === 1 ? fits[0] : undefined;
}

/**
 * Aids read with no word of an aid: the FAQ entry that answers the message itself. With no word of money or of a right
 * either, the entry of the first two that shows the aids beside its answer (the hiring steps); with one ("un truc
 * pour payer mes trajets jusqu'au CFA ?"), the first entry if it reads nearly the whole message (the commute's entry).
 */
export function stepsWithTheirAids(input: RoutingInput): string | undefined {
  const u = input.understanding;
  if (leadTopic(input) !== 'aids' || u.aid !== undefined || u.cues.aidWord || u.cues.receives || u.cues.asksAmount) return undefined;
  // "Je suis un jeune" after the aids says who asks: no question, the aids go on.
  if (!u.text.includes('?') && !u.cues.questionWord) return undefined;
  const first = u.faq[0];
  if (first && first.coverage >= AID_IN_OTHER_WORDS_COVERAGE && first.evidence >= AID_IN_OTHER_WORDS_EVIDENCE) return first.entry.id;
  if (u.cues.moneyOrRight) return undefined;
  return u.faq.slice(0, 2).find((h) => h.coverage >= STEPS_COVERAGE && h.entry.see_aids.length > 0)?.entry.id;
}
