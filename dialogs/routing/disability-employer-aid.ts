import type { RoutingInput } from './route.js';
import { employerReceives } from './employer-receives.js';

/**
 * Round 29 (review 19, P7 T4): "et l'employeur touche-t-il une aide spécifique ?" after the person said the apprentice
 * has a disability (an RQTH), with a card on disability in view that names the Agefiph. The employer's aids for that
 * case are the list judged on it — the State's hiring aid at its amount for a disabled apprentice first, then the
 * Agefiph's — not the one Agefiph aid that card happens to name. The situation told earlier leads the answer.
 */
export function disabilityEmployerAid(input: RoutingInput): boolean {
  const { understanding: u, data } = input;
  if (u.kind !== 'text') return false;
  const disability = u.facts.disability ?? data.profile.disability;
  if (disability !== true) return false;
  // An aid named ("l'aide de l'Agefiph, on la demande où ?") is that aid's question.
  if (u.aid !== undefined) return false;
  return employerReceives(u);
}
