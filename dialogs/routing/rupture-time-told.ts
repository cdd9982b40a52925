import { answerBoundInDays, boundSentence, durationsToldInDays } from './duration-past-bound.js';
import { entryOfToldEvent } from './story-event.js';
import { speakerSide } from './side.js';
import { dismissedTold } from './dismissal-told.js';
import { partKeys } from '../support/answer-parts.js';
import { sentencesOf } from '../support/lead-sentence.js';
import { normalize } from '../../src/text/normalize.js';
import type { Route, RoutingInput } from './route.js';

/**
 * "j'ai commencé il y a 3 semaines et je veux arrêter", "il est chez nous depuis 6 mois, puis-je rompre ?": the time
 * the contract has already run, told with the rupture, chooses the case of the rupture's answer. Those answers open
 * with the bound of the free rupture ("Pendant les 45 premiers jours … en entreprise"); a time within it is that case,
 * a time past it the case after (written agreement, serious misconduct, the mediator). Round 21 did this only right
 * after the rupture card (after-last-answer.ts); here it holds in any message that tells both.
 */

/** The rupture's answer for each side: its first sentence sets the bound, the next ones say what comes after it. */
const RUPTURE_FOR_SIDE = { apprenti: 'rupture-contrat', employeur: 'rupture-par-employeur' } as const;
/** The apprentice's steps to leave alone, which are the case past the bound. */
const STEPS_TO_LEAVE = 'demission-apprenti-etapes';
/** Staying at the CFA after a rupture, while looking for another employer: what comes next for someone let go. */
const AFTER_RUPTURE_ENTRY = 'apres-rupture-cfa';

/**
 * A time already spent in the contract, on the normalised message: "depuis 15 jours", "il y a 3 semaines", "ça fait 2
 * mois", "au bout de 50 jours", "après 6 mois" (never "dans 2 semaines" nor "un préavis de 7 jours", which are no
 * time spent). The duration must follow one of these words closely.
 */
const TIME_SPENT = /\b(?:depuis|depui|dpuis|dep|il y a|y a|ya|ca fait|sa fait|cela fait|ca va faire|au bout de|apres|au dela de|plus de|moins de|commence|commencee|debute|debutee|arrive|arrivee|embauche|embauchee|signe) (?:(?:a peine|seulement|juste|environ|presque|pres de|deja|bientot|que|qu) )?(?:\d+|un|une)\s+(?:jours?|j|semaines?|sem|mois)\b(?:\s+et\s+demie?)?/g;

/** "45 jours en entreprise", "30 jours de présence", "40 jours de travail": the days told are those in the company. */
const COMPANY_DAYS = /\b(?:jours?|j|semaines?|sem|mois) (?:de presence |de travail |de formation pratique )?(?:en entreprise|dans l entreprise|chez (?:l |mon |ma |son |sa |notre |leur )?(?:employeur|patron|patronne)|de presence|de travail|de formation pratique)\b/;

/**
 * The share of the calendar the company has at least: rhythms go up to one week in two at the CFA, so a time told on
 * the calendar is surely past the bound of the days in the company only beyond twice that bound ("depuis 6 mois").
 */
const CALENDAR_PER_COMPANY_DAY = 2;

/** The time told is past the bound whatever the time spent at the CFA: counted in the company, or far past it. */
export function pastForCertain(normalized: string, told: readonly { days: number }[], bound: number): boolean {
  return COMPANY_DAYS.test(normalized) || told.some((t) => t.days > bound * CALENDAR_PER_COMPANY_DAY);
}

/** The durations of the time spent, in days. */
export function timeSpent(normalized: string): { days: number }[] {
  return [...normalized.matchAll(TIME_SPENT)].map((m) => ({ days: durationsToldInDays(m[0])[0] ?? 0 }));
}

/**
 * Ending the contract, on the normalised message: the apprentice leaving ("je veux arrêter", "je peux partir ?",
 * "démissionner") or the employer ending it ("rompre", "mettre fin", "le licencier", "le virer"). Not "partir en
 * vacances", nor "arrêter le lycée" (the time told is then no time in a contract).
 */
export const CONTRACT_ENDED = /\b(?:arreter|arrete|quitter|quitte|lacher|abandonner|stopper|partir(?! (?:en|a|au|aux|chez|dans|pour|le week end)\b)|demissionn\w*|demission|rompre|rupture|rompu|mettre fin|mettre un terme|licencier|licencie|licenciement|virer|vire|renvoyer|(?:m|me|nous|s|se) en separer)\b(?! (?:le |la |l |mon |ma |son |sa )?(?:lycee|college|ecole|seconde|2nde|premiere|terminale|fac|etudes)\b)/;

