import type { Aid } from '../../src/knowledge/schema/aid.js';
import { normalize, tokenize } from '../../src/text/normalize.js';
import { partKeys } from '../support/answer-parts.js';
import { sentencesOf } from '../support/lead-sentence.js';
import { namesPlace } from './facts.js';
import type { Route, RoutingInput } from './route.js';
import { ANSWER_FOLLOW_UP_MAX_WORDS, CLEAR_TRADE } from './thresholds.js';

/**
 * How long an aid lasts, asked (normalised text): "pendant combien de temps ?", "ça dure combien ?", "c'est sur
 * combien de mois ?", "jusqu'à quand ?", "combien de temps on la touche ?".
 */
const HOW_LONG_IT_LASTS = /\b(?:pendant|durant|sur) combien\b|\b(?:ca|cela|elle|il|sa) dure\b|\bdure(?:ra|nt)? combien\b|\bduree\b|\bcombien de (?:temps|tps|mois|annees?)\b|\bcmb de (?:temps|tps)\b|\bjusque? a quand\b|\bjusqua quand\b|\blongtemps\b/;
/** How soon something must be done, asked: "dans quel délai ?", "c'est quoi le délai ?", "avant quand ?", "date limite ?". */
const HOW_SOON = /\bdelais?\b|\bau plus tard\b|\bavant quand\b|\bdate limite\b|\bil (?:me |nous |vous )?reste combien de temps\b/;

/** A number said in words or digits, as the records write lengths ("deux ans", "six mois", "11 versements"). */
const NUMBER = '(?:\\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|dix-huit|vingt-quatre)';
/** A length stated by an aid's text: "pendant deux ans de formation", "pour la première année du contrat", "par année". */
const LENGTH_GIVEN = new RegExp(`\\b(?:pendant|durant|sur) (?:${NUMBER} |les |la |toute la )?(?:ans?|annees?|mois|semaines?)\\b|\\bpendant ${NUMBER}\\b|\\b(?:premiere|1re|1ere) annee\\b|\\bpar annee\\b|\\b${NUMBER} (?:ans?|annees?|mois) de (?:formation|contrat)\\b`);
/** A delay stated by an aid's text: "au plus tard six mois après sa signature", "dans les 3 mois", "avant le début". */
const DELAY_GIVEN = new RegExp(`\\bau plus tard\\b|\\bdelais?\\b|\\bdans les ${NUMBER} (?:jours|mois)\\b|\\b${NUMBER} (?:jours|mois) (?:apres|avant|suivant)\\b`);

/** Every sentence of an aid's own text, in both registers: its summary, the notes of its amounts, its conditions. */
function aidTexts(aid: Aid): string[] {
  return [
    ...sentencesOf(aid.summary.tu),
    ...sentencesOf(aid.summary.vous),
    ...aid.amount.flatMap((a) => (a.note ? sentencesOf(a.note) : [])),
    ...aid.other_conditions,
    ...(aid.dates_note ? sentencesOf(aid.dates_note) : []),
  ];
}

/**
 * "pendant combien de temps ?" after Mobili-Jeune, "dans quel délai ?" after the hiring aid: how long the aid in view
 * lasts, or how soon its step must be done, asked alone. The records write these in words ("deux ans de formation au
 * plus", "au plus tard six mois après sa signature"), which the figure-only readings of a delay miss: the card led by
 * the sentence of its text that states it (its keys as the focus, aid-part.ts), not the amounts again. A record that
 * states none gets the honest "not covered", never the same card for a question it does not answer.
 */
export function aidLengthAsked(input: RoutingInput): Route | undefined {
  const { understanding: u, data } = input;
  if (u.kind !== 'text' || data.lastTopic !== 'aids' || data.lastAid === undefined) return undefined;
  if ((u.trade && u.trade.score >= CLEAR_TRADE) || namesPlace(u) || u.outside || (u.aid && u.aid.id !== data.lastAid)) return undefined;
  if (tokenize(u.normalized).length > ANSWER_FOLLOW_UP_MAX_WORDS) return undefined;
  const delay = HOW_SOON.test(u.normalized);
  if (!delay && !HOW_LONG_IT_LASTS.test(u.normalized)) return undefined;
  // "combien de temps à 17 ans ?", "pendant combien de temps en 2e année ?": a detail of the case changes the question.
  if (u.facts.age !== undefined || u.facts.contractYear !== undefined || u.facts.companySize !== undefined) return undefined;
  const aid = input.aids.find((a) => a.id === data.lastAid);
  if (!aid) return undefined;
  const stated = aidTexts(aid).find((s) => (delay ? DELAY_GIVEN : LENGTH_GIVEN).test(normalize(s)));
  if (!stated) return { kind: 'say', key: 'not_covered' };
  return { kind: 'aid', id: aid.id, focus: [...partKeys(normalize(stated))] };
}
