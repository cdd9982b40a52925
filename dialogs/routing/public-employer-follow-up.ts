import type { Route, RoutingInput } from './route.js';
import { partKeys } from '../support/answer-parts.js';

/** The entry on the cost of training; its answer for a public employer says no OPCO, and the CNFPT for a collectivité. */
export const TRAINING_COST_ENTRY = 'formation-gratuite';
/** The entry on a public employer's own route: CELIA and the DREETS, no State hiring aid, the CNFPT. */
export const PUBLIC_EMPLOYER_ENTRY = 'employeur-public-demarches';

/** "qui paie la formation ?", "le CFA est financé par qui ?", "les frais de formation, c'est pour nous ?" */
const TRAINING_PAID =
  /\b(?:qui (?:paie|paye|payera|paiera|finance|financera|prend en charge|regle)\b|(?:paie|paye|payer|payera|paiera|finance|financee|financer|financement|prise en charge|prend en charge|frais|cout|coute)\b(?: \S+){0,4} (?:formation|cfa|ecole|cours|scolarite)\b|(?:formation|cfa|ecole|cours)\b(?: \S+){0,3} (?:paye|payee|finance|financee|prise en charge)\b)/;
/** "à qui envoyer le contrat ?", "on passe par l'OPCO ?", "quelles démarches ?" */
const CONTRACT_ROUTE = /\b(?:demarche|demarches|a qui (?:envoyer|transmettre|adresser)|ou (?:envoyer|transmettre|deposer)|(?:envoie|envoyer|envoyons|transmet|transmettre|transmettons|depose|deposer|enregistre|enregistrer|adresse|adresser)(?: \S+){0,2} contrat|opco)\b/;

/**
 * A follow-up of an employer known to be public (a mairie, an hospital: the State's hiring aid and the OPCO are not
 * theirs) about who pays the training or where the contract goes: the entry written for them, never the private
 * employer's OPCO/ASP procedure that the last aid answer would lead to (review 15, E6). Pure.
 */
export function publicEmployerFollowUp(input: RoutingInput): string | undefined {
  const u = input.understanding;
  if (u.kind !== 'text') return undefined;
  if ((u.facts.employerSector ?? input.data.profile.employerSector) !== 'public') return undefined;
  const n = u.normalized;
  if (TRAINING_PAID.test(n) && input.hasFaqEntry(TRAINING_COST_ENTRY)) return TRAINING_COST_ENTRY;
  if (CONTRACT_ROUTE.test(n) && input.hasFaqEntry(PUBLIC_EMPLOYER_ENTRY)) return PUBLIC_EMPLOYER_ENTRY;
  return undefined;
}

/** Who funds it for a public employer leads the answer (the CNFPT, no OPCO); the apprentice's free training follows. */
const PUBLIC_FUNDING_KEYS: readonly string[] = [...partKeys('employeur public opco cnfpt collectivite')];

/** The route of a public employer's follow-up: the cost entry led by its public-employer sentence, or their own entry. */
export function publicEmployerRoute(id: string): Route {
  return id === TRAINING_COST_ENTRY ? { kind: 'faq_entry', id, focus: PUBLIC_FUNDING_KEYS } : { kind: 'faq_entry', id };
}
