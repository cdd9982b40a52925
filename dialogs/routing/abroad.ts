import type { Understanding } from '../../src/nlu/understanding.js';
import { namesPlace } from './facts.js';
import type { Route } from './route.js';

/** The FAQ entry on doing part of the apprenticeship abroad. */
export const MOBILITY_ENTRY = 'mobilite-etranger';

/**
 * "je vis en Belgique, je peux faire mon apprentissage en Normandie ?": the person lives outside France and asks
 * about Normandy. The bot covers Normandy: it asks where here they would train (a Normandy town named beside the
 * country is a course request, answered as any other).
 */
export function livesAbroad(u: Understanding): boolean {
  return u.abroad?.livesThere === true && !namesPlace(u) && u.aid === undefined && !u.cues.aidWord;
}

/**
 * "je veux partir en Allemagne pendant mon apprentissage", "un stage en Espagne": a stay abroad during the contract,
 * which the mobility entry answers (never a town read from the country's letters).
 */
export function goesAbroad(u: Understanding): boolean {
  return u.abroad !== undefined && !u.abroad.livesThere && u.aid === undefined;
}

/**
 * Countries outside Europe (as countries.ts writes them). The mobility entry says the French rules (a stay of a year
 * at most, a convention); the European programmes and agreements it rests on stop at Europe's edge, and the rules of
 * the country itself (entry, stay, work there) are in none of our sources.
 */
const BEYOND_EUROPE: ReadonlySet<string> = new Set([
  'canada', 'quebec', 'etats unis', 'usa', 'amerique', 'mexique', 'bresil', 'maroc', 'algerie', 'tunisie', 'senegal',
  'cote d ivoire', 'cameroun', 'mali', 'japon', 'australie', 'nouvelle zelande', 'chine', 'coree', 'inde',
]);

/**
 * A stay during the contract in a country outside Europe ("une partie de mon apprentissage au Québec"): the mobility
 * entry, led by the plain word that the country's own rules are not in our sources, with the free line and a callback.
 */
export function goesBeyondEurope(u: Understanding): boolean {
  return goesAbroad(u) && BEYOND_EUROPE.has(u.abroad!.span);
}

/** Where a stay abroad goes: the mobility entry, said honestly incomplete for a country outside Europe. */
export function mobilityRoute(u: Understanding): Route {
  return goesBeyondEurope(u) ? { kind: 'faq_entry', id: MOBILITY_ENTRY, lead: { key: 'abroad.beyond_europe' } } : { kind: 'faq_entry', id: MOBILITY_ENTRY };
}

/** "en France", "en Normandie", "ici": the person asks about the rules here, whatever country they name beside them. */
const HERE = /\b(?:france|francais|francaise|normandie|normand|normande|ici)\b/;
/** A verb of living or coming from before the country: the person is there, the question is about Normandy. */
const LIVES_THERE = /\b(?:vis|vit|vivons|vivez|habite|habites|habitons|habitez|reside|suis|sommes|viens|vient|venons|venez|depuis)\b/;
/** The rules a country sets for apprentices: their pay, aids, contract, diplomas. */
const COUNTRY_RULE_TOPICS: ReadonlySet<string> = new Set(['salary', 'aids', 'employer_aids']);

/**
 * "quel est le salaire d'un apprenti en Belgique ?", "les aides pour un apprenti en Suisse ?": another country's own
 * rules, which no source of ours gives; the French figures would answer what was not asked. A person living there who
 * asks about Normandy ("je vis en Belgique, combien serai-je payé en Normandie ?") gets the French rules.
 */
export function asksAnotherCountrysRules(u: Understanding): boolean {
  if (u.abroad === undefined || u.abroad.span === 'etranger' || u.abroad.span === 'europe') return false;
  if (namesPlace(u) || HERE.test(u.normalized) || LIVES_THERE.test(u.normalized)) return false;
  return COUNTRY_RULE_TOPICS.has(u.intent) && !goesAbroad(u);
}
