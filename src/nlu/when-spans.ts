/*
 * When, not what: "l'an prochain", "l'année dernière", "dans 3 mois", "d'ici la rentrée", "bientôt", "cette année".
 * A time said in a question places the person's case on the calendar ("et s'il finit sa 3e l'an prochain à 15 ans ?");
 * it is never the detail asked. The honest guard must not hold such words against an entry ("prochain" written by no
 * entry would turn a covered age question into "not in my sources"). A day of the week said with a question ("jusqu'à
 * 23 h le samedi ?") places it in the week the same way; Sunday is left out: work on Sundays and holidays has rules of
 * its own, so "dimanche" may be what is asked.
 */

const UNIT = '(?:jours?|semaines?|mois|ans?|annees?|trimestres?|semestres?)';
const NUMBER = '(?:\\d+|un|une|deux|trois|quatre|cinq|six|quelques|qq)';
const SEASON = '(?:an|annee|mois|semaine|rentree|trimestre|semestre|ete|hiver|printemps|automne|session|fois)';

const WHEN = new RegExp(
  [
    `\\b(?:le |la |l |cette |ce |cet )?${SEASON} (?:prochaine?|derniere?|suivante?|precedente?|passee?)\\b`,
    `\\b(?:prochaine?|derniere?) ${SEASON}\\b`,
    `\\b(?:dans|d ici|de ici|depuis|il y a|ya) ${NUMBER} ${UNIT}\\b`,
    `\\bde? ici (?:la|le|l) (?:rentree|ete|fin de le annee|fin de l annee|fin du mois|septembre)\\b`,
    `\\b(?:cette|ce|cet) (?:annee|mois|semaine|ete|hiver|printemps|automne)(?: ci)?\\b`,
    `\\b(?:bientot|prochainement|dernierement|recemment)\\b`,
    `\\b(?:le |les |ce |chaque |tous les )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi)s?(?: (?:matin|midi|soir|apres midi))?\\b`,
  ].join('|'),
  'g',
);

/** The spans of a normalized message that say when (see the module's comment). */
export function whenSpansOf(normalized: string): string[] {
  return [...normalized.matchAll(WHEN)].map((m) => m[0]);
}
