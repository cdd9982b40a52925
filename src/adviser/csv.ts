/**
 * CSV for spreadsheets, safe against formula injection. A spreadsheet reads a cell that starts with = + - @ as a
 * formula, and LibreOffice / Excel also after leading spaces or a tab, a carriage return or a line feed, and from the
 * full-width forms of those signs: such cells get a leading apostrophe (OWASP's advice), then every cell is quoted
 * (RFC 4180), so what a user typed cannot run when an adviser opens the file. Numbers are written as numbers.
 */
const FORMULA_START = /^[\s\u00a0\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r\n]/u;

export function csvCell(value: string | number | null | undefined): string {
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return `"${value}"`;
  let s = value === null || value === undefined ? '' : String(value);
  if (FORMULA_START.test(s)) s = `'${s}`;
  return `"${s.replace(/"/g, '""')}"`;
}

export type CsvRow = readonly (string | number | null | undefined)[];

export function toCsv(rows: readonly CsvRow[]): string {
  // CRLF and a BOM: what Excel expects to read UTF-8 accents right.
  return `\uFEFF${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** A file name part from a free label: letters, digits and dashes only. */
export function csvFileName(base: string, day: string): string {
  return `${base.replace(/[^a-z0-9-]/gi, '-')}-${day.replace(/[^0-9-]/g, '')}.csv`;
}
