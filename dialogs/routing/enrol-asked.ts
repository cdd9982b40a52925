/**
 * How to enrol in a diploma asked in a message of its own: "comment on s'inscrit en BTS en apprentissage ?", "inscription
 * en CAP cuisine comment ça marche", "pour m'inscrire en bac pro je fais comment ?". The answer is the way a place is
 * asked for that kind of diploma (Parcoursup after the bac, Affelnet or the CFA after the 3e), not the diploma's places
 * and a town question: the person asked how, not where. A town named keeps the places (the CFAs listed are whom to ask).
 */
import type { Understanding } from '../../src/nlu/understanding.js';
import { namesPlace } from './facts.js';

/** The FAQ entries on applying for a diploma's place: after the 3e (CAP, bac pro) and after the bac (Parcoursup). */
export const ENROL_AFTER_3E_ENTRY = 'affelnet-apres-3e';
export const ENROL_AFTER_BAC_ENTRY = 'parcoursup-apprentissage';

/** Diplomas prepared straight after the 3e: a place is asked for through the college's Affelnet or the CFA. */
const AFTER_3E: ReadonlySet<string> = new Set(['CAP', 'Bac pro', 'MC']);
/** Diplomas prepared after the bac, many of whose places are asked for on Parcoursup. */
const AFTER_BAC: ReadonlySet<string> = new Set(['BTS', 'BUT', 'Licence pro', 'Licence']);

const ENROL_WORD = '(?:inscri\\w*|candidat\\w*|postul\\w*)';
/**
 * The message asks how or where to enrol (normalised: "s'inscrire" is "se inscrire"): "comment (on) s'inscrit",
 * "je m'inscris comment", "où postuler", "pour m'inscrire", "les démarches d'inscription", "inscription en BTS ?".
 */
const ENROL_ASKED = new RegExp(
  [
    `\\bcomment (?:\\w+ ){0,5}${ENROL_WORD}`,
    `\\b(?:je|on|tu|il|elle|me|se|te|nous|vous) ${ENROL_WORD} (?:comment|ou)\\b`,
    `\\b(?:inscription|candidature)s? comment\\b`,
    `\\b(?:ou|quand|a qui|aupres de qui) (?:est ce que )?(?:\\w+ ){0,2}${ENROL_WORD}`,
    `\\bpour (?:me|se|te|nous|vous|le|la|l) (?:inscrire|faire inscrire)\\b`,
    `\\b(?:demarches?|procedure|etapes?) (?:pour |de |d )?(?:\\w+ ){0,2}${ENROL_WORD}`,
    `^(?:\\w+ )?(?:inscription|candidature)s? (?:en|au|a|pour|dans)\\b`,
  ].join('|'),
);
/** Enrolled already ("je suis inscrit en BTS, …"): the question that follows is another one. */
const ENROLLED = /\b(?:suis|est|es|sommes|etes|sont|deja) (?:deja )?inscri\w*/;

/** The entry on how to enrol in the diploma the message names, or undefined when it asks something else. */
export function enrolEntryAsked(u: Understanding): string | undefined {
  const type = u.facts.diplomaType;
  if (u.kind !== 'text' || type === undefined || namesPlace(u) || u.outside || u.aid !== undefined) return undefined;
  if (!ENROL_ASKED.test(u.normalized) || ENROLLED.test(u.normalized)) return undefined;
  if (AFTER_BAC.has(type)) return ENROL_AFTER_BAC_ENTRY;
  return AFTER_3E.has(type) ? ENROL_AFTER_3E_ENTRY : undefined;
}
