import type { Aid } from '../../src/knowledge/schema/aid.js';
import { HOW_LONG_ASKED } from '../../src/nlu/cues.js';
import { normalize, tokenize } from '../../src/text/normalize.js';
import { ownWordStems } from '../support/answer-words.js';
import { stem } from '../../src/text/stem.js';
import { ASKS_COMBINED, saysCombined } from './aid-combined.js';
import { shortAidFollowUp } from './aid-dated.js';
import { namesPlace } from './facts.js';
import type { Route, RoutingInput } from './route.js';
import { ANSWER_FOLLOW_UP_MAX_WORDS, CLAIM_ENTRY_COVERAGE, CLEAR_TRADE, FAQ_GUESS } from './thresholds.js';

/**
 * What a short follow-up asks about the card just shown, by name of the aspect: when an aid is paid, up to what age it
 * runs, when one may start. Normalised text (no accents, "c'est" is "ce est", "jusqu'à" is "jusque a").
 */
export type CardAspect = 'paid_when' | 'age_limit' | 'start' | 'claim' | 'combined' | 'length';

const WHEN = '(?:quand|qd|a quel moment|a partir de quand|quelle date|quel mois)';
/** Paid, received, cashed: the money of the aid reaching the person (not "je suis payé", the apprentice's pay). */
const PAID = '(?:verse|versee|verses|versees|versement|paye|payee|paiement|touche|touchee|toucher|touchera|recoit|recevoir|recevra|percoit|percevoir|tombe|tombera|arrive|arrivera)';
const START = '(?:commencer|commence|commencerai|commencera|demarrer|demarre|debuter|debute|rentrer|rentre)';

const ASPECTS: readonly (readonly [CardAspect, RegExp])[] = [
  ['paid_when', new RegExp(`\\b${PAID}\\b.*\\b${WHEN}\\b|\\b${WHEN}\\b.*\\b${PAID}\\b`)],
  ['age_limit', /\b(?:jusque a|jusqua|jusque) (?:quel age|combien d ans)\b|\bage (?:max|maxi|maximum|limite)\b|\blimite d age\b/],
  // "il faut faire une demande ?", "faut la demander ?", "c'est automatique ?": whether and how it is claimed.
  ['claim', /\b(?:faut|dois|doit|devons|devez|doivent)(?: il)? (?:faire|deposer|remplir|envoyer) (?:une |la |un |le |des |les )?(?:demande|dossier|formulaire)s?\b|\b(?:faut|dois|doit|devons|devez)(?: il)? (?:la |le |les )?demander\b|\b(?:y a|il y a|ya) (?:une )?demande a faire\b|\b(?:ce est|c est|est ce|cest) automatique\b/],
  ['combined', ASKS_COMBINED],
  // "ça dure combien de temps ?", "c'est en combien d'années ?", "la formation dure longtemps ?": how long the course is.
  // "ça dure 2 ans ?" asks the length too: a verb of lasting, beside how long asked (HOW_LONG_ASKED).
  ['length', new RegExp(`\\b(?:dure|durent|duree|durera)\\b|${HOW_LONG_ASKED.source}`)],
  ['start', new RegExp(`\\b${START}\\b.*\\b${WHEN}\\b|\\b${WHEN}\\b.*\\b${START}\\b|\\bla rentree (?:ce est |c est |)(?:quand|qd)\\b|\\b(?:quand|qd) (?:est |)la rentree\\b`)],
];

/** "je suis payé quand ?", "on est payés quand" ask the apprentice's pay, whatever card came before. */
const OWN_PAY = /\b(?:je suis|suis|tu es|t es|on est|nous sommes|vous etes|il est) payee?s?\b|\bsalaire|\bpaie\b/;

/** The aspect the message asks and the words it says besides (they must all belong to the answer that gives it). */
export function aspectAsked(normalized: string): { aspect: CardAspect; rest: string } | undefined {
  if (tokenize(normalized).length > ANSWER_FOLLOW_UP_MAX_WORDS) return undefined;
  for (const [aspect, pattern] of ASPECTS) {
    const m = pattern.exec(normalized);
    if (!m) continue;
    if (aspect === 'paid_when' && OWN_PAY.test(normalized)) return undefined;
    return { aspect, rest: `${normalized.slice(0, m.index)} ${normalized.slice(m.index + m[0].length)}` };
  }
  return undefined;
}

/** An aid's summary says when it is paid (after the 3rd month, every month…), in either register. */
const PAID_TIMING = /\bapres le \d+ ?e mois\b|\bchaque mois\b|\btous les mois\b|\bmensuellement\b|\bchaque trimestre\b|\ben une (?:seule )?fois\b|\ba la signature\b/;

const saysWhenPaid = (aid: Aid): boolean => PAID_TIMING.test(normalize(`${aid.summary.tu} ${aid.summary.vous}`));

