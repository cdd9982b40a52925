import type { Understanding } from '../../src/nlu/understanding.js';
import { namesPlace } from './facts.js';
import { CLEAR_TRADE, FAQ_ANSWER } from './thresholds.js';
import { APPRENTICESHIP_WORD } from '../../src/nlu/apprenticeship-word.js';

/** The entry that explains apprenticeship as a whole (contract with an employer, CFA, pay, ages, length). */
export const APPRENTICESHIP_ENTRY = 'apprentissage-definition';

/**
 * Asking for information in general: "des informations", "des renseignements", "en savoir plus", "comment cela
 * fonctionne" — the words of a letter or of a first contact, not of one precise question.
 */
const INFORMATION_ASKED =
  /\b(?:informations?|infos?|renseignements?|renseigner|en savoir (?:plus|davantage)|(?:savoir|comprendre) comment (?:ca|cela|ceci|tout ca) (?:fonctionne|marche|se passe)|comment (?:ca|cela) (?:fonctionne|marche))\b/;
/**
 * A precise subject beside it ("des infos sur le salaire en apprentissage", "renseignements sur les aides") is that
 * subject's question: the general presentation is only for the message that asks nothing narrower.
 */
const PRECISE_SUBJECT =
  /\b(?:salaire|salaires|paie|paye|payee?|remuneration|smic|aides?|primes?|duree|dure|conges?|horaires?|rupture|rompre|handicap|rqth|diplomes?|cap|bac|bts|but|licence|master|cfa|ecole|ecoles|employeurs?|patron|entreprises?|embaucher|recruter|trouver|inscri\w*|age|ages|metiers?|formations?|logement|transport|permis|etranger)\b/;

/**
 * "Madame, Monsieur, je me permets de vous contacter afin d'obtenir des informations sur l'apprentissage pour mon
 * neveu…", "je voudrais des renseignements sur l'alternance", "ma fille veut faire de l'alternance, comment ça
 * fonctionne ?": a request for information on apprenticeship in general, whatever its politeness, the relative it is
 * for or the age told, is answered by the entry explaining apprenticeship — never by the honest "not covered" its
 * letter words would trigger, nor by one precise entry (the pay at the age told) it did not ask.
 */
export function apprenticeshipExplainedAsked(u: Understanding): boolean {
  if (u.kind !== 'text' || u.aid !== undefined || namesPlace(u) || u.facts.diplomaType !== undefined) return false;
  if (u.trade !== undefined && u.trade.score >= CLEAR_TRADE) return false;
  if (u.facts.interests.length > 0) return false;
  if (!INFORMATION_ASKED.test(u.normalized) || !APPRENTICESHIP_WORD.test(u.normalized) || PRECISE_SUBJECT.test(u.normalized)) return false;
  // An entry the matcher reads with certainty answers its own question ("des infos sur l'apprentissage à l'étranger").
  const best = u.faq[0];
  return best === undefined || best.entry.id === APPRENTICESHIP_ENTRY || best.probability < FAQ_ANSWER;
}
