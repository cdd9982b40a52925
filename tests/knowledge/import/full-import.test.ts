import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import YAML from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { runImport } from '../../../src/knowledge/import/run.js';
import { communesFileSchema } from '../../../src/knowledge/schema/commune.js';
import { diplomasFileSchema } from '../../../src/knowledge/schema/diploma.js';
import { establishmentsFileSchema } from '../../../src/knowledge/schema/establishment.js';
import { tradesFileSchema } from '../../../src/knowledge/schema/trade.js';

const root = resolve(import.meta.dirname, '../../..');
const dataDir = resolve(root, '../shared/data');
const knowledgeDir = join(root, 'knowledge');
const NAMES = ['metiers', 'diplomes', 'etablissements', 'communes'] as const;

describe.skipIf(!existsSync(dataDir))('full import from ../shared/data', () => {
  const dirs = [mkdtempSync(join(tmpdir(), 'kb-a-')), mkdtempSync(join(tmpdir(), 'kb-b-'))];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('is deterministic: two runs give byte-identical files, equal to the committed ones', () => {
    for (const d of dirs) runImport({ from: dataDir, out: d });
    for (const name of NAMES) {
      const a = readFileSync(join(dirs[0] ?? '', `${name}.yaml`));
      const b = readFileSync(join(dirs[1] ?? '', `${name}.yaml`));
      expect(a.equals(b), `${name}.yaml differs between two runs`).toBe(true);
      const committed = join(knowledgeDir, `${name}.yaml`);
      expect(readFileSync(committed).equals(a), `${name}.yaml is stale: run npm run kb:import`).toBe(true);
    }
  }, 120_000);
});

