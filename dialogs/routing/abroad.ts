import type { Understanding } from '../../src/nlu/understanding.js';
import { namesPlace } from './facts.js';

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
