import type { OfferDemand } from '../knowledge/schema/establishment.js';

/**
 * "Formation très demandée": more first-choice demands in the Affelnet procedure than the capacity the catalogue
 * gives. Only then do the figures help a young person (apply early, keep a second choice); a capacity of 999
 * ("no fixed capacity", not imported) or Parcoursup's wishes (not ranked, so not comparable with places) never
 * make a course "très demandée". Returns the two figures to quote, or undefined.
 */
export function highDemand(demand: OfferDemand | undefined): { firstChoice: number; capacity: number } | undefined {
  const firstChoice = demand?.first_choice;
  const capacity = demand?.capacity;
  if (firstChoice === undefined || capacity === undefined || capacity <= 0) return undefined;
  return firstChoice > capacity ? { firstChoice, capacity } : undefined;
}
