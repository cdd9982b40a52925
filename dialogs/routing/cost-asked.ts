/**
 * What the training costs the one who asks: the employer's costs for an employer naming the school, the free
 * training for anyone else; and the words of a sum asked of the person (fees, a bill, a registration), which are a
 * cost and never an aid they heard of.
 */
import type { RoutingInput } from './route.js';
import { CLEAR_TRADE } from './thresholds.js';

/** A sum asked of the person: fees, a bill, a registration, what something costs them. */
export const COST_ASKED = /\b(?:frais|facture|facturent|demande|demandent|reclame|reclament|coute|coutent|inscription|cotisation)\b/;

/** The words of a course or a school: what the employer pays for is then the training, not the apprentice. */
const SCHOOL_WORDS = /\b(?:cfa|ecole|formation|formations|cours|inscription|etudes|scolarite)\b/;

/**
 * The FAQ entry on what training costs the one who asks whether they must pay: the employer's costs for an employer
 * naming the school (or the training), the free training for anyone else; none for an employer who does not.
 */
export function trainingCostEntry(input: RoutingInput): string | undefined {
  const u = input.understanding;
  if (!u.cues.asksWhatToPay || u.aid !== undefined || (u.trade && u.trade.score >= CLEAR_TRADE)) return undefined;
  const persona = u.facts.persona ?? input.data.profile.persona;
  if (persona === 'employeur') return SCHOOL_WORDS.test(u.normalized) && input.hasFaqEntry('cout-apprenti-employeur') ? 'cout-apprenti-employeur' : undefined;
  return input.hasFaqEntry('formation-gratuite') ? 'formation-gratuite' : undefined;
}
