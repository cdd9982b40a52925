import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { factsInText } from '../../src/knowledge/facts.js';
import { factRows, readHandwrittenFiles, renderFactsMarkdown, type FactRow } from '../../src/knowledge/facts-table.js';

const run = promisify(execFile);

describe('facts in French prose', () => {
  const facts = (text: string): string[] => factsInText(text).map((f) => `${f.kind}:${f.value}`);

  it('reads amounts with grouped thousands and cents, rates, ages and dates', () => {
    expect(facts("Jusqu'à 6 000 € la première année, 561,68 € par mois, 27 % du SMIC.")).toEqual(['amount:6 000 €', 'amount:561,68 €', 'percent:27 %']);
    expect(facts('Un contrat signé entre le 8 mars et le 31 décembre 2026, à partir du 1er janvier 2027.')).toEqual(['date:8 mars', 'date:31 décembre 2026', 'date:1er janvier 2027']);
    expect(facts('Pour les 16 à 25 ans, 29 ans révolus avec une RQTH, dès 18 ans.')).toEqual(['age:16 à 25 ans', 'age:29 ans', 'age:18 ans']);
    expect(facts('Le plan 2016-2021 ; offre 2020 ; une aide de 1000 euros.')).toEqual(['date:2016-2021', 'date:2020', 'amount:1000 €']);
  });

  it('does not take durations for ages, nor phone numbers or hours for amounts', () => {
    expect(facts('Un contrat dure de 6 mois à 3 ans, 4 ans avec une RQTH.')).toEqual([]);
    expect(facts('Appelle le 0800 050 000, 35 heures par semaine, 1 820 heures.')).toEqual([]);
  });
});

describe('npm run kb:facts over the real knowledge', () => {
  let rows: FactRow[];
  beforeAll(async () => {
    const read = await readHandwrittenFiles('knowledge');
    if (!read.ok) throw new Error(read.errors.map((e) => e.message).join('\n'));
    rows = factRows(read.files, read.texts);
  });

  it('lists the facts of every hand-written file and of the pay parameters', () => {
    const files = new Set(rows.map((r) => r.file));
    for (const f of ['knowledge/aides.yaml', 'knowledge/faq.yaml', 'knowledge/contacts.yaml', 'knowledge/parametres.yaml', 'knowledge/messages.fr.yaml']) {
      expect(files.has(f), f).toBe(true);
    }
    expect(rows.length).toBeGreaterThan(150);
  });

  it('gives each fact its record, field, source and verification date', () => {
    const disability = rows.find((r) => r.record === 'aide-embauche-apprenti-2026' && r.value === '6 000 €');
    expect(disability).toMatchObject({
      kind: 'amount',
      field: 'amount[0].rows[0].value',
      verified_on: '2026-11-27',
      sources: expect.arrayContaining(['https://travail-emploi.gouv.fr/une-aide-exceptionnelle-aux-employeurs-qui-recrutent-en-apprentissage']) as unknown,
    });
    const grid = rows.find((r) => r.record === 'apprentice_pay' && r.value === '27 %');
    expect(grid).toMatchObject({ kind: 'percent', sources: ['https://travail-emploi.gouv.fr/le-contrat-dapprentissage'], verified_on: 'données du 2026-02-12' });
    const message = rows.find((r) => r.record === 'salary.too_old' && r.value === '16 à 29 ans');
    expect(message?.sources[0]).toMatch(/travail-emploi\.gouv\.fr\/le-contrat-dapprentissage/);
    for (const r of rows) expect(r.sources.length, `${r.file}:${r.line} ${r.record} ${r.value}`).toBeGreaterThan(0);
  });

  it('points each fact at the line that writes it', () => {
    const texts = new Map<string, string[]>();
    for (const r of rows.filter((x) => x.kind === 'amount' && x.line !== undefined)) {
      let lines = texts.get(r.file);
      if (!lines) texts.set(r.file, (lines = readFileSync(r.file, 'utf8').split('\n')));
      const digits = r.value.replace(/\D/g, '');
      // A structured figure is on its line ("value: 6000"); a figure in prose is in the block that starts there.
      const block = lines.slice(r.line! - 1, r.line! + 8).join(' ').replace(/\D/g, '');
      expect(block, `${r.file}:${r.line} ${r.record} ${r.value}`).toContain(digits);
    }
  });

  it('shows an approximate end date as a bound, never as a day', () => {
    const end = rows.find((r) => r.record === 'carte-jeunes-apprentis-normands' && r.field === 'valid_to');
    expect(end?.value).toMatch(/^2021-12-31 \(borne/);
  });

  it('renders a Markdown table with one line per fact', () => {
    const md = renderFactsMarkdown(rows);
    const lines = md.trim().split('\n');
    expect(lines[0]).toMatch(new RegExp(`^# Faits à vérifier \\(${rows.length} faits dans \\d+ enregistrements`));
    expect(lines[2]).toBe('| fichier:ligne | enregistrement | champ | type | valeur | source | vérifié le |');
    expect(lines.filter((l) => l.startsWith('| knowledge/'))).toHaveLength(rows.length);
  });

  it('the command prints the same table, and --json the same rows', async () => {
    const md = await run('npx', ['tsx', 'src/knowledge/facts-cli.ts'], { maxBuffer: 8_000_000 });
    expect(md.stdout).toBe(renderFactsMarkdown(rows));
    const json = await run('npx', ['tsx', 'src/knowledge/facts-cli.ts', '--json'], { maxBuffer: 8_000_000 });
    expect(JSON.parse(json.stdout)).toEqual(JSON.parse(JSON.stringify(rows)));
  }, 60_000);
});
