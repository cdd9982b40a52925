import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import YAML from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { runImport } from '../../../src/knowledge/import/run.js';
import { establishmentsFileSchema } from '../../../src/knowledge/schema/establishment.js';

const root = resolve(import.meta.dirname, '../../..');
const dataDir = resolve(root, '../shared/data');
const FIXTURE = 'affelnet_2026_apprentissage_normandie.csv';

/**
 * Issue 13: "still accepting a newer export in the same shape". The real data folder, linked file by file, plus a
 * small Affelnet 2026 export in the 2025 shape (tests/knowledge/import/fixtures): the import reads the newest file
 * of the pattern, dates it from its name, and gives its lines that year, with nothing else to change.
 */
describe.skipIf(!existsSync(dataDir))('a newer export dropped beside the old one', () => {
  const work = mkdtempSync(join(tmpdir(), 'kb-newer-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('is read instead of the older one, with its year on each offer and its date in the sources', () => {
    const data = join(work, 'data');
    mkdirSync(data);
    for (const entry of readdirSync(dataDir, { withFileTypes: true })) {
      if (entry.name !== 'formations_normandie') symlinkSync(join(dataDir, entry.name), join(data, entry.name));
    }
    const offers = join(data, 'formations_normandie');
    mkdirSync(offers);
    for (const name of readdirSync(join(dataDir, 'formations_normandie'))) symlinkSync(join(dataDir, 'formations_normandie', name), join(offers, name));
    copyFileSync(join(import.meta.dirname, 'fixtures', FIXTURE), join(offers, FIXTURE));

    const out = join(work, 'out');
    runImport({ from: data, out });
    const file = establishmentsFileSchema.parse(YAML.parse(readFileSync(join(out, 'etablissements.yaml'), 'utf8')));

    expect(file.sources.affelnet_apprentissage).toMatchObject({ file: `formations_normandie/${FIXTURE}`, data_date: '2026-05-01' });
    const cifac = file.etablissements.find((e) => e.uai === '0141300M');
    expect(cifac?.offers).toContainEqual({ diploma: '50022137', year: 2026, source: 'affelnet_apprentissage', demand: { first_choice: 40, all_choices: 80, capacity: 24 } });
    expect(cifac?.offers).toContainEqual({ diploma: '50022141', year: 2026, source: 'affelnet_apprentissage', demand: { first_choice: 50, all_choices: 110 } });
    const balleroy = file.etablissements.find((e) => e.uai === '0141902S');
    expect(balleroy).toMatchObject({ commune: expect.any(String), offers: [{ diploma: '50321130', year: 2026, source: 'affelnet_apprentissage' }] });
    // Only the newest file of the pattern is read: no line is left from the 2025 export, none is dated 2026 elsewhere.
    const all = file.etablissements.flatMap((e) => e.offers);
    expect(all.filter((o) => o.year === 2025)).toEqual([]);
    expect(all.filter((o) => o.year === 2026)).toHaveLength(3);
    // A CAP that CIFAC listed in 2020 and the 2026 export lists it without is history, absent in 2026.
    expect(cifac?.past_offers?.every((p) => p.absent_in.year === 2026 || p.absent_in.source !== 'affelnet_apprentissage')).toBe(true);
    expect(cifac?.past_offers?.some((p) => p.absent_in.year === 2026)).toBe(true);
  }, 240_000);
});
