import type { Understanding } from '../../src/nlu/understanding.js';
import type { Route } from './route.js';

/**
 * A parent's or a young person's story with several facts, asking whether apprenticeship is possible: "Mon fils de
 * 15 ans termine sa 3e à Argentan, il veut faire de la mécanique, c'est possible en apprentissage ?", "j'ai 16 ans, je
 * sors de 3e, je veux être coiffeuse à Vire, je peux ?". The age condition answers the "possible ?" and the trade
 * leads it with its first diploma, its card and places one button away; a field told without a trade gets its main
 * trades (near the town told) led by the age condition. The age rule alone dropped the trade told, the trade's card
 * alone dropped the condition asked.
 */

/** An age or a class said in the story: "de 15 ans", "j'ai 16 ans", "en 3e", "termine sa troisième", "au collège". */
const CLASS_TOLD = /\b(?:3e|3eme|3ème|troisieme|4e|4eme|quatrieme|college|brevet)\b/;
/** Whether it can be done: "c'est possible", "il peut", "est-ce faisable", "à quel âge", "trop jeune". */
const POSSIBLE_ASKED = /\b(?:possible|faisable|peut|peux|peuvent|pourra|pourrait|pourrais|quel age|trop jeune|assez age|autorise|le droit)\b/;
/** Apprenticeship is what is asked about. */
const APPRENTICESHIP = /\b(?:apprentissage|alternance|apprenti|apprentie|contrat)\b/;
/** A narrower question of its own: the pay, the aids, how long, where exactly. */
const OTHER_QUESTION = /\b(?:combien|salaire|paye|paie|aides?|duree|dure|ou (?:se former|faire|trouver)|quelle? ecole)\b/;
/** The trade or field is wished, not held: "il veut faire", "elle voudrait être", "la menuiserie le tente". */
const WISH = /\b(?:veut|veux|veu|jveu|jveux|voudrait|voudrais|aimerait|aimerais|souhaite|souhaiterait|reve|envie|interesse|interessee|tente|plait|attire|passionne|passionnee|devenir)\b/;
/**
 * An apprentice already at work ("mon apprenti boulanger a 16 ans, il peut commencer à 4h ?") or the hours asked:
 * the employer's question of working time, not whether apprenticeship is open.
 */
const ALREADY_OR_HOURS = /\b(?:mon|notre|votre|son|ses|mes|nos) apprenti(?:e|s|es)?\b|\b\d{1,2} ?h\b|\bheures?\b|\bnuit\b|\bhoraires?\b|\bmatin\b|\bsoir\b/;
/** An age above this is past the minimum age (16): the question is then no longer the age condition. */
const MINOR_AGE = 16;

/**
 * What such a story wishes: the trade read (its code), or a field named without a trade ("de la mécanique"), whose
 * main trades then answer with the age condition said first.
 */
export function storyAgeAndTrade(u: Understanding): { trade: string } | { field: true } | undefined {
  if (u.kind !== 'text' || (u.trade === undefined && u.facts.interests.length === 0)) return undefined;
  const ageTold = u.facts.age !== undefined && u.facts.age <= MINOR_AGE;
  if (!ageTold && !CLASS_TOLD.test(u.normalized)) return undefined;
  if (u.facts.age !== undefined && u.facts.age > MINOR_AGE) return undefined;
  if (!POSSIBLE_ASKED.test(u.normalized) || !APPRENTICESHIP.test(u.normalized) || OTHER_QUESTION.test(u.normalized)) return undefined;
  if (!WISH.test(u.normalized) || ALREADY_OR_HOURS.test(u.normalized) || u.facts.persona === 'employeur') return undefined;
  return u.trade !== undefined ? { trade: u.trade.trade.code } : { field: true };
}

/** The route of such a story: the age rule led by the trade, or the field's trades led by the age rule. */
export function storyAgeRoute(u: Understanding, entry: string): Route | undefined {
  const told = storyAgeAndTrade(u);
  if (told === undefined) return undefined;
  return 'trade' in told ? { kind: 'faq_entry', id: entry, leadTrade: told.trade, offers: ['choice.trade'] } : { kind: 'field_trades', lead: { key: 'story_age.lead' } };
}
