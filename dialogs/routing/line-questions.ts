/*
 * Two questions about the free line that our contact record answers and its neighbours do not:
 * - who may call: "c'est ouvert à tout le monde ?", "n'importe qui peut appeler ?", "c'est que pour les jeunes ?".
 *   The record says for whom (young people, parents, employers, advisers, whatever their situation): yes, everyone,
 *   free. Read as "ouvert" alone, it was taken for the opening hours, which we do not have ("not in my sources").
 * - an e-mail to write to the Région's service: the record has a telephone line and no e-mail. We say so and give the
 *   line, rather than the line's entry as if it were the address asked.
 * Vocabulary to recognise, on the normalised text; never text to show.
 */

/** Who may call: everyone, or only some people. */
const AUDIENCE =
  /\b(?:(?:ouvert|ouverte|ouverts|accessible|accessibles|reserve|reservee|destine|destinee|valable|pour|a) (?:a |pour )?(?:tout le monde|tous|toutes|n importe qui|ne importe qui)|n(?:e)? importe qui (?:peut|pourra|pourrait|a le droit)|(?:reserve|reservee|reserves|destine|destinee|destines) (?:aux|a les|pour les|a des|pour des) (?:jeunes|parents|employeurs|patrons|apprentis|mineurs|adultes|eleves|etudiants)|tout le monde (?:peut|pourra|a le droit)|(?:que|seulement|uniquement|juste) (?:pour |aux |a )?(?:les )?(?:jeunes|parents|employeurs|patrons|apprentis|mineurs|adultes|eleves|etudiants|moins de \d+ ans)|(?:les )?(?:parents|employeurs|patrons|adultes) (?:aussi|peuvent|pourront|ont le droit))\b/;

/** Who may call the line (see the module's comment). */
export const asksWhoMayCall = (normalized: string): boolean => AUDIENCE.test(normalized);

/** An e-mail address asked. */
const EMAIL = /\b(?:e ?mail|mail|mails|mel|courriel|courriels|adresse (?:electronique|mail|e mail))\b/;
/** The Région's service, its advisers or its line: what the free line's record is. */
const REGION_SERVICE = /\b(?:region|regional|regionale|conseil regional|numero vert|service (?:apprentissage|orientation|formation|de le apprentissage|de l apprentissage|de le orientation|de l orientation|de la formation))\b/;

/** "l'adresse mail du service apprentissage de la Région ?", "un mail pour écrire à la Région ?". */
export const asksRegionEmail = (normalized: string): boolean => EMAIL.test(normalized) && REGION_SERVICE.test(normalized);
