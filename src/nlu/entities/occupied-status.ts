import type { PersonStatus } from '../../knowledge/schema/aid.js';

/**
 * What the young person is doing now, told in words the apprentice reading (understand.ts) does not catch: already
 * under contract ("en tant qu'apprenti", "j'ai signé mon contrat"), in a job ("je travaille en CDI", "je suis
 * salariée"), at school or studying ("je suis en terminale", "ma fille est au lycée", "je suis étudiant"). Aids for
 * people with neither a job nor a training (the contrat d'engagement jeune) are not theirs, so the aids list must not
 * offer them. Each reading is of the present: a wish ("je veux travailler"), a past ("j'étais au lycée") or a
 * negation ("je travaille pas", "je suis plus au lycée") matches nothing here. Reads the normalised text (accents
 * folded, SMS spelling expanded: "jsui" → "je suis", "taf" → "travail").
 */

/** The writer, or a parent of their child ("mon fils est", "elle est"). */
const WHO_IS = '(?:je suis|jsui|jsuis|chui|(?:il|elle|fils|fille|enfant|ado) (?:est|et))(?: deja| actuellement| en ce moment| maintenant)?';
const WHO_WORKS = '(?:je|il|elle|fils|fille|enfant)';
/** Someone starting a contract, now or at a date ahead ("je commence", "elle va démarrer", "il débutera"). */
const WHO_STARTS = '(?:je|il|elle|fils|fille|enfant) (?:commence|commencera|vais commencer|va commencer|demarre|demarrera|vais demarrer|va demarrer|debute|debutera|vais debuter|va debuter)';
/** Someone's pay told as a fact ("je gagne", "elle touche", "il est payé"). */
const WHO_EARNS = '(?:je|il|elle|fils|fille|enfant) (?:gagne|touche|percois|percoit|suis paye|suis payee|est paye|est payee)';

/** "en tant qu'apprenti", "j'ai signé mon contrat (d'apprentissage)", "mon contrat d'apprentissage a commencé". */
const UNDER_CONTRACT = new RegExp(
  [
    '\\ben tant que (?:apprenti|apprentie|alternant|alternante)\\b',
    '\\b(?:je ai|on a|il a|elle a) (?:deja )?signe (?:mon|son|notre|un|le) contrat(?: de apprentissage| en alternance| de alternance)?\\b',
    '\\bmon contrat de apprentissage (?:a commence|commence|a debute|est signe)\\b',
    // "les aides pour les apprentis", "quelles aides pour un apprenti ?": the aids of someone in apprenticeship, which
    // the list is then titled with; the CEJ of someone still without a contract is not among them.
    '\\baides? (?:pour|des|de|d|aux) (?:les |un |une |l )?(?:apprentis?|apprenties?|alternants?|alternantes?)\\b',
    // Round 24: a contract that starts, told as a fact of now or of a date ahead ("ma fille commence son contrat en
    // septembre", "je démarre mon alternance lundi", "son contrat d'apprentissage débute le 2"): an apprentice soon,
    // whose aids are an apprentice's (never the CEJ of someone with neither job nor training).
    `(?<!\\b(?:si|s) )\\b${WHO_STARTS} (?:mon|son|sa|ma|un|une|le|la|en) (?:contrat|apprentissage|alternance)\\b`,
    '\\b(?:mon|son|ma|sa|le) (?:contrat(?: de apprentissage| en alternance| de alternance)?|apprentissage|alternance) (?:commence|commencera|va commencer|demarre|demarrera|va demarrer|debute|debutera|va debuter)\\b',
    // "je gagne 800 € en alternance", "mon salaire d'apprentie", "il touche 900 € comme apprenti": the pay of an
    // apprentice told as theirs.
    `(?<!\\b(?:si|s) )\\b${WHO_EARNS} [^?.!]*\\b(?:en alternance|en apprentissage|comme (?:apprenti|apprentie|alternant|alternante))\\b`,
    '\\b(?:mon|son|ma|sa) (?:salaire|paie|paye|remuneration) (?:de|d) (?:apprenti|apprentie|alternant|alternante)\\b',
  ].join('|'),
);

/** "je travaille en CDI", "je bosse", "je suis salarié", "j'ai un CDD", "elle est en intérim". */
const IN_A_JOB = new RegExp(
  [
    `\\b${WHO_WORKS} (?:travaille|travail|bosse|boss)\\b(?! pas\\b| plus\\b| jamais\\b)`,
    `\\b${WHO_IS} (?:salarie|salariee|en cdi|en cdd|en interim|interimaire|employe|employee)\\b`,
    '\\b(?:je|il|elle) a(?:i)? (?:un|une) (?:cdi|cdd|emploi|travail|boulot|job|mission de interim)\\b',
  ].join('|'),
);

/** "je suis au lycée", "je suis en terminale", "elle est en 2nde" (folded to "seconde" / "1e"). */
const AT_LYCEE = new RegExp(`\\b${WHO_IS} (?:au lycee|lyceen|lyceenne|en seconde|en premiere|en 1e|en 1ere|en terminale|en term)\\b(?! annee)`);
/** "je suis en 3e", "il est au collège". */
const AT_COLLEGE = new RegExp(`\\b${WHO_IS} (?:au college|collegien|collegienne|en 3e|en troisieme|en 4e|en quatrieme)\\b`);
/** "je suis étudiant", "je suis à la fac", "je suis en BTS" (a course at school; an apprentice says so). */
const STUDYING = new RegExp(`\\b${WHO_IS} (?:etudiant|etudiante|a la fac|en fac|a le universite|a la universite|en licence|en master|en bts|en but|en prepa|en formation)\\b`);

/** The status told, when one of these readings says it; undefined otherwise. */
export function occupiedStatusTold(normalized: string): PersonStatus | undefined {
  if (UNDER_CONTRACT.test(normalized)) return 'apprenti';
  if (IN_A_JOB.test(normalized)) return 'salarie';
  if (AT_LYCEE.test(normalized)) return 'lyceen';
  if (AT_COLLEGE.test(normalized)) return 'collegien';
  if (STUDYING.test(normalized)) return 'etudiant';
  return undefined;
}
