import type { Understanding } from '../../src/nlu/understanding.js';

/**
 * "son salaire est-il maintenu pendant l'arrêt ?", "je suis payé pendant mes congés ?", "en cas de grève on me paie ?":
 * a pay word with a situation the person is away from work in (a sick leave, an accident, a holiday, a strike, an
 * absence) asks what happens to the pay in that situation: the FAQ entry of that situation answers it (the daily
 * allowances of a sick leave, the paid holidays), not the pay grid, whose "Quel âge a votre enfant ?" asks a detail
 * the question does not need (review 21, P7). The pay at an age ("combien pendant la 1re année ?") is not this.
 */

/** The pay named: "salaire", "paie", "payé", "rémunéré", "maintien de salaire". */
const PAY = /\b(?:salaire|salaires|paie|paye|payee|payes|payees|payer|remunere|remuneree|remuneration|maintien de salaire)\b/;
/** Away from work: a sick leave, an accident, an operation, a holiday, a strike, an absence, a pregnancy. */
const AWAY =
  /\b(?:arret|arrets|maladie|malade|accident|accidente|accidentee|blesse|blessee|blessure|hospitalise|hospitalisee|hopital|operation|opere|operee|conge|conges|vacances|greve|absence|absences|absent|absente|grossesse|enceinte|maternite|paternite)\b/;

export function payDuringAbsence(u: Understanding): boolean {
  return u.kind === 'text' && PAY.test(u.normalized) && AWAY.test(u.normalized);
}
