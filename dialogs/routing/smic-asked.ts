import type { Understanding } from '../../src/nlu/understanding.js';

/** The FAQ entry on the SMIC itself: its monthly and hourly amounts, with their date. */
export const SMIC_ENTRY = 'smic-montant';

/** Words of someone's pay (an apprentice, an age, a year of contract, one's own wage): then the SMIC is a yardstick. */
const SOMEONE_PAID =
  /\b(?:apprentie?s?|alternan\w*|alternants?|gagne\w*|touche\w*|paye|payes|payee|payees|salaire|salaires|remuneration|ans|age|annee|mon|ma|mes|son|sa|ses|fils|fille|pourcentage|%)\b/;
/**
 * The SMIC named: "smic", or the minimum wage said in full with a word that makes it the national one ("le salaire
 * minimum actuel", "salaire minimum en France", "salaire minimum interprofessionnel"), not an apprentice's minimum.
 */
const SMIC_NAMED = /\b(?:smic|salaire minimum (?:actuel|legal|national|interprofessionnel(?: de croissance)?|en france))\b/g;
/** The present said of the SMIC ("cette année", "cette annee ci"): not a year of contract, which SOMEONE_PAID reads. */
const THIS_YEAR = /\bcette annee(?: ci)?\b/g;
/** Few words: "smic actuel ?", "le smic en ce moment", "montant du smic brut". */
const SHORT_MAX_WORDS = 8;

/**
 * The SMIC asked for itself ("smic actuel ?", "c'est quoi le smic en ce moment", "montant du smic") is its entry with
 * the hourly and monthly amounts, not the apprentice's pay topic, which only quotes the monthly one to ask an age.
 * The classifier's reading between the two moves with every FAQ entry added (round 23's two entries flipped "smic
 * actuel ?" to the pay topic): the SMIC named alone decides it.
 */
export function smicAskedItself(u: Understanding): boolean {
  if (u.kind !== 'text' || u.facts.age !== undefined || u.facts.contractYear !== undefined) return false;
  const text = u.normalized;
  if (!new RegExp(SMIC_NAMED.source).test(text)) return false;
  // The SMIC's own name and "this year" are not words of someone's pay ("salaire", "année").
  const rest = text.replace(SMIC_NAMED, ' ').replace(THIS_YEAR, ' ');
  return !SOMEONE_PAID.test(rest) && text.split(' ').length <= SHORT_MAX_WORDS;
}

/**
 * "c'est quoi le salaire d'un apprenti exactement ?", "quelle est la paie d'une alternante ?": the apprentice's pay asked
 * as what it is, the whole message. The pay grid answers it (asking the age it lacks); the classifier's lead for it
 * sits near the bar of a clear reading and moves with every FAQ entry added (round 29's flipped it to the fallback),
 * so the words decide it, as for the SMIC above.
 */
const APPRENTICE_PAY_WHAT =
  /^(?:et |mais |bon |alors )?(?:c est quoi|ce est quoi|c quoi|c koi|quel est|quelle est|ce serait quoi|c est combien|ce est combien) (?:le|la) (?:salaire|paie|paye|remuneration) (?:d un|de un|d une|de une|des|de l|d l) ?(?:apprenti|apprentie|apprentis|apprenties|alternant|alternante|alternants|alternantes)(?: (?:exactement|au juste|en fait|en general|normalement|stp|svp|en normandie|en france))*$/;

export function apprenticePayAskedWhatItIs(u: Understanding): boolean {
  return u.kind === 'text' && u.aid === undefined && u.facts.age === undefined && APPRENTICE_PAY_WHAT.test(u.normalized.trim());
}
