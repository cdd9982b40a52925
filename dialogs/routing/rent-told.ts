import type { Aid } from '../../src/knowledge/schema/aid.js';
import type { Route, RoutingInput } from './route.js';
import { aidStatus } from '../../src/rules/aids.js';

/**
 * "je paie 350 balles de loyer", "mon loyer c'est 400 €", "je loue un studio à 420 € pour être près du taf", "Notre
 * fils paie un loyer de 390 €": a rent told (a word of renting with an amount, or paying it) asks what helps with it —
 * the housing aids the knowledge has (those whose keywords speak of the rent: Mobili-Jeune today), whose card states
 * their conditions. Not the pay grid that the amount read, nor "no aid of 400 €" that an amount with "aide" read
 * (review 18, J9: "je paye 400 € de loyer à Rouen, j'ai déménagé pour le taf" after the list that named Mobili-Jeune).
 */

/** Renting: the rent, the lodging rented. */
const RENT = /\b(?:loyer|loyers|loue|loues|louons|louer|location|coloc|colocation|appart|appartement|studio|logement|chambre)\b/;
/** Paying it: "je paie", "ça me coûte", "c'est … par mois", or an amount said. */
const PAYING = /\b(?:paie|paye|payes|paies|payons|payer|coute|coutent|revient)\b/;
/** The message weighs the wage too ("je gagne 900 €, mon loyer 400 €"): the pay's own rules read it (the prime d'activité). */
const WAGE = /\b(?:salaire|gagne|gagnes|touche|touches|net|brut|smic|paie de|ma paie|ma paye|mon salaire)\b/;
/** A lodging at the CFA (internat, foyer) is the OPCO's part, read by the school-stay rules. */
const SCHOOL_STAY = /\b(?:internat|foyer|cfa|hebergement|nuit|nuits)\b/;

/** The housing aids: current aids whose keywords speak of the rent. */
function housingAids(input: RoutingInput): Aid[] {
  return input.aids.filter((a) => aidStatus(a, input.today) !== 'ended' && (a.keywords ?? []).some((k) => /\bloyer\b/.test(k)));
}

export function rentTold(input: RoutingInput): Route | undefined {
  const u = input.understanding;
  if (u.kind !== 'text') return undefined;
  const n = u.normalized;
  if (!RENT.test(n) || WAGE.test(n) || SCHOOL_STAY.test(n)) return undefined;
  if (u.facts.amountEuros === undefined && !PAYING.test(n)) return undefined;
  if (u.aid !== undefined && !housingAids(input).some((a) => a.id === u.aid!.id)) return undefined;
  const aids = housingAids(input);
  if (aids.length === 0) return undefined;
  return aids.length === 1 ? { kind: 'aid', id: aids[0]!.id } : { kind: 'topic', topic: 'aids' };
}
