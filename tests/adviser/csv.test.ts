import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, csvFileName, toCsv } from '../../src/adviser/csv.js';

/** What a spreadsheet would run as a formula: a sign after optional spaces, or a leading control character. */
const DANGEROUS = /^[\s\u00a0\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r\n]/u;

describe('csvCell', () => {
  it('neutralises formulas, after spaces and in full-width forms too', () => {
    expect(csvCell('=HYPERLINK("http://x","clic")')).toBe(`"'=HYPERLINK(""http://x"",""clic"")"`);
    expect(csvCell('  =1+1')).toBe(`"'  =1+1"`);
    expect(csvCell('＝1+1')).toBe(`"'＝1+1"`);
    expect(csvCell('\ncmd')).toBe(`"'\ncmd"`);
    expect(csvCell('-2+3')).toBe(`"'-2+3"`);
    expect(csvCell('salaire 17 ans')).toBe('"salaire 17 ans"');
    expect(csvCell(3)).toBe('"3"');
    expect(csvCell(-3)).toBe(`"'-3"`);
    expect(csvCell(null)).toBe('""');
  });

  it('a file name keeps letters, digits and dashes only', () => {
    expect(csvFileName('activite', '2026-12-04')).toBe('activite-2026-12-04.csv');
    expect(csvFileName('../x"y', '2026-12-04"')).toBe('---x-y-2026-12-04.csv');
  });

  it('property: any table parses back to the same cells, none of them a formula', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.oneof(fc.string({ unit: 'grapheme' }), fc.nat()), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }), (rows) => {
        const width = rows[0]!.length;
        const table = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
        const parsed = parse(toCsv(table), { bom: true, relax_column_count: false }) as string[][];
        expect(parsed).toHaveLength(table.length);
        parsed.forEach((row, i) =>
          row.forEach((cell, j) => {
            const original = String(table[i]![j]);
            expect(DANGEROUS.test(cell)).toBe(false);
            expect(cell === original || cell === `'${original}`).toBe(true);
          }),
        );
      }),
      { numRuns: Number(process.env['FC_RUNS'] ?? 300) },
    );
  });
});
