import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/knowledge/import/csv.js';
import { FILE_SPECS, type SourceId } from '../../src/knowledge/import/sources.js';
import { establishmentsFileSchema } from '../../src/knowledge/schema/establishment.js';

const root = resolve(import.meta.dirname, '../..');
const dataDir = resolve(root, '../shared/data');
const offerDir = join(dataDir, 'formations_normandie');

/** The apprenticeship lines of each export the import reads offers from (the other lines are school places). */
const APPRENTICESHIP_LINE: Partial<Record<SourceId, (row: Record<string, string>) => boolean>> = {
  affelnet_apprentissage: (r) => (r['Statut Offre de formation'] ?? '').trim().toUpperCase() === 'AP',
  parcoursup_bts: (r) => /^apprentissage$/i.test((r['STATUT'] ?? '').trim()),
};

/**
 * Round 31: every 2024–2025 export of the offer that ../shared/data/README.md lists is used. Each apprenticeship line
 * of each file is one record of knowledge/etablissements.yaml with that file's source and year (a current offer, a
 * past one, an unmatched one, or a line no file places), so a file the import drops, or lines it loses, fail here.
 */
describe.skipIf(!existsSync(offerDir))('the 2024–2025 offer exports are all loaded', () => {
  const file = establishmentsFileSchema.parse(YAML.parse(readFileSync(join(root, 'knowledge/etablissements.yaml'), 'utf8')));
  const records = [
    ...file.etablissements.flatMap((e) => [...e.offers, ...(e.past_offers ?? []), ...(e.unmatched_offers ?? [])]),
    ...(file.unplaced_offers ?? []),
  ];
  const readme = readFileSync(join(dataDir, 'README.md'), 'utf8');
  const listed = [...readme.matchAll(/^\| ([a-z0-9_]+_(2024|2025)_[a-z0-9_]+\.csv) \|/gm)].map((m) => m[1]!);

  it('the README lists at least the 2025 Affelnet and the 2024 Parcoursup exports, and each is in the folder', () => {
    expect(listed).toEqual(expect.arrayContaining(['affelnet_2025_apprentissage_normandie.csv', 'parcoursup_2024_bts_apprentissage_normandie.csv']));
    const present = readdirSync(offerDir);
    for (const name of listed) expect(present).toContain(name);
  });

  it.each(['affelnet_2025_apprentissage_normandie.csv', 'parcoursup_2024_bts_apprentissage_normandie.csv'])('%s: as many records of its source and year as apprenticeship lines', (name) => {
    const source = (Object.keys(FILE_SPECS) as SourceId[]).find((id) => FILE_SPECS[id].dir === 'formations_normandie' && FILE_SPECS[id].pattern.test(name));
    expect(source, `no import source reads ${name}`).toBeDefined();
    const year = Number(FILE_SPECS[source!].pattern.exec(name)?.[1]);
    const isLine = APPRENTICESHIP_LINE[source!];
    expect(isLine, `no apprenticeship filter for ${source}`).toBeDefined();
    const lines = parseCsv(readFileSync(join(offerDir, name), 'utf8')).filter(isLine!).length;
    const loaded = records.filter((r) => r.source === source && r.year === year).length;
    expect(lines).toBeGreaterThan(0);
    expect(loaded).toBe(lines);
    // And the source map names that very file, so the bot cites it.
    expect(file.sources[source!]?.file).toBe(`formations_normandie/${name}`);
  });

  it('every 2024–2025 export listed is one of those counted', () => {
    for (const name of listed) expect(['affelnet_2025_apprentissage_normandie.csv', 'parcoursup_2024_bts_apprentissage_normandie.csv']).toContain(name);
  });

  it('before/after of round 31: every unplaced line is placed in its département by its UAI, none in a commune', () => {
    const unplaced = file.unplaced_offers ?? [];
    expect(unplaced.length).toBeGreaterThan(0);
    for (const u of unplaced) expect(u.departement).toBe(u.uai.slice(1, 3));
  });
});

describe('uaiDepartement', () => {
  it("reads a Normandy département from a UAI's first three digits, and nothing else", async () => {
    const { uaiDepartement } = await import('../../src/knowledge/import/establishments.js');
    expect(uaiDepartement('0763522R')).toBe('76');
    expect(uaiDepartement('0142248T')).toBe('14');
    expect(uaiDepartement('0270017X')).toBe('27');
    expect(uaiDepartement('0500127S')).toBe('50');
    expect(uaiDepartement('0610692W')).toBe('61');
    expect(uaiDepartement('0750001A')).toBeUndefined();
    expect(uaiDepartement('9740001A')).toBeUndefined();
    expect(uaiDepartement('076352R')).toBeUndefined();
  });
});
