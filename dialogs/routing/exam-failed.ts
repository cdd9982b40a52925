import type { Understanding } from '../../src/nlu/understanding.js';

/** The entry on a failed exam: the contract may be extended by a year, with the same or another employer. */
export const EXAM_FAILED_ENTRY = 'echec-examen';

/**
 * A diploma or exam prepared in apprenticeship, failed: "j'ai raté mon CAP", "g loupé mon bac pro", "j'ai pas eu mon
 * BTS", "échoué à mon examen", "recalé au titre pro". The general bac and the brevet are school exams: failing them
 * tells nothing of an apprentice's contract, so they are not read here.
 */
const EXAM_FAILED = new RegExp(
  '\\b(?:rate|rater|ratee|loupe|louper|loupee|echoue|echouer|echouee|foire|plante|recale|recalee|pas eu|pas obtenu|pas reussi|pas valide|jamais eu)' +
    '(?: (?:a|au|a le|mon|ma|son|sa|le|la|l|mes|ses|les|de|du|de le|en))*' +
    ' (?:cap|bac pro|bp|bts|but|titre pro|titre professionnel|examen|examens|exam|exams|diplome|mention complementaire|licence pro|cqp|partiels?|epreuves?)\\b',
);

/** A failed exam told, whatever else the message asks (support/subject-in-view.ts: the diploma to take again). */
export function tellsExamFailed(normalized: string): boolean {
  return EXAM_FAILED.test(normalized);
}

/** Pay, aids or a school's figures asked: their own rules answer ("j'ai raté mon CAP, je touche le chômage ?"). */
const OTHER_QUESTION = /\b(?:combien|salaire|chomage|aides?|prime|taux)\b/;

/**
 * A failed exam told as a situation ("j'ai raté mon CAP", "g loupé mon bac pro je fais quoi"): the entry on what then
 * happens to the contract (extended by a year at most), not the fallback that offered it as a button, nor what
 * follows the diploma that "mon CAP … et maintenant ?" reads as obtained.
 */
export function examFailedTold(u: Understanding): boolean {
  return u.kind === 'text' && u.aid === undefined && (EXAM_FAILED.test(u.normalized) || failedAfterDiploma(u)) && !OTHER_QUESTION.test(u.normalized);
}

/** "CAP cuisine pas obtenu", "mon bac pro je l'ai raté": the failure said after the diploma (entities/diploma.ts). */
function failedAfterDiploma(u: Understanding): boolean {
  const failed = u.facts.diplomaFailedType;
  return failed !== undefined && failed !== GENERAL_BAC;
}

/** The general bac is a school exam: failing it tells nothing of an apprentice's contract. */
const GENERAL_BAC = 'Bac';
