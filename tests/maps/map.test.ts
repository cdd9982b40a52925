import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildNormandyMap, inDepartment, MAP_SOURCE_FILE } from '../../src/knowledge/import/map.js';
import { toYaml } from '../../src/knowledge/import/yaml-out.js';
import { communesFileSchema } from '../../src/knowledge/schema/commune.js';
import { establishmentsFileSchema } from '../../src/knowledge/schema/establishment.js';
import { mapFileSchema } from '../../src/knowledge/schema/map.js';
import { inRings, pointsOf } from '../../src/maps/geometry.js';
import { project } from '../../src/maps/projection.js';
import { numberedMarks, renderMapSvg, svgDataUrl } from '../../src/maps/svg.js';

const raw = JSON.parse(readFileSync(`../shared/data/${MAP_SOURCE_FILE}`, 'utf8')) as unknown;
const committedText = readFileSync('knowledge/carte-normandie.yaml', 'utf8');
const map = mapFileSchema.parse(parse(committedText));
const communes = communesFileSchema.parse(parse(readFileSync('knowledge/communes.yaml', 'utf8'))).communes;
const byInsee = new Map(communes.map((c) => [c.insee, c]));

describe('knowledge/carte-normandie.yaml (generated from the départements GeoJSON)', () => {
  it('is what the import builds today, byte for byte, twice in a row', () => {
    const first = buildNormandyMap(raw);
    const second = buildNormandyMap(raw);
    expect(toYaml(second, 'x')).toBe(toYaml(first, 'x'));
    expect(first).toEqual(map);
  });

  it('stays a few KB', () => {
    expect(Buffer.byteLength(committedText)).toBeLessThan(10_000);
  });

  it('keeps one border between neighbours: the vertices of Calvados along Orne are vertices of Orne too', () => {
    const vertices = (code: string): Set<string> =>
      new Set(map.departements.find((d) => d.code === code)!.rings.flatMap((r) => pointsOf(r).map((p) => `${p.x},${p.y}`)));
    const calvados = vertices('14');
    const orne = vertices('61');
    const shared = [...calvados].filter((v) => orne.has(v));
    expect(shared.length).toBeGreaterThan(10);
  });

  it("puts the dot of every place that teaches by apprenticeship inside its own département's outline", () => {
    const establishments = establishmentsFileSchema.parse(parse(readFileSync('knowledge/etablissements.yaml', 'utf8'))).etablissements;
    const places = [...new Set(establishments.map((e) => e.commune).filter((c): c is string => !!c))].map((insee) => byInsee.get(insee)!).filter(Boolean);
    expect(places.length).toBeGreaterThan(40);
    const outside = places.filter((c) => !inDepartment(map, c.department, c.lon, c.lat)).map((c) => `${c.name} (${c.department})`);
    expect(outside).toEqual([]);
  });

  it('keeps almost every commune inside its own département after simplification (border villages may graze the line)', () => {
    const outside = communes.filter((c) => !inDepartment(map, c.department, c.lon, c.lat));
    expect(outside.length / communes.length).toBeLessThan(0.005);
  });

  it('puts named towns where they are: Caen in Calvados, Rouen in Seine-Maritime, Alençon in Orne, not elsewhere', () => {
    const named = (name: string) => communes.find((c) => c.name === name)!;
    for (const [town, code] of [['Caen', '14'], ['Rouen', '76'], ['Alençon', '61'], ['Évreux', '27'], ['Saint-Lô', '50'], ['Cherbourg-en-Cotentin', '50']] as const) {
      const c = named(town);
      for (const d of map.departements) expect(inDepartment(map, d.code, c.lon, c.lat), `${town} in ${d.code}`).toBe(d.code === code);
    }
  });
});

describe('the small map (src/maps/svg.ts)', () => {
  const caen = communes.find((c) => c.name === 'Caen')!;
  const lisieux = communes.find((c) => c.name === 'Lisieux')!;
  const rouen = communes.find((c) => c.name === 'Rouen')!;

  it('numbers the places in the order of the list, and one dot carries both numbers when two places share a town', () => {
    const marks = numberedMarks(map, [caen, lisieux, caen, rouen]);
    expect(marks.map((m) => m.label)).toEqual(['1,3', '2', '4']);
    const at = project(map.projection, caen.lon, caen.lat);
    expect(marks[0]!.at.x).toBeCloseTo(at.x, 0);
    const calvados = map.departements.find((d) => d.code === '14')!;
    expect(inRings(marks[0]!.at, calvados.rings)).toBe(true);
  });

  it('draws the départements, the home square and the dots, with the text alternative escaped, and nothing active', () => {
    const svg = renderMapSvg(map, { home: lisieux, places: [caen, rouen], alt: 'Carte : <script>alert(1)</script> & "Caen"' });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.match(/<path /g)).toHaveLength(5);
    expect(svg).toContain('<title>Carte : &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Caen&quot;</title>');
    expect(svg).not.toMatch(/<script|style=|href|url\(|on[a-z]+=/i);
    expect(svg.match(/<rect /g)).toHaveLength(3);
    expect(svg).toContain('>1</text>');
    expect(svg).toContain('>2</text>');
    expect(svg).toContain('>Seine-Maritime</text>');
    // Deterministic, and small enough to travel inside a card.
    expect(renderMapSvg(map, { home: lisieux, places: [caen, rouen], alt: 'x' })).toBe(renderMapSvg(map, { home: lisieux, places: [caen, rouen], alt: 'x' }));
    expect(svgDataUrl(svg).length).toBeLessThan(14_000);
    expect(svgDataUrl(svg)).toMatch(/^data:image\/svg\+xml,%3Csvg/);
  });
});
