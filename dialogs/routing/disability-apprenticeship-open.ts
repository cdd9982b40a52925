import type { Understanding } from '../../src/nlu/understanding.js';
import { APPRENTICESHIP_AGE_LIMIT } from '../support/person-conditions.js';
import { APPRENTICESHIP_WORDS } from '../../src/nlu/apprenticeship-word.js';

/** The entry on apprenticeship with a disability: open at any age, adapted, the CFA's référent handicap. */
export const DISABILITY_APPRENTICESHIP_ENTRY = 'handicap-rqth';

/** The recognition or the disability already held: "a une RQTH", "est reconnu travailleur handicapé", "j'ai un handicap". */
const DISABILITY_HELD =
  /\b(?:(?:a|ai|as|avons|avez|ont|possede|dispose d) (?:une |la |sa |ma |son |mon |un )?(?:rqth|reconnaissance|handicap)|(?:est|suis|es|sont) (?:reconnue?s? |en situation de handicap|handicapee?s?)|(?:reconnue?s?) (?:travailleur|travailleuse|rqth|handicap\w*)|avec (?:une |sa |ma |son |mon |un )?(?:rqth|handicap))\b/;
/** Whether apprenticeship is open to them: "il peut faire un apprentissage ?", "c'est possible ?", "ouvert à elle ?". */
const OPEN_TO_THEM =
  /\b(?:peut|peux|pourrait|pourrais|pourra|possible|ouvert|ouverte|accessible|le droit|droit de|acces|accepte|acceptee)\b/;
const APPRENTICESHIP = new RegExp(`\\b(?:${APPRENTICESHIP_WORDS}|cfa)\\b`);
/** How to obtain the recognition, or a narrower question (pay, length, aids, age) has its own entry. */
const OTHER_QUESTION = /\b(?:obtenir|demander|demande|dossier|mdph|salaire|paye|paie|duree|prolong\w*|aides?|primes?|argent|combien|referent|amenagements?)\b/;

/**
 * "mon fils a une RQTH, il peut faire un apprentissage ?", "ma fille est reconnue travailleur handicapé, l'alternance
 * c'est possible pour elle ?": a disability already recognised and whether apprenticeship is open is the entry on
 * apprenticeship with a disability, not how to obtain the RQTH it names.
 */
export function disabilityApprenticeshipOpenAsked(u: Understanding): boolean {
  // Past the general age limit ("j'ai 34 ans avec une RQTH, je peux encore ?"), the age is the question: the age rule
  // for people with an RQTH answers it (stillAllowedAsked in readings.ts).
  if (u.kind !== 'text' || u.aid !== undefined || (u.facts.age !== undefined && u.facts.age >= APPRENTICESHIP_AGE_LIMIT)) return false;
  const text = u.normalized;
  return DISABILITY_HELD.test(text) && OPEN_TO_THEM.test(text) && APPRENTICESHIP.test(text) && !OTHER_QUESTION.test(text);
}
