import { readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { formatLocatedError } from '../../src/knowledge/yaml-file.js';
import { copyOfKnowledge, sharedKnowledge } from '../helpers/knowledge.js';

describe('the real knowledge base', () => {
  it('loads with the acceptance counts', async () => {
    const { counts } = (await sharedKnowledge()).current.knowledge;
    expect(counts.trades).toBeGreaterThanOrEqual(1500);
    expect(counts.synonyms).toBeGreaterThanOrEqual(12_000);
    expect(counts.trades_with_diplomas).toBeGreaterThanOrEqual(500);
    expect(counts.diplomas).toBeGreaterThanOrEqual(2000);
    expect(counts.establishments).toBeGreaterThanOrEqual(120);
    expect(counts.offers).toBeGreaterThanOrEqual(450);
    expect(counts.communes).toBeGreaterThanOrEqual(2600);
    expect(counts.aids).toBeGreaterThanOrEqual(10);
    expect(counts.faq).toBeGreaterThanOrEqual(40);
  });

  it('gives every establishment coordinates and every aid a source, validity and verification date', async () => {
    const k = (await sharedKnowledge()).current.knowledge;
    for (const e of k.establishments) expect(Number.isFinite(e.lat) && Number.isFinite(e.lon), e.uai).toBe(true);
    for (const a of k.aids) {
      expect(a.source.url, a.id).toMatch(/^https:\/\//);
      expect(a.verified_on, a.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect('valid_from' in a && 'valid_to' in a, a.id).toBe(true);
    }
  });

  it('knows the ended measures as ended', async () => {
    const aids = (await sharedKnowledge()).current.knowledge.aids;
    expect(aids.find((a) => a.id === 'aide-permis-apprentis')?.valid_to).toBe('2026-02-21');
    expect(aids.find((a) => a.id === 'carte-jeunes-apprentis-normands')?.valid_to?.startsWith('2021')).toBe(true);
  });
});

/** Breaks one file of a private copy and returns the formatted errors. */
async function errorsAfter(file: string, edit: (text: string) => string): Promise<string[]> {
  const dir = await copyOfKnowledge();
  const path = join(dir, file);
  await writeFile(path, edit(await readFile(path, 'utf8')));
  const outcome = await loadKnowledge(dir);
  if (outcome.ok) throw new Error('expected the load to fail');
  return outcome.errors.map(formatLocatedError);
}

describe('bad knowledge gives located errors, never a half-loaded base', () => {
  let aidsText: string;
  beforeAll(async () => {
    aidsText = await readFile('knowledge/aides.yaml', 'utf8');
  });

  it('malformed YAML: file and line', async () => {
    const errors = await errorsAfter('faq.yaml', (t) => t.replace('faq:\n', 'faq:\n  - id: [unclosed\n'));
    expect(errors[0]).toMatch(/faq\.yaml:\d+ /);
  });

  it('a wrong type: file, line, path and what was expected', async () => {
    const lines = aidsText.split('\n');
    const index = lines.findIndex((l) => l.startsWith('    valid_to: 2026-12-31'));
    const errors = await errorsAfter('aides.yaml', (t) => t.replace('    valid_to: 2026-12-31', '    valid_to: "fin 2026"'));
    expect(errors.some((e) => e.endsWith(`aides.yaml:${index + 1} aids[0].valid_to: expected a date (YYYY-MM-DD)`))).toBe(true);
  });

  it('an unknown reference between files', async () => {
    const errors = await errorsAfter('etablissements.yaml', (t) => t.replace(/diploma: "?(\w+)"?/, 'diploma: "99999999"'));
    expect(errors.some((e) => /etablissements\.yaml:\d+ etablissements\[\d+\]\.offers\[0\]\.diploma: unknown diploma "99999999"/.test(e))).toBe(true);
  });

  it('a past offer naming a site that does not exist', async () => {
    const errors = await errorsAfter('etablissements.yaml', (t) => t.replace(/now_at: \w+/, 'now_at: 0999999Z'));
    expect(errors.some((e) => /etablissements\.yaml:\d+ etablissements\[\d+\]\.past_offers\[\d+\]\.now_at: unknown establishment "0999999Z"/.test(e))).toBe(true);
  });

  it('a duplicated id', async () => {
    const errors = await errorsAfter('contacts.yaml', (t) => t.replace('  - id: missions-locales', '  - id: numero-vert-0800'));
    expect(errors.some((e) => /contacts\.yaml:\d+ contacts\[\d+\]\.id: duplicate contact id "numero-vert-0800"/.test(e))).toBe(true);
  });

  it('an empty file', async () => {
    const errors = await errorsAfter('parametres.yaml', () => '');
    expect(errors[0]).toMatch(/parametres\.yaml/);
  });

  it('a missing file', async () => {
    const dir = await copyOfKnowledge();
    await unlink(join(dir, 'contacts.yaml'));
    const outcome = await loadKnowledge(dir);
    expect(outcome.ok ? [] : outcome.errors.map(formatLocatedError)).toEqual([expect.stringMatching(/contacts\.yaml file is missing$/)]);
  });
});
