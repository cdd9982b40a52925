import type { Understanding } from '../../src/nlu/understanding.js';

/** A mark, an average, a school report or a result (a payslip, "bulletin de paie", is not one). */
const RESULT = '(?:note|notes|moyenne|moyennes|bulletins?(?! de (?:paie|salaire))|releve de notes|resultat|resultats|appreciation|appreciations)';
/** Someone else's: a child's or an apprentice's, or "sa note", "ses résultats" (one's own marks are asked as rules). */
const SOMEONE_ELSES = new RegExp(
  `\\b(?:(?:sa|ses|son|leur|leurs) ${RESULT}|${RESULT} (?:de|d|a) (?:mon|ma|mes|notre|nos) (?:fils|fille|filles|enfant|enfants|gamin|gamine|gosse|ado|apprenti|apprentie|apprentis|neveu|niece|petit fils|petite fille))\\b`,
);
/** "il a eu combien à son examen ?", "elle a eu quelle note ?": one person's result, asked. */
const HOW_MUCH_GOT = /\b(?:il|elle|mon fils|ma fille|mon enfant|mon apprenti|mon apprentie) (?:a|a t il|a t elle) (?:eu|obtenu|fait) (?:combien|quelle note|quelle moyenne|quoi comme note)\b/;
/** Asking to be told, shown or given them. */
const TELL = /\b(?:dire|donner|donnez|savoir|connaitre|voir|consulter|acceder|acces|trouver|communiquer|envoyer|avez|avez vous|as tu|combien|quelle note|quelles notes|quel resultat|quels resultats|quelle moyenne)\b/;
/** The rule of a mark, not its value: "quelle moyenne faut-il pour avoir le CAP ?", "il garde ses notes s'il redouble ?". */
const RULE_OF_MARK = /\b(?:faut|faudrait|faut il|minimum|pour (?:avoir|obtenir|valider|passer)|eliminatoire|compte|comptent|coefficient|coefficients|rattrapage|garde|gardes|garder|conserve|conserver|perd|perdre|valable|valables|redoubl\w*|report\w*)\b/;

/**
 * "pouvez-vous me dire la note de ma fille au CFA ?", "je peux voir le bulletin de mon fils ?", "il a eu combien à son
 * examen ?": someone's marks or result, which the bot cannot know (it holds rules and courses, no one's record). Said
 * so, with who knows (the CFA), never an FAQ entry that shares the words.
 */
export function personResultAsked(u: Understanding): boolean {
  const t = u.normalized;
  if (RULE_OF_MARK.test(t)) return false;
  return HOW_MUCH_GOT.test(t) || (SOMEONE_ELSES.test(t) && TELL.test(t));
}
