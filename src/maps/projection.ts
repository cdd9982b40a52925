import type { MapProjection } from '../knowledge/schema/map.js';

export interface Point {
  x: number;
  y: number;
}

/**
 * Longitude/latitude (WGS84 degrees) to map units, as the import projected the outline: the same function on both
 * sides is what puts a commune's dot inside its département.
 */
export function project(p: MapProjection, lon: number, lat: number): Point {
  const k = Math.cos((p.lat0 * Math.PI) / 180);
  return { x: p.pad + (lon - p.west) * k * p.scale, y: p.pad + (p.north - lat) * p.scale };
}
