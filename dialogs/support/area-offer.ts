/**
 * "quelles formations en apprentissage dans le 61 ?", "… sur Caen ?": a place asked with no trade nor diploma. What
 * exists there is answered first (how many places teach by apprenticeship, in which towns, in which fields), from the
 * offer's catalogues, then the trade is asked to narrow: never "Quelle formation cherches-tu ?" alone.
 */
import type { Commune } from '../../src/knowledge/schema/commune.js';
import type { Establishment } from '../../src/knowledge/schema/establishment.js';
import type { Search } from '../../src/knowledge/search.js';
import type { Knowledge } from '../../src/knowledge/snapshot.js';
import { distanceKm } from '../../src/rules/geo.js';

/** Around a town, the places this near count as its own ("sur Caen" takes in Hérouville-Saint-Clair). */
export const TOWN_AREA_KM = 20;
/** How many towns and fields a short answer names. */
const TOWNS_NAMED = 4;
const FIELDS_NAMED = 4;

export interface AreaOffer {
  /** Places (sites) teaching by apprenticeship in the area. */
  count: number;
  /** The towns with the most places, most first, with their number of places. */
  towns: ReadonlyArray<{ name: string; places: number }>;
  /** The interest fields (interets.yaml labels) whose trades' diplomas the most places of the area teach. */
  fields: readonly string[];
}

/** The places of a département, or within TOWN_AREA_KM of a town. */
export function placesOfArea(k: Knowledge, area: { departement: string } | { town: Commune }): Establishment[] {
  return k.establishments.filter((e) => {
    const commune = k.communes.get(e.commune);
    if (!commune || e.offers.length === 0) return false;
    return 'departement' in area ? commune.department === area.departement : distanceKm(area.town, e) <= TOWN_AREA_KM;
  });
}

/** What the area offers: its number of places, its towns with the most of them, its fields taught the most. */
export function areaOffer(k: Knowledge, search: Search, places: readonly Establishment[]): AreaOffer {
  const byTown = new Map<string, number>();
  for (const e of places) {
    const name = k.communes.get(e.commune)?.name;
    if (name) byTown.set(name, (byTown.get(name) ?? 0) + 1);
  }
  const towns = [...byTown].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'fr')).slice(0, TOWNS_NAMED).map(([name, n]) => ({ name, places: n }));
  return { count: places.length, towns, fields: fieldsTaught(k, search, places) };
}

/** The fields whose trades' diplomas the most of these places teach (each place counted once per field). */
function fieldsTaught(k: Knowledge, search: Search, places: readonly Establishment[]): string[] {
  const scored = k.files.interets.interests.map((interest) => {
    const ids = new Set(
      interest.trades.flatMap((code) => {
        const trade = k.trades.get(code);
        return trade ? search.diplomasForTrade(trade).map((d) => d.id) : [];
      }),
    );
    const teaching = places.filter((e) => e.offers.some((o) => ids.has(search.shownDiplomaId(o.diploma)) || ids.has(o.diploma))).length;
    return { label: interest.label, teaching };
  });
  return scored.filter((s) => s.teaching > 0).sort((a, b) => b.teaching - a.teaching).slice(0, FIELDS_NAMED).map((s) => s.label);
}

/**
 * The area the message itself names (a Normandy département, or a town), when no trade nor kind of diploma is known:
 * what to describe before asking the course. A place known from earlier does not make every later question a
 * description of it.
 */
export function areaNamed(u: { departement?: { code: string } | undefined; commune?: { commune: Commune } | undefined }): { departement: string } | { town: Commune } | undefined {
  if (u.commune) return { town: u.commune.commune };
  if (u.departement) return { departement: u.departement.code };
  return undefined;
}
