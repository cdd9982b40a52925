/**
 * Which places a list of places to train shows first when their data are of different years (review 21, P6: at
 * Dieppe, a site known only from the 2020 catalogue came first, ahead of four sites of the 2025 one). A place whose
 * newest offer predates the current catalogues is ranked as if it were this much further away: the newer places at
 * a comparable distance come first. It is left out when enough newer places are that near already; it stays,
 * labelled with its year by the card, when nothing newer is.
 */
export const OLDER_OFFER_KM = 15;
/** Newer places within an older place's distance + OLDER_OFFER_KM that make it unnecessary to list it. */
export const ENOUGH_NEWER_PLACES = 3;

export interface DatedPlace {
  km: number;
  /** The year of the newest catalogue listing the course at this place. */
  newestYear: number;
}

/**
 * `places` nearest first, reordered: newer first at a comparable distance, an older one only when fewer than
 * ENOUGH_NEWER_PLACES newer places are within its distance + OLDER_OFFER_KM. `currentFrom`: the first year whose
 * catalogues are current (the newest catalogue's year and the one before it). Pure; keeps the order otherwise.
 */
export function newerFirst<T extends DatedPlace>(places: readonly T[], currentFrom: number): T[] {
  const older = (p: T): boolean => p.newestYear < currentFrom;
  const newer = places.filter((p) => !older(p));
  const kept = places.filter((p) => !older(p) || newer.filter((n) => n.km <= p.km + OLDER_OFFER_KM).length < ENOUGH_NEWER_PLACES);
  const key = (p: T): number => p.km + (older(p) ? OLDER_OFFER_KM : 0);
  return kept.map((p, i) => ({ p, i })).sort((a, b) => key(a.p) - key(b.p) || a.i - b.i).map(({ p }) => p);
}
