import type { Understanding } from '../../src/nlu/understanding.js';
import { namesConcept, namesPlace, OWN_QUESTION_CONCEPTS } from './facts.js';

/** "je commence par quoi", "par où je dois commencer", "c'est quoi la 1ère étape", "les premiers pas". */
const FIRST_STEP = /(?:^| )(?:(?:commence\w*|debut\w*) par (?:ou|quoi)|par (?:ou|quoi)(?: \S+){0,3} (?:commence|debut)\w*|(?:1e|1er|premiere|premier) (?:etape|pas)|premieres etapes|premiers pas)(?: |$)/;

/**
 * A trade named, then "where do I start?" ("carossier, je commence par quoi ?", "plombié c quoi la 1ere etape"): a
 * young person asks what to do first to learn that trade, which its card answers (the diplomas to start with). Not an
 * employer's steps, nor the help menu.
 */
export function tradeFirstStepAsked(u: Understanding): boolean {
  if (u.trade === undefined || !FIRST_STEP.test(u.normalized) || namesPlace(u)) return false;
  if (u.facts.persona === 'employeur' || u.facts.persona === 'conseiller') return false;
  return !namesConcept(u, OWN_QUESTION_CONCEPTS);
}
