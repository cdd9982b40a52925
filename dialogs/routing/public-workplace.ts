import type { Understanding } from '../../src/nlu/understanding.js';
import { CLEAR_TRADE } from './thresholds.js';

/** The entry "Peut-on faire un apprentissage dans une mairie ou la fonction publique ?" (yes, under the labour code). */
export const PUBLIC_EMPLOYERS_ENTRY = 'employeurs-publics';

/** Apprenticeship itself named: "apprentissage", "alternance", "apprenti(e)", "alternant". */
const APPRENTICESHIP = /\b(?:apprentissage|apprentisage|aprentissage|alternance|alternants?|alternantes?|apprentis?|apprenties?|aprenti|contrat d apprentissage)\b/;
/**
 * A public workplace: a town hall, a hospital, the civil service, a local authority, a ministry, a public body.
 * ("l'hôpital", "la mairie de Caen", "la fonction publique", "une collectivité", "le conseil départemental").
 */
const PUBLIC_WORKPLACE =
  /\b(?:mairies?|hopitaux|hopital|chu|fonction publique|fonctionnaires?|collectivites? territoriales?|collectivites?|communes?|communaute de communes|administrations?|conseil (?:departemental|regional|general)|prefectures?|ministeres?|secteur public|service public|employeurs? publics?|etablissements? publics?|ehpad public)\b/;
/** Whether it is possible: "on peut", "c'est possible", "ça existe", "ils prennent des apprentis ?", "est-ce que". */
const POSSIBLE = /\b(?:peut|peux|peuvent|pourrait|pourrais|possible|droit|existe|prennent|prend|recrutent|recrute|acceptent|accepte|embauchent|embauche|est ce que|est ce qu)\b/;
/** How to do it, pay or aids: their own rules (the public employer's steps, pay, aids). */
const OTHER_QUESTION = /\b(?:comment|demarches?|etapes?|combien|salaire|paye|paie|gagne|remuneration|aides?|primes?|ou trouver|offres?)\b/;

/**
 * A trade read from words other than the workplace's: "aide-soignante à l'hôpital" names one; "les collectivités
 * territoriales" alone reads an administrative assistant "des collectivités territoriales", which is not told.
 */
function tradeNamedBeyondWorkplace(u: Understanding, n: string): boolean {
  if (u.trade === undefined || u.trade.score < CLEAR_TRADE) return false;
  const rest = new Set(n.replace(new RegExp(PUBLIC_WORKPLACE.source, 'g'), ' ').split(/\s+/));
  return u.trade.phrase.split(/\s+/).some((word) => word.length >= 4 && rest.has(word));
}

/**
 * "on peut faire son apprentissage à l'hôpital ou à la mairie ?", "c possible d'etre apprenti a la mairie ?", "les
 * collectivités prennent des alternants ?": apprenticeship with a public employer asked. Yes: the public-employers
 * entry, not the care trades that "hôpital" reads nor a field's list. A trade named ("aide-soignante à l'hôpital"), how to do
 * it, pay or an aid keep their own rules.
 */
export function publicWorkplaceAsked(u: Understanding): boolean {
  if (u.kind !== 'text' || u.words > 30) return false;
  const n = u.normalized;
  if (tradeNamedBeyondWorkplace(u, n)) return false;
  if (!APPRENTICESHIP.test(n) || !PUBLIC_WORKPLACE.test(n) || !(POSSIBLE.test(n) || u.text.includes('?'))) return false;
  return !OTHER_QUESTION.test(n) && u.aid === undefined;
}