describe('committed knowledge files', () => {
  const load = (name: string): unknown => YAML.parse(readFileSync(join(knowledgeDir, `${name}.yaml`), 'utf8'));
  const trades = tradesFileSchema.parse(load('metiers'));
  const diplomas = diplomasFileSchema.parse(load('diplomes'));
  const establishments = establishmentsFileSchema.parse(load('etablissements'));
  const communes = communesFileSchema.parse(load('communes'));

  it('meet the acceptance counts', () => {
    const counts = {
      trades: trades.metiers.length,
      synonyms: trades.metiers.reduce((n, t) => n + t.synonyms.length, 0),
      tradesWithDiplomas: trades.metiers.filter((t) => t.diplomas).length,
      tradesWithDirectDiplomas: trades.metiers.filter((t) => t.diplomas && !t.diplomas_from_parent).length,
      diplomasActiveApprenticeship: diplomas.diplomes.filter((d) => d.active && d.apprenticeship).length,
      diplomas: diplomas.diplomes.length,
      establishments: establishments.etablissements.length,
      offersPlaced: establishments.etablissements.reduce((n, e) => n + e.offers.length, 0),
      offersPlaced2024to2025: establishments.etablissements.reduce((n, e) => n + e.offers.filter((o) => o.year >= 2024).length, 0),
      pastOffers: establishments.etablissements.reduce((n, e) => n + (e.past_offers?.length ?? 0), 0),
      unplacedOffers: establishments.unplaced_offers?.length ?? 0,
      unmatchedOffers: establishments.etablissements.reduce((n, e) => n + (e.unmatched_offers?.length ?? 0), 0),
      communes: communes.communes.length,
      formerCommunes: communes.anciennes_communes.length,
    };
    console.log('knowledge counts', counts);
    expect(counts.trades).toBeGreaterThanOrEqual(1500);
    expect(counts.synonyms).toBeGreaterThanOrEqual(12_000);
    expect(counts.tradesWithDiplomas).toBeGreaterThanOrEqual(500);
    expect(counts.diplomasActiveApprenticeship).toBeGreaterThanOrEqual(2000);
    expect(counts.establishments).toBeGreaterThanOrEqual(150);
    // Current placed offers only: an older line of a course a newer catalogue lists again is not counted twice.
    // (The "offers ≥ 800" counts the unplaced lines too: see tests/knowledge/offer-counts.test.ts.)
    expect(counts.offersPlaced).toBeGreaterThanOrEqual(600);
    expect(counts.offersPlaced2024to2025).toBeGreaterThanOrEqual(500);
    expect(counts.pastOffers).toBeGreaterThan(0);
    expect(counts.unplacedOffers).toBeGreaterThan(0);
    expect(counts.communes).toBeGreaterThanOrEqual(2600);
    expect(counts.formerCommunes).toBeGreaterThan(0);
  });

  it('split gendered job titles into both forms', () => {
    const boulanger = trades.metiers.find((t) => t.code === 'D1102');
    expect(boulanger?.synonyms).toEqual(expect.arrayContaining(['Boulanger / Boulangère', 'boulanger', 'boulangère']));
    const all = new Set(trades.metiers.flatMap((t) => t.synonyms));
    expect(all.has('accastilleur-gréeur')).toBe(true);
    expect(all.has('accastilleuse-gréeuse')).toBe(true);
  });

  it('have every cross-reference resolve and every record name a declared source', () => {
    const diplomaIds = new Set(diplomas.diplomes.map((d) => d.id));
    const romeCodes = new Set(trades.metiers.map((t) => t.code));
    const inseeCodes = new Set(communes.communes.map((c) => c.insee));
    const missing: string[] = [];
    for (const t of trades.metiers) for (const id of t.diplomas ?? []) if (!diplomaIds.has(id)) missing.push(`${t.code} → ${id}`);
    for (const d of diplomas.diplomes) {
      for (const r of d.romes ?? []) if (!romeCodes.has(r)) missing.push(`${d.id} → ${r}`);
      if (d.replaced_by && !diplomaIds.has(d.replaced_by)) missing.push(`${d.id} → ${d.replaced_by}`);
    }
    for (const e of establishments.etablissements) {
      if (!inseeCodes.has(e.commune)) missing.push(`${e.uai} → ${e.commune}`);
      for (const o of e.offers) if (!diplomaIds.has(o.diploma)) missing.push(`${e.uai} → ${o.diploma}`);
    }
    for (const f of communes.anciennes_communes) if (!inseeCodes.has(f.current)) missing.push(`${f.insee} → ${f.current}`);
    expect(missing).toEqual([]);

    const undeclared: string[] = [];
    const check = (file: string, declared: Record<string, unknown>, ids: Iterable<string>): void => {
      for (const id of ids) if (!(id in declared)) undeclared.push(`${file}: ${id}`);
    };
    check('metiers', trades.sources, trades.metiers.flatMap((t) => t.sources));
    check('diplomes', diplomas.sources, diplomas.diplomes.flatMap((d) => [...d.sources, ...(d.outcomes ?? []).map((o) => o.source)]));
    check('etablissements', establishments.sources, establishments.etablissements.flatMap((e) => [...e.sources, ...e.offers.map((o) => o.source)]));
    check('communes', communes.sources, [...communes.communes.flatMap((c) => c.sources), ...communes.anciennes_communes.map((f) => f.source)]);
    expect(undeclared).toEqual([]);
  });

  it('place the 2024 Parcoursup lines only through another catalogue, and list the others without a town', () => {
    const placed = new Set(establishments.etablissements.map((e) => e.uai));
    for (const u of establishments.unplaced_offers ?? []) expect(placed.has(u.uai), u.uai).toBe(false);
    expect(establishments.unplaced_offers?.every((u) => u.source === 'parcoursup_bts' && u.year === 2024)).toBe(true);
  });

  it('renew the 2020 codes that a 2025 catalogue lists under a new code', () => {
    const byId = new Map(diplomas.diplomes.map((d) => [d.id, d]));
    // CAP maintenance des véhicules option motocycles: 500-25220 in 2020, 500-25227 in Affelnet 2025
    expect(byId.get('50025220')?.replaced_by).toBe('50025227');
    expect(byId.get('50025227')).toMatchObject({ title: 'CAP maintenance des véhicules option motocycles', active: true });
    // Bac pro MELEC, the README's example: 400-25510 → 400-25520 (Éduscol)
    expect(byId.get('40025510')?.replaced_by).toBe('40025520');
  });

  it('give every establishment coordinates of its commune', () => {
    const byCode = new Map(communes.communes.map((c) => [c.insee, c]));
    for (const e of establishments.etablissements) {
      expect([e.lat, e.lon]).toEqual([byCode.get(e.commune)?.lat, byCode.get(e.commune)?.lon]);
    }
  });
});
