/** Lower case, accents folded, punctuation to spaces: the key used to compare names across sources. */
export function foldKey(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Deterministic string order, independent of the machine's locale. */
export function byString(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function uniqSorted(values: Iterable<string>): string[] {
  return [...new Set(values)].sort(byString);
}

/** Keeps the first occurrence of each value, in order. */
export function uniqInOrder(values: Iterable<string>): string[] {
  return [...new Set(values)];
}

/**
 * Turns an ALL-CAPS label (DEPP, BCN, La Poste) into sentence case so it reads well; mixed-case labels are kept.
 * Text in parentheses stays as it is, since it is usually an acronym such as (BTS).
 */
export function sentenceCase(label: string): string {
  const s = label.replace(/\s+/g, ' ').trim();
  if (s !== s.toUpperCase()) return s;
  const lowered = s.replace(/(\([^)]*\))|([^(]+)/g, (_m, paren: string | undefined, plain: string | undefined) =>
    paren ?? (plain ?? '').toLowerCase(),
  );
  return lowered.charAt(0).toUpperCase() + lowered.slice(1);
}

/** `dd/mm/yyyy` → `yyyy-mm-dd`, or undefined when the text is not such a date. */
export function frenchDateToIso(s: string): string | undefined {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(s.trim());
  return m ? `${m[3]}-${m[2]}-${m[1]}` : undefined;
}

/** Integer from a CSV cell, undefined when empty or not a number. */
export function toInt(s: string): number | undefined {
  if (!/^-?\d+$/.test(s.trim())) return undefined;
  return Number.parseInt(s, 10);
}