/**
 * The answer from the aid's record: its card when the record holds the aspect (its summary says when it is paid, its
 * conditions the age limit, its "how to claim"). When and how it is paid or claimed, if the record does not say, is
 * in a FAQ entry that proposes this aid and that the message reaches as a guess worth giving (the hiring aid's steps;
 * not the lodging costs, which merely list Mobili-Jeune and share no word), else not covered: never
 * another aid's steps. Combining: a record that says nothing of it is not answered by its card again (aid-combined.ts
 * answers the ones that do) nor by small talk. An age the record does not limit is left to the other rules.
 */
function aspectOfAid(input: RoutingInput, aid: Aid, aspect: CardAspect): Route | undefined {
  const u = input.understanding;
  if (!shortAidFollowUp(u, aid.id)) return undefined;
  const card: Route = { kind: 'aid', id: aid.id };
  if (aspect === 'combined') return saysCombined(aid) ? undefined : { kind: 'say', key: 'not_covered' };
  if (aspect === 'length') return undefined;
  if (aspect === 'age_limit') return aid.conditions.age?.max !== undefined ? card : undefined;
  if (aspect === 'paid_when' && saysWhenPaid(aid)) return card;
  const steps = u.faq.find((h) => h.entry.see_aids.includes(aid.id) && h.coverage >= CLAIM_ENTRY_COVERAGE && h.probability >= FAQ_GUESS);
  if (steps) return { kind: 'faq_entry', id: steps.entry.id };
  return aspect === 'claim' ? card : { kind: 'say', key: 'not_covered' };
}

/** After a trade or a list of places, the FAQ entry that answers the aspect for any course. */
const COURSE_ASPECT_ENTRY: Readonly<Partial<Record<CardAspect, string>>> = { start: 'date-debut-contrat' };

/** Words that say how the aspect is asked or name the aid's money: "et ça marche jusqu'à quel âge ?", "on reçoit l'argent quand ?". */
// "combien de temps ça dure ?", "ça prend combien de temps ?": the verb of lasting said beside the "combien de temps" that
// matched is how the length is asked, not a subject of its own (review 21, J3).
const HOW_ASKED: ReadonlySet<string> = new Set(['marche', 'valable', 'applique', 'fonctionne', 'argent', 'sous', 'somme', 'thune', 'fric', 'aide', 'prime', 'formation', 'diplome', 'etudes', 'longtemps', 'temps', 'tps', 'annee', 'annees', 'an', 'ans', 'dure', 'durent', 'duree', 'durera', 'prend', 'prendra'].map(stem));

/** Every word of its own the message says besides the aspect is in that answer (no subject of its own). */
function restHeldBy(rest: string, stems: ReadonlySet<string> | undefined): boolean {
  const own = ownWordStems(rest).filter((w) => !HOW_ASKED.has(w));
  return own.length === 0 || (stems !== undefined && own.every((w) => stems.has(w)));
}

/**
 * "c'est versé quand ?" after the 45-and-over hiring aid, "jusqu'à quel âge ?" after the family benefits, "je peux
 * commencer quand ?" after a trade: a short follow-up that names an aspect of the card just shown, and nothing else,
 * is answered from that card's record: the aid's own card when its record holds the aspect (its summary says when it is
 * paid, its conditions the age limit), the FAQ entry on that aspect after a trade or a list of places. A record that
 * does not hold the aspect leaves the message to the other follow-up rules.
 */
export function cardAspectAsked(input: RoutingInput): Route | undefined {
  const { understanding: u, data } = input;
  if (u.kind !== 'text' || (u.trade && u.trade.score >= CLEAR_TRADE) || namesPlace(u) || u.outside) return undefined;
  const asked = aspectAsked(u.normalized);
  if (!asked) return undefined;
  if (data.lastTopic === 'aids' && data.lastAid !== undefined) {
    const aid = input.aids.find((a) => a.id === data.lastAid);
    if (!aid || !restHeldBy(asked.rest, input.lastAnswerStems)) return undefined;
    return aspectOfAid(input, aid, asked.aspect);
  }
  if (data.lastTopic !== 'trade' && data.lastTopic !== 'training') return undefined;
  // "ça dure combien de temps ?" after a trade or its places: the length of the diploma shown first (its kind's entry),
  // not the range of every apprenticeship contract. Said with its own words only ("ça dure combien le CAP ?" is the
  // diploma-explained rule's).
  if (asked.aspect === 'length') return data.profile.tradeCode !== undefined && u.cues.diplomaKinds.length === 0 && restHeldBy(asked.rest, undefined) ? { kind: 'course_length' } : undefined;
  const id = COURSE_ASPECT_ENTRY[asked.aspect];
  if (id === undefined || !input.hasFaqEntry(id) || u.aid !== undefined) return undefined;
  return restHeldBy(asked.rest, input.faqStems?.(id)) ? { kind: 'faq_entry', id } : undefined;
}
