import type { CsvRow } from './csv.js';
import { col } from './csv.js';
import { normCfd } from './diplomas.js';
import { byString, foldKey } from './text.js';

/**
 * Diplomas renewed under a new code: "CAP cuisine" 500-22139 became 500-22146, the Bac pro MELEC 400-25510 became
 * 400-25520. A course renewed under a new code is the same course, not one a site dropped; the renewals tell the
 * import which older offer a newer one supersedes, and the bot which current diploma an older offer stands for.
 */
export interface Renewals {
  /** Every code that renews `cfd`, directly or through a chain (A → B → C gives B and C), sorted. */
  successorsOf(cfd: string): readonly string[];
  /** The one code that directly renews `cfd`; undefined when none or when it was split into several. */
  directSuccessor(cfd: string): string | undefined;
  /** The same renewals plus more pairs (codes found renewed by the catalogues themselves). */
  extendedWith(pairs: Iterable<readonly [string, string]>): Renewals;
}

/** A CFD as Éduscol writes it in a comment: `400-25520 P`, `320 33111 S`, `50022143T`, `n°500-23441`. */
const COMMENT_CODE = /\b(\d{3})[- ]?(\d{5})(?:\s?([A-Z]))?\b/g;

function codesIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(COMMENT_CODE)) {
    const cfd = normCfd(`${m[1] ?? ''}${m[2] ?? ''}`);
    if (cfd) out.push(cfd);
  }
  return out;
}

/**
 * Old → new pairs from the `Commentaire` of Éduscol's list of vocational diplomas. Both phrasings occur:
 * "remplacé par le 400-25520 P" on the old diploma, "remplace le 400-25510 P" (or "remplace les n° A, B et C")
 * on the new one. Comments that replace words rather than codes ("les mots … sont remplacés par …") give nothing.
 */
export function renewalPairsFromEduscol(rows: readonly CsvRow[]): Array<[old: string, renewed: string]> {
  const pairs: Array<[string, string]> = [];
  for (const r of rows) {
    const self = normCfd(col(r, 'Code diplôme'));
    const comment = col(r, 'Commentaire');
    if (!self || !/remplac/i.test(comment)) continue;
    const byMatch = /remplac\S*\s+par\b(.*)$/i.exec(comment);
    if (byMatch) {
      for (const code of codesIn(byMatch[1] ?? '')) pairs.push([self, code]);
      continue;
    }
    const replacesMatch = /\bremplace\b(?!\S)(.*)$/i.exec(comment);
    if (replacesMatch) for (const code of codesIn(replacesMatch[1] ?? '')) pairs.push([code, self]);
  }
  return pairs;
}

/** Old → new pairs from Certif Info: a record names the school code it renews (`Code_Ancien_Scolarité`). */
export function renewalPairsFromCertifInfo(rows: readonly CsvRow[]): Array<[old: string, renewed: string]> {
  const pairs: Array<[string, string]> = [];
  for (const r of rows) {
    const renewed = normCfd(col(r, 'Code_Scolarité'));
    const old = normCfd(col(r, 'Code_Ancien_Scolarité'));
    if (renewed && old && renewed !== old) pairs.push([old, renewed]);
  }
  return pairs;
}

export function buildRenewals(pairs: Iterable<readonly [string, string]>): Renewals {
  const all = [...pairs];
  const next = new Map<string, Set<string>>();
  for (const [old, renewed] of all) {
    if (old === renewed) continue;
    const set = next.get(old) ?? new Set<string>();
    set.add(renewed);
    next.set(old, set);
  }
  const closure = new Map<string, readonly string[]>();
  const successorsOf = (cfd: string): readonly string[] => {
    const cached = closure.get(cfd);
    if (cached) return cached;
    const seen = new Set<string>();
    const queue = [...(next.get(cfd) ?? [])];
    while (queue.length > 0) {
      const c = queue.shift() as string;
      // A chain that loops back (a data error) must not make a code its own successor.
      if (seen.has(c) || c === cfd) continue;
      seen.add(c);
      queue.push(...(next.get(c) ?? []));
    }
    const list = [...seen].sort(byString);
    closure.set(cfd, list);
    return list;
  };
  return {
    successorsOf,
    directSuccessor(cfd) {
      const direct = next.get(cfd);
      return direct && direct.size === 1 ? [...direct][0] : undefined;
    },
    extendedWith(more) {
      return buildRenewals([...all, ...more]);
    },
  };
}

/**
 * The specialty of a diploma title, for telling a renewal apart from another course when no code links them:
 * "Patissier (CAP)" and "CAP pâtissier" give the same key; the type itself and option letters are left out.
 */
export function specialtyKey(title: string): string {
  return foldKey(title.replace(/\([^)]*\)/g, ' '))
    .replace(/^(cap agricole|capa|cap|bac pro|bp|bts|btsa|mc|cs|certificat de specialisation|mention complementaire)\b/, ' ')
    .replace(/\boption [a-h]\b/g, 'option')
    .replace(/\s+/g, ' ')
    .trim();
}
