import type { RoutingInput } from './route.js';
import { speakerSide } from './side.js';

/**
 * Round 30: "je perds mon CDI de caissière ?", "je suis en CDI et je veux faire un apprentissage, je dois démissionner
 * ?", "salariée en CDI depuis 8 ans, je veux me reconvertir en apprentissage": someone who holds a CDI and wants to
 * start an apprenticeship asks how to leave it (resignation, notice, unemployment rights, the age limit): that entry,
 * not the trade their current job names ("caissière") nor "not covered". A CDI that IS the apprenticeship ("un CDI
 * d'apprentissage", "CDI après mon apprentissage") is the entry on apprenticeship in a CDI, and an employer speaking
 * of their employee's retraining the reconversion entry: neither is this.
 */
export const PERMANENT_JOB_LEFT_ENTRY = 'quitter-cdi-pour-apprentissage';

/**
 * Holding a CDI, told of oneself or one's child: "je suis en CDI", "j'ai un CDI", "mon CDI de caissière", "salariée en
 * CDI", "en CDI chez Lidl" (never "un contrat en CDI ?", a question on the contract's form).
 */
const CDI_HELD =
  /\b(?:suis|es|est|sommes|ai|a|as|salarie|salariee|employe|employee|embauche|embauchee|travaille|bosse) (?:en|un) cdi\b|\b(?:mon|ma|son|sa) cdi\b|\bcdi (?:chez|dans|depuis|a la|au|comme)\b/;
/** An employer's own employee: their retraining is the reconversion entry, not this one. */
const OUR_EMPLOYEE = /\b(?:notre|nos|mon|ma|un|une) (?:salarie|salariee|salaries|salariees|employe|employee|employes)\b(?! en cdi (?:je|j))/;
/** The CDI is the apprenticeship itself, or comes after it. */
const CDI_OF_APPRENTICESHIP = /\b(?:apprentissage|alternance|apprenti|apprentie) (?:en|sous) cdi\b|\bcdi (?:de |d |en |avec (?:une )?periode (?:de |d )?|d un |pour (?:un |mon |son )?)?(?:apprentissage|apprenti|apprentie|alternance|alternant)\b|\b(?:apres|a la fin de|fin de) (?:mon|son|ma|sa|l|le|la) ?(?:apprentissage|alternance|contrat|formation|diplome)\b|\bpropose (?:un|de me faire un) cdi\b/;
/** Going into an apprenticeship, or leaving the job for one. */
const TOWARDS_APPRENTICESHIP = /\b(?:apprentissage|alternance|apprenti|apprentie|alternant|alternante|cap|bac pro|bts|bp)\b/;

/** The entry on leaving a CDI for an apprenticeship, when the message tells that case (see the module's comment). */
export function permanentJobLeft(input: RoutingInput): boolean {
  const { understanding: u, data } = input;
  if (u.kind !== 'text' || !CDI_HELD.test(u.normalized) || CDI_OF_APPRENTICESHIP.test(u.normalized)) return false;
  if (!TOWARDS_APPRENTICESHIP.test(u.normalized) && !/\bperds?\b.*\bcdi\b/.test(u.normalized)) return false;
  if (speakerSide(u, data.profile) === 'employeur' || (OUR_EMPLOYEE.test(u.normalized) && !/\b(?:je|j)\b/.test(u.normalized))) return false;
  return input.hasFaqEntry(PERMANENT_JOB_LEFT_ENTRY);
}
