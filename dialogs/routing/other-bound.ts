import { ownWordStems } from '../support/answer-words.js';
import { nearEntryAsked } from './near-entry.js';
import { isClear, readingsOf } from './readings.js';
import type { RoutingInput } from './route.js';
import { FAQ_ANSWER } from './thresholds.js';

/**
 * The words that ask one bound of a value: the upper one ("jusqu'à quel âge", "l'âge max", "une limite") or the lower
 * one ("le minimum"). Stemmed as the last answer's words are.
 */
const BOUND_WORDS: ReadonlySet<string> = new Set(ownWordStems('jusque jusqu max maxi maximum maximal maximale limite limites plafond minimum mini min minimal minimale'));

/**
 * "et jusqu'à quel âge ?", "et l'âge max ?" after the minimum age: a bound of the value that the last answer does not
 * speak of (it gives where it starts, not where it ends). The same card again, led by one of its ages, answers what was
 * not asked; the FAQ's clear reading of the message, or else the entry next to it that the message reaches
 * (near-entry.ts), is the other bound. Nothing when the last answer holds the bound word itself ("jusqu'à 20 ans" for the family
 * benefits answers "et jusqu'à quel âge ?").
 */
export function otherBoundEntry(input: RoutingInput, lastId: string): string | undefined {
  const stems = input.lastAnswerStems;
  if (!stems) return undefined;
  const bounds = ownWordStems(input.understanding.normalized).filter((w) => BOUND_WORDS.has(w));
  if (bounds.length === 0 || bounds.some((w) => stems.has(w))) return undefined;
  const readings = readingsOf(input.understanding);
  const lead = readings[0];
  if (lead?.kind === 'faq' && lead.score >= FAQ_ANSWER && isClear(readings)) return lead.id !== lastId ? lead.id : undefined;
  // An entry written for a case nobody told (no age limit with an RQTH) would answer with its "Oui" someone else's case.
  const near = nearEntryAsked(input, lastId);
  return near !== undefined && (input.faqAppliesWhen?.(near) ?? []).length === 0 ? near : undefined;
}
