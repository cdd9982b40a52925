import type { Route, RoutingInput } from './route.js';

/**
 * Out of work in words the status reading leaves out: "sans emploi", "sans boulot", "pas de taf", "je fais rien". The
 * status read (au chômage, demandeur d'emploi, ni emploi ni formation) counts as well.
 */
const OUT_OF_WORK_WORDS =
  /\b(?:sans (?:emploi|travail|boulot|taf|taff|job)|pas de (?:boulot|travail|taf|taff|job|emploi)|au chomage|chomage|chomeur|chomeuse|je fais rien|fait rien|fais rien)\b/;
/** An aid asked: "y a une aide ?", "des aides ?", "une allocation", "un coup de pouce", "de l'argent". */
const AID_ASKED = /\b(?:aide|aides|prime|primes|allocation|allocations|coup de pouce|financement|de le argent|des sous)\b/;
/** The CEJ's public (knowledge: contrat-engagement-jeune): 16 to 25, up to 29 with a recognised disability. */
const CEJ_AGES = { min: 16, max: 25, maxWithDisability: 29 };
const CEJ_AID = 'contrat-engagement-jeune';

/**
 * "je suis au chômage, 21 ans, je cherche une alternance, y a une aide ?", "notre fils de 20 ans est sans emploi, il a
 * droit à une aide ?": a young person out of work asks what aid there is. Theirs is the contrat d'engagement jeune
 * (an allowance and an intensive follow-up towards a job or an apprenticeship, at the Mission Locale or France
 * Travail); not the employer search alone, nor the pay card the age leans to, nor the aids of an apprentice they are
 * not yet. Only at the CEJ's ages (told now or before); another aid named keeps its card; an employer or an
 * apprentice already is not this case.
 */
export function youngJobSeekerAid(input: RoutingInput): Route | undefined {
  const { understanding: u, data } = input;
  if (u.kind !== 'text' || !AID_ASKED.test(u.normalized)) return undefined;
  const status = u.facts.status;
  // "ni emploi ni formation" told: the aids list for that status leads with the CEJ already, among the others.
  if (status === 'sans_emploi_ni_formation') return undefined;
  const outOfWork = status === 'demandeur_emploi' || (status === undefined && OUT_OF_WORK_WORDS.test(u.normalized));
  if (!outOfWork) return undefined;
  if (u.aid !== undefined && u.aid.id !== CEJ_AID) return undefined;
  const persona = u.facts.persona ?? data.profile.persona;
  if (persona === 'employeur' || persona === 'conseiller') return undefined;
  const age = u.facts.age ?? data.profile.age;
  const disability = u.facts.disability ?? data.profile.disability;
  const maxAge = disability === true ? CEJ_AGES.maxWithDisability : CEJ_AGES.max;
  if (age === undefined || age < CEJ_AGES.min || age > maxAge) return undefined;
  return input.aids.some((a) => a.id === CEJ_AID) ? { kind: 'aid', id: CEJ_AID } : undefined;
}
