/**
 * Builds knowledge/carte-normandie.yaml, the outline of Normandy's five départements for the small maps of the place
 * cards and the récap, from geo/departements_normandie.geojson (IGN ADMIN EXPRESS via france-geojson).
 *
 * The outline is projected to map units once, here, then simplified along shared borders (src/maps/simplify.ts): a
 * border between two départements is simplified once, so neighbours keep a common edge with no gap or sliver.
 * Rounded to whole units (about 0.7 km), a ring smaller than a few units (islets, the Calvados enclave in Orne) is
 * dropped: at the size of a card it would be a speck. Pure arithmetic on the file's numbers, no clock and no
 * randomness: two runs give the same bytes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { inRings, pointsOf, ringArea, ringCentroid } from '../../maps/geometry.js';
import { project, type Point } from '../../maps/projection.js';
import { simplifySharedRings, type KeyedPoint } from '../../maps/simplify.js';
import type { Source } from '../schema/common.js';
import { mapFileSchema, type MapDepartment, type MapFile, type MapProjection } from '../schema/map.js';
import { toYaml } from './yaml-out.js';

export const MAP_SOURCE_FILE = 'geo/departements_normandie.geojson';

/** Map units across: about what a card shows on a phone, so that one unit is about one CSS pixel. */
export const MAP_WIDTH = 320;
const PAD = 8;
/** Douglas–Peucker tolerance in map units: a vertex closer than this to the line of its neighbours goes. */
export const SIMPLIFY_TOLERANCE = 0.9;
/** Rings under this area (square map units) are dropped after rounding. */
const MIN_RING_AREA = 6;

/** The département outlines have not changed since the 2018 edition this file was taken from (COG 2018). */
const SOURCE: Source = {
  producer: 'IGN ADMIN EXPRESS COG 2018 (contours des départements, via gregoiredavid/france-geojson)',
  url: 'https://github.com/gregoiredavid/france-geojson',
  file: MAP_SOURCE_FILE,
  licence: 'Licence Ouverte 2.0',
  data_date: '2018-01-01',
};

const position = z.tuple([z.number(), z.number()]).rest(z.number());
const ringSchema = z.array(position).min(4);
const geojsonSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      properties: z.object({ code: z.enum(['14', '27', '50', '61', '76']), nom: z.string().min(1) }),
      geometry: z.discriminatedUnion('type', [
        z.object({ type: z.literal('Polygon'), coordinates: z.array(ringSchema) }),
        z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ringSchema)) }),
      ]),
    }),
  ),
});
type DepartmentsGeoJson = z.infer<typeof geojsonSchema>;
type Feature = DepartmentsGeoJson['features'][number];
type Ring = z.infer<typeof ringSchema>;

const round = (v: number, decimals: number): number => Math.round(v * 10 ** decimals) / 10 ** decimals;

function polygonsOf(f: Feature): Ring[][] {
  return f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
}

/** The projection that fits the outline's bounding box into MAP_WIDTH, with parameters rounded so YAML holds them exactly. */
function fitProjection(data: DepartmentsGeoJson): { projection: MapProjection; height: number } {
  let west = Infinity;
  let east = -Infinity;
  let south = Infinity;
  let north = -Infinity;
  for (const f of data.features) {
    for (const ring of polygonsOf(f).flat()) {
      for (const [lon, lat] of ring) {
        west = Math.min(west, lon);
        east = Math.max(east, lon);
        south = Math.min(south, lat);
        north = Math.max(north, lat);
      }
    }
  }
  const lat0 = round((south + north) / 2, 2);
  const w = Math.floor(west * 100) / 100;
  const n = Math.ceil(north * 100) / 100;
  const k = Math.cos((lat0 * Math.PI) / 180);
  const scale = Math.floor(((MAP_WIDTH - 2 * PAD) / ((east - w) * k)) * 1000) / 1000;
  const projection: MapProjection = { lat0, west: w, north: n, scale, pad: PAD };
  const height = Math.ceil(2 * PAD + (n - south) * scale);
  return { projection, height };
}

