import type { Understanding } from '../../src/nlu/understanding.js';

/** What reaches the account: "en net", "sur mon compte", "ce que je touche vraiment" (not "versé": "me verse 700 € brut" is a pay told to weigh). */
const NET = /\bnet\b|\bsur (?:mon|son|ton|le) compte\b|\bce que (?:je|il|elle|tu) (?:touche|touches|recoi\w*) vraiment\b/;
/** What the contract or the payslip says: "brut", "sur ma fiche de paie", "le bulletin", "mon contrat dit". */
const GROSS = /\bbrut\b|\bfiches? de paie\b|\bbulletins?\b|\bcontrat\b/;
/** The two set against each other: "moins", "plus bas", "pas les 803 €", "la différence". */
const LESS = /\b(?:alors que|moins|plus bas|plus basse|inferieur|inferieure|difference|ecart|pas les|manque)\b/;

/**
 * Round 33: "mon contrat dit 950 € brut, en net ça fera combien ?", "sur ma fiche de paie 803 € mais sur mon compte
 * moins, pourquoi ?": the gross pay told (or the payslip) set against what reaches the account is the question of
 * gross and net (the employee's contributions), not the pay told weighed against the minimum. A net asked with no
 * gross told ("je touche combien en net ?") stays the pay.
 */
export function netOfPayAsked(u: Understanding): boolean {
  if (u.cues.aidWord || !NET.test(u.normalized) || !GROSS.test(u.normalized)) return false;
  return u.payTold !== undefined || LESS.test(u.normalized);
}
