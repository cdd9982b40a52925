import type { Understanding } from '../../src/nlu/understanding.js';
import { TOPIC_OF_INTENT } from './facts.js';

/** "la CAF", "les allocs", "l'APL", "des aides", "j'ai droit à quoi": what is asked is what the person may receive. */
const ASKS_WHAT_THEY_RECEIVE = /\b(?:caf|allocs?|allocations?|apl|prestations?|aides?|droit|droits)\b/;

/**
 * "je suis apprentie, j'ai 23 ans et un bébé, j'ai droit aux allocs ?": an apprentice who tells of a child of their
 * own asks about their own rights, the aids for an apprentice (prime d'activité, housing, the OPCO's help), not the
 * entry on parents keeping their apprentice child in their family benefits until 20 (`not_when: [own-children]`)
 * nor an interest in early childhood read from "bébé".
 */
export function ownFamilyAidsAsked(u: Understanding): boolean {
  if (u.facts.situations?.includes('own-children') !== true || u.facts.persona === 'employeur') return false;
  return TOPIC_OF_INTENT.get(u.intent) === 'aids' || u.cues.aidWord || ASKS_WHAT_THEY_RECEIVE.test(u.normalized);
}
