import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

export type CsvRow = Record<string, string>;

/** Picks `;` or `,` from the header line: the sources use both, and a newer export may switch. */
export function detectDelimiter(text: string): ';' | ',' {
  const end = text.search(/\r?\n/);
  const header = end === -1 ? text : text.slice(0, end);
  const semi = header.split(';').length;
  const comma = header.split(',').length;
  return semi > comma ? ';' : ',';
}

/** Parses CSV text with a header row: strips a UTF-8 BOM, accepts CRLF, trims header names. */
export function parseCsv(text: string): CsvRow[] {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (clean.trim() === '') return [];
  const rows: unknown = parse(clean, {
    delimiter: detectDelimiter(clean),
    columns: (header: string[]) => header.map((h) => h.trim()),
    skip_empty_lines: true,
    relax_column_count: true,
    // Certif Info has stray quotes inside unquoted fields (`matériels "BTP"`): read them as text.
    relax_quotes: true,
    trim: false,
  });
  if (!Array.isArray(rows)) return [];
  return rows.map((row: unknown) => {
    const out: CsvRow = {};
    if (row && typeof row === 'object') {
      for (const [k, v] of Object.entries(row)) out[k] = typeof v === 'string' ? v.trim() : '';
    }
    return out;
  });
}

export function readCsv(path: string): CsvRow[] {
  return parseCsv(readFileSync(path, 'utf8'));
}

/** A column value, '' when the column is missing (newer exports may drop optional columns). */
export function col(row: CsvRow, name: string): string {
  return row[name] ?? '';
}