/** Rounds a ring to whole units and drops the repeated points rounding makes. */
function toFlat(ring: readonly Point[]): number[] {
  const pts: Point[] = [];
  for (const p0 of ring) {
    const p = { x: Math.round(p0.x), y: Math.round(p0.y) };
    const last = pts[pts.length - 1];
    if (!last || last.x !== p.x || last.y !== p.y) pts.push(p);
  }
  const a = pts[0];
  const b = pts[pts.length - 1];
  if (pts.length > 1 && a && b && a.x === b.x && a.y === b.y) pts.pop();
  return pts.flatMap((p) => [p.x, p.y]);
}

export function buildNormandyMap(raw: unknown): MapFile {
  const data = geojsonSchema.parse(raw);
  const { projection, height } = fitProjection(data);
  const features = [...data.features].sort((a, b) => a.properties.code.localeCompare(b.properties.code));

  // Every ring of every département, projected, without its closing point; `owner` says which polygon it belongs to.
  const rings: KeyedPoint[][] = [];
  const owner: { feature: number; polygon: number; outer: boolean }[] = [];
  features.forEach((f, fi) => {
    polygonsOf(f).forEach((poly, pi) => {
      poly.forEach((ring, ri) => {
        rings.push(ring.slice(0, -1).map(([lon, lat]) => ({ ...project(projection, lon, lat), key: `${lon},${lat}` })));
        owner.push({ feature: fi, polygon: pi, outer: ri === 0 });
      });
    });
  });
  const simplified = simplifySharedRings(rings, SIMPLIFY_TOLERANCE).map(toFlat);

  const departements: MapDepartment[] = features.map((f, fi) => {
    const kept: number[][] = [];
    const polygonCount = polygonsOf(f).length;
    for (let pi = 0; pi < polygonCount; pi++) {
      const ids = owner.flatMap((o, i) => (o.feature === fi && o.polygon === pi ? [i] : []));
      const big = (i: number): boolean => (simplified[i]?.length ?? 0) >= 6 && ringArea(pointsOf(simplified[i] ?? [])) >= MIN_RING_AREA;
      const outer = ids.find((i) => owner[i]?.outer);
      // A polygon whose outer ring is too small goes with its holes.
      if (outer === undefined || !big(outer)) continue;
      for (const i of ids) if (big(i)) kept.push(simplified[i] ?? []);
    }
    const largest = kept.map(pointsOf).reduce((best, r) => (ringArea(r) > ringArea(best) ? r : best));
    const c = ringCentroid(largest);
    return { code: f.properties.code, name: f.properties.nom, rings: kept, label: { x: Math.round(c.x), y: Math.round(c.y) }, sources: ['departements'] };
  });

  return mapFileSchema.parse({ sources: { departements: SOURCE }, width: MAP_WIDTH, height, projection, departements });
}

/** Whether a point given in degrees falls in a département of the map (used by the tests and the import's own check). */
export function inDepartment(map: MapFile, code: string, lon: number, lat: number): boolean {
  const d = map.departements.find((x) => x.code === code);
  return d !== undefined && inRings(project(map.projection, lon, lat), d.rings);
}

const HEADER =
  'Outline of the five départements of Normandy, projected and simplified for the small maps (src/maps/).\n' +
  'Generated by `npm run kb:import` from ../shared/data: do not edit by hand, re-run the import.\n' +
  'Coordinates are map units (see `projection`): rings as flat lists x1, y1, x2, y2, …';

/** Builds the map from ../shared/data and writes knowledge/carte-normandie.yaml; returns what it wrote. */
export function writeMapFile(dataDir: string, outDir: string): { path: string; bytes: number; map: MapFile } {
  const map = buildNormandyMap(JSON.parse(readFileSync(join(dataDir, MAP_SOURCE_FILE), 'utf8')) as unknown);
  const path = join(outDir, 'carte-normandie.yaml');
  const text = toYaml(map, HEADER);
  writeFileSync(path, text);
  return { path, bytes: Buffer.byteLength(text), map };
}
