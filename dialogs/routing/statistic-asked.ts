import type { Understanding } from '../../src/nlu/understanding.js';

/**
 * Who or what is counted: apprentices, pupils, those enrolled, applicants, places, people. Not diplomas or trades
 * (how many diplomas lead to a trade is in the knowledge).
 */
const COUNTED = '(?:apprentis?|apprenties?|alternants?|alternantes?|eleves?|etudiants?|etudiantes?|jeunes|inscrits?|inscrites?|inscriptions|candidats?|candidates?|candidatures|places|personnes|gens)';

/**
 * "combien d'apprentis sont inscrits en CAP coiffure dans le Calvados ?", "il y a combien de places au CFA ?",
 * "le nombre d'inscrits en BTS MCO", "cb de jeunes font un apprentissage en Normandie": a count the knowledge does
 * not hold (it has the courses and where they are taught, never their numbers).
 */
const COUNT_ASKED = new RegExp(`\\b(?:combien|cmb|cb|cbn|nombre|nb|chiffres?|statistiques?|stats?)(?: y a t il| il y a| y a| y en a| ya)? (?:de|d|des) ${COUNTED}\\b`);

/**
 * What the count is of when it is a rule, not a statistic: a limit ("combien d'apprentis je peux prendre", "peut-il
 * suivre", "au maximum"), or a company's or a tutor's own ("combien d'apprentis dans une entreprise de 10 salariés",
 * "par maître d'apprentissage"), which the FAQ answers.
 */
const RULE_OF_COUNT = /\b(?:peux|peut|peuvent|pouvons|pouvez|puis|pourrait|pourrais|faut|faudrait|doit|doivent|max|maxi|maximum|maximal|minimum|autorise|autorises|autorisee|autorisees|limite|droit|maitre|maitres|tuteur|tutrice|tuteurs|entreprise|boite|societe|salaries|salarie|employeur|patron|embaucher|recruter|accueillir|suivre)\b/;

/** The message asks a count (of apprentices, places, people enrolled) that no source of ours gives. */
export function statisticAsked(u: Understanding): boolean {
  return COUNT_ASKED.test(u.normalized) && !RULE_OF_COUNT.test(u.normalized);
}
