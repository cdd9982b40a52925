/** Great-circle distances between commune centroids: good enough for "CFA within 30 km", not for routing. */
export interface LatLon {
  lat: number;
  lon: number;
}

const EARTH_RADIUS_KM = 6371.0088;

export function distanceKm(a: LatLon, b: LatLon): number {
  const toRad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * toRad;
  const dLon = (b.lon - a.lon) * toRad;
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * toRad) * Math.cos(b.lat * toRad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The radii tried in turn when nothing is found nearer: the young person still gets an answer. */
export const WIDENING_RADII_KM = [20, 40, 100] as const;

export interface Ranked<T> {
  item: T;
  km: number;
}

/**
 * The items nearest to `origin`, within the first radius of `radii` that holds at least one item; `radiusKm` says
 * which one was used (undefined when nothing is within the largest radius).
 *
 * `enoughWhenWidened` (default 1): once the first radius is empty and the search is already widening, a radius
 * must hold this many items (or all there are) to stop there. A single place just inside 40 km must not hide the
 * next ones a few kilometres further (review 15, J7: Lisieux got only Le Havre at 40 km, across the estuary, while
 * Caen at 44 km was cut). A place within the first radius is near enough on its own, and a last infinite radius
 * stays the "nothing within reach" case (its answer says so).
 */
export function nearestWithin<T>(
  origin: LatLon,
  items: readonly T[],
  position: (item: T) => LatLon,
  options: { radii?: readonly number[]; limit?: number; enoughWhenWidened?: number } = {},
): { radiusKm: number | undefined; results: Ranked<T>[] } {
  const radii = options.radii ?? WIDENING_RADII_KM;
  const limit = options.limit ?? 5;
  const ranked = items
    .map((item) => ({ item, km: distanceKm(origin, position(item)) }))
    .sort((x, y) => x.km - y.km);
  const enough = Math.min(options.enoughWhenWidened ?? 1, limit, ranked.length);
  let widened: { radiusKm: number; results: Ranked<T>[] } | undefined;
  for (const [i, radius] of radii.entries()) {
    const inside = ranked.filter((r) => r.km <= radius);
    if (inside.length === 0) continue;
    widened = { radiusKm: radius, results: inside.slice(0, limit) };
    // A last infinite radius is only for "nothing within reach": it never fills a finite radius up.
    if (i === 0 || inside.length >= enough || !Number.isFinite(radii[i + 1] ?? Infinity)) return widened;
  }
  return widened ?? { radiusKm: undefined, results: [] };
}