/** The message is about an apprenticeship contract: its word, or the status or contract the understanding read. */
export const CONTRACT_WORD = /\b(?:apprenti|apprentie|apprentis|apprentissage|alternance|alternant|alternante|contrat|patron|patronne|employeur|entreprise|boite)\b/;

/** The case of the rupture the time told selects. */
export function ruptureTimeCase(input: RoutingInput, endImplied = false): Route | undefined {
  const { understanding: u, data } = input;
  const dismissed = u.kind === 'text' && dismissedTold(u.normalized);
  if (u.kind !== 'text' || (!endImplied && !CONTRACT_ENDED.test(u.normalized) && !dismissed)) return undefined;
  if (!endImplied && !dismissed && !CONTRACT_WORD.test(u.normalized) && u.facts.status !== 'apprenti' && data.profile.persona !== 'employeur' && data.lastFaq === undefined) return undefined;
  // Another contract than apprenticeship (a contrat pro has no such 45 days in our answers).
  if (u.facts.contractType !== undefined && u.facts.contractType !== 'apprentissage') return undefined;
  const told = timeSpent(u.normalized);
  if (told.length === 0) return undefined;
  const event = entryOfToldEvent(u, data.profile);
  const side = speakerSide(u, data.profile);
  // Round 30: an apprentice let go by their employer ("on m'a renvoyé au bout de 3 semaines") is in the employer's
  // rupture, not their own way out (dismissal-told.ts).
  const id = side === 'employeur' || dismissed || event === RUPTURE_FOR_SIDE.employeur ? RUPTURE_FOR_SIDE.employeur : RUPTURE_FOR_SIDE.apprenti;
  const entry = input.faqEntry?.(id);
  if (!entry || !input.hasFaqEntry(id)) return undefined;
  // The bound is the same in both registers; the sentence to lead with is looked for in both (the answer is written in
  // the register the dialog chooses).
  const bound = answerBoundInDays(entry.answer.tu);
  if (bound === undefined || answerBoundInDays(entry.answer.vous) !== bound) return undefined;
  // "peut-il rompre après 45 jours ?" quotes the rule's own bound: a question on the rule, whose whole answer fits.
  if (told.some((t) => t.days === bound)) return undefined;
  const past = told.some((t) => t.days > bound);
  const within = !past && told.every((t) => t.days <= bound);
  if (!past && !within) return undefined;
  // Round 32: "ma fille veut arrêter après 2 mois": the 45 days count only the days in the company, so a time told
  // on the calendar, not far past the bound, may still be within it. Both cases, with what the days count.
  if (past && !pastForCertain(u.normalized, told, bound)) return { kind: 'faq_entry', id, lead: { key: 'rupture_time.unsure', values: { days: bound } } };
  // Let go within the free rupture: that it was allowed, then what they can do now (stay at the CFA while looking for
  // another employer: that entry offered next).
  if (within && dismissed && side !== 'employeur' && input.hasFaqEntry(AFTER_RUPTURE_ENTRY)) {
    return { kind: 'faq_entry', id, focus: caseKeys(entry.answer, 0), lead: { key: 'rupture_time.dismissed_within', values: { days: bound } }, next: [AFTER_RUPTURE_ENTRY] };
  }
  if (within) return { kind: 'faq_entry', id, focus: caseKeys(entry.answer, 0), lead: { key: 'rupture_time.within', values: { days: bound } } };
  // Past the bound: what the employer's answer says after it, or the apprentice's steps to leave on their own when
  // the event read was already them (the steps' entry is the case after the bound).
  if (event === STEPS_TO_LEAVE && id === RUPTURE_FOR_SIDE.apprenti) return { kind: 'faq_entry', id: event, lead: { key: 'rupture_time.past', values: { days: bound } } };
  return { kind: 'faq_entry', id, focus: caseKeys(entry.answer, 1), lead: { key: 'rupture_time.past', values: { days: bound } } };
}

/**
 * The keys of the sentence of each register that tells a case: the one setting the bound (offset 0) or the one right
 * after it (offset 1), the first of the case past the bound.
 */
function caseKeys(answer: { tu: string; vous: string }, offset: 0 | 1): string[] {
  const keys = new Set<string>();
  for (const text of [answer.tu, answer.vous]) {
    const sentences = sentencesOf(text);
    const opening = boundSentence(sentences);
    const sentence = opening === undefined ? undefined : sentences[sentences.indexOf(opening) + offset];
    if (sentence !== undefined) for (const key of partKeys(normalize(sentence))) keys.add(key);
  }
  return [...keys];
}
