import type { Understanding } from '../../src/nlu/understanding.js';

/** The entry on apprenticeship with a disability: the adapted contract, the CFA's référent handicap, the Agefiph and MDPH. */
export const DISABILITY_ENTRY = 'handicap-rqth';

/** A disability held by the person asking or their child: "j'ai une RQTH", "je suis handicapée", "mon fils a une rqth". */
export const DISABILITY_HELD =
  /\b(?:rqth|handicap|handicape|handicapee|handicapes|travailleur handicape|travailleuse handicapee|reconnaissance (?:de |du )?(?:travailleur )?handicap\w*|mdph|situation de handicap)\b/;
/** Aids or rights asked: "quelles aides", "des aides ?", "j'ai droit à quoi", "des financements". */
const AIDS_ASKED = /\b(?:aides?|aide financiere|financements?|primes?|droit a quoi|droits a quoi|a quoi j ai droit|a quoi ai je droit|a quoi il a droit|a quoi elle a droit|allocations?|soutiens?)\b/;
/**
 * The employer's question (hiring someone with a disability: the State's aid, the Agefiph's, the FIPHFP's): the aids
 * list for employers answers it. Obtaining the recognition, pay or length have their own entries.
 */
const EMPLOYER_SIDE = /\b(?:mon apprentie?|notre apprentie?|un apprentie? handicap\w*|une apprentie handicap\w*|embaucher|embauche|recruter|recrute|j embauche|nous embauchons|entreprise|employeurs?|patron)\b/;
const NARROWER = /\b(?:obtenir|demander|dossier|salaire|paye|paie|duree|prolong\w*|combien|permis|logement|transport)\b/;

/**
 * "je suis apprenti avec une RQTH, quelles aides existent ?", "jai une rqth g droit a quoi comme aides", "ma fille est
 * handicapée, elle aura des aides en alternance ?": a disability of one's own (or one's child's) and aids asked. What
 * apprenticeship provides for it (the adapted contract, the CFA's référent handicap, the Agefiph and the MDPH) with
 * the disability aids beside it, not the generic aids list that holds none of them for an apprentice. An employer's
 * question, a specific aid named (u.aid) or a narrower question keep their rules.
 */
export function ownDisabilityAidsAsked(u: Understanding): boolean {
  if (u.kind !== 'text' || u.aid !== undefined || u.facts.persona === 'employeur' || u.cues.employerWord) return false;
  const n = u.normalized;
  return DISABILITY_HELD.test(n) && AIDS_ASKED.test(n) && !EMPLOYER_SIDE.test(n) && !NARROWER.test(n);
}
