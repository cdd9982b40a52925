import type { Commune } from '../../src/knowledge/schema/commune.js';
import type { NearbyEstablishment } from '../../src/knowledge/search.js';
import { renderMapSvg, svgDataUrl, type MapPlace } from '../../src/maps/svg.js';
import { say, type Turn } from './turn.js';

export interface PlacesMap {
  home: MapPlace;
  /** In the order of the list: dot n is item n. */
  places: MapPlace[];
  /** The text alternative: which town the square is, which place each number is. */
  alt: string;
}

/** The map of a list of places found around the person's town (an establishment without a commune sits on the town). */
export function placesMap(turn: Turn, home: Commune, results: readonly NearbyEstablishment[]): PlacesMap {
  const list = results.map((r, i) => say(turn, 'map.item', { n: i + 1, place: r.commune?.name ?? home.name })).join(', ');
  return {
    home: { lon: home.lon, lat: home.lat },
    places: results.map((r) => ({ lon: r.commune?.lon ?? home.lon, lat: r.commune?.lat ?? home.lat })),
    alt: say(turn, 'map.alt', { town: home.name, list }),
  };
}

/** The same map as a card image: an inline SVG in a data: URL, with its text alternative. */
export function placesMapImage(turn: Turn, home: Commune, results: readonly NearbyEstablishment[]): { url: string; alt: string } {
  const m = placesMap(turn, home, results);
  return { url: svgDataUrl(renderMapSvg(turn.kb.knowledge.map, m)), alt: m.alt };
}
