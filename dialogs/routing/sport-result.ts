import type { Understanding } from '../../src/nlu/understanding.js';

/*
 * "le PSG a gagné hier soir ?", "Caen a perdu contre Rouen ?", "c'est quoi le score du match ?": a sport result, asked.
 * Read on "gagné" it took the apprentice's pay; it is no question of ours: the out-of-scope reply, which offers the free
 * line for orientation questions. What someone earns ("j'ai gagné 900 € ce mois-ci", "il gagne combien ?") is not this.
 */
const RESULT_WORD = /\b(?:gagne|gagnee|gagnes|gagner|perdu|perdue|battu|battue|marque|qualifie|qualifies|elimine|elimines)\b/;
/** When or against whom a match was played. */
const MATCH_CONTEXT = /\b(?:hier|hier soir|ce soir|samedi|dimanche|ce week end|le week end|contre|le match|un match|ce match|la coupe|le championnat|la ligue)\b/;
/** A score or a match asked outright. */
const SCORE_ASKED = /\b(?:score|resultat|resultats) (?:du|de|des) (?:match|matchs|foot|rugby|hand|basket)\b|\bqui a gagne (?:le|la) (?:match|coupe|championnat|ligue)\b/;
/** Words of pay or money: what someone earns. */
const MONEY = /\b(?:salaire|paye|paie|combien|euros?|smic|brut|net|mois|apprenti|apprentie|apprentissage|argent|prime|aide)\b|€|\d/;
/** The person or someone close earning ("j'ai gagné", "tu gagnes", "mon fils a gagné"). */
const PERSON_EARNS = /\b(?:j ai|je|tu as|tu|on a|nous avons|vous avez|mon fils a|ma fille a|il a|elle a)\s+(?:\S+\s+)?(?:gagne|gagnee|gagnes|gagner)\b/;

export function sportResultAsked(u: Understanding): boolean {
  if (u.kind !== 'text') return false;
  const text = u.normalized;
  if (MONEY.test(text) || PERSON_EARNS.test(text)) return false;
  return SCORE_ASKED.test(text) || (RESULT_WORD.test(text) && MATCH_CONTEXT.test(text));
}
