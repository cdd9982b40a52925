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
 */
export function nearestWithin<T>(
  origin: LatLon,
  items: readonly T[],
  position: (item: T) => LatLon,
  options: { radii?: readonly number[]; limit?: number } = {},
): { radiusKm: number | undefined; results: Ranked<T>[] } {
  const radii = options.radii ?? WIDENING_RADII_KM;
  const limit = options.limit ?? 5;
  const ranked = items
    .map((item) => ({ item, km: distanceKm(origin, position(item)) }))
    .sort((x, y) => x.km - y.km);
  for (const radius of radii) {
    const inside = ranked.filter((r) => r.km <= radius);
    if (inside.length > 0) return { radiusKm: radius, results: inside.slice(0, limit) };
  }
  return { radiusKm: undefined, results: [] };
}
