import type { Commune, FormerCommune } from '../schema/commune.js';
import type { CsvRow } from './csv.js';
import { col } from './csv.js';
import { byString, foldKey, uniqSorted } from './text.js';

const DEPARTMENTS = new Set(['14', '27', '50', '61', '76']);

/** One entry of geo/communes_normandie.json (@etalab/decoupage-administratif). */
export interface CogEntry {
  code: string;
  nom: string;
  type: string;
  departement?: string;
  chefLieu?: string;
  anciensCodes?: string[];
  codesPostaux?: string[];
  population?: number;
}

/** Narrows the parsed JSON to the fields we use; entries of another shape are skipped. */
export function toCogEntries(json: unknown): CogEntry[] {
  if (!Array.isArray(json)) throw new Error('communes JSON: expected an array');
  const out: CogEntry[] = [];
  for (const item of json) {
    if (!item || typeof item !== 'object') continue;
    const o = item as Record<string, unknown>;
    if (typeof o.code !== 'string' || typeof o.nom !== 'string' || typeof o.type !== 'string') continue;
    const e: CogEntry = { code: o.code, nom: o.nom, type: o.type };
    if (typeof o.departement === 'string') e.departement = o.departement;
    if (typeof o.chefLieu === 'string') e.chefLieu = o.chefLieu;
    if (Array.isArray(o.anciensCodes)) e.anciensCodes = o.anciensCodes.filter((c): c is string => typeof c === 'string');
    if (Array.isArray(o.codesPostaux)) e.codesPostaux = o.codesPostaux.filter((c): c is string => typeof c === 'string');
    if (typeof o.population === 'number') e.population = o.population;
    out.push(e);
  }
  return out;
}

/** Current communes from the coordinates CSV (one row per current commune), sorted by INSEE code. */
export function buildCommunes(coordRows: CsvRow[], cog: CogEntry[]): Commune[] {
  const cogByCode = new Map(cog.filter((e) => e.type === 'commune-actuelle').map((e) => [e.code, e]));
  const out: Commune[] = [];
  for (const row of coordRows) {
    const insee = col(row, 'code_insee');
    const department = col(row, 'departement') || insee.slice(0, 2);
    const lat = Number(col(row, 'latitude'));
    const lon = Number(col(row, 'longitude'));
    if (!insee || !DEPARTMENTS.has(department) || !Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    const c = cogByCode.get(insee);
    const postcodes = uniqSorted(
      (col(row, 'codes_postaux') ? col(row, 'codes_postaux').split('|') : (c?.codesPostaux ?? [])).filter((p) => /^\d{5}$/.test(p)),
    );
    out.push({
      insee,
      name: col(row, 'nom') || c?.nom || insee,
      department: department as Commune['department'],
      postcodes,
      lat,
      lon,
      population: Number.parseInt(col(row, 'population'), 10) || c?.population || 0,
      sources: c ? ['cog', 'coords'] : ['coords'],
    });
  }
  return out.sort((a, b) => byString(a.insee, b.insee));
}

/**
 * Former communes: communes déléguées / associées (with a name) and old codes absorbed by a commune nouvelle.
 * Sorted by code then name; only those whose current commune is in `current`.
 */
export function buildFormerCommunes(cog: CogEntry[], current: ReadonlySet<string>): FormerCommune[] {
  const seen = new Set<string>();
  const named = new Set<string>();
  const out: FormerCommune[] = [];
  const add = (f: FormerCommune): void => {
    const key = `${f.insee}|${f.name ?? ''}|${f.current}`;
    if (seen.has(key) || !current.has(f.current)) return;
    seen.add(key);
    out.push(f);
  };
  for (const e of cog) {
    if ((e.type === 'commune-deleguee' || e.type === 'commune-associee') && e.chefLieu) {
      add({ insee: e.code, name: e.nom, current: e.chefLieu, source: 'cog' });
      named.add(e.code);
    }
  }
  for (const e of cog) {
    if (e.type !== 'commune-actuelle') continue;
    for (const old of e.anciensCodes ?? []) {
      if (old !== e.code && !named.has(old)) add({ insee: old, current: e.code, source: 'cog' });
    }
  }
  return out.sort((a, b) => byString(a.insee, b.insee) || byString(a.name ?? '', b.name ?? ''));
}

/** Name key for commune names as written by catalogues: "ST LO CEDEX" and "Saint-Lô" give the same key. */
export function communeNameKey(name: string): string {
  return foldKey(name)
    .replace(/\bcedex\b.*$/, '')
    .replace(/\bste\b/g, 'sainte')
    .replace(/\bst\b/g, 'saint')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface CommuneQuery {
  insee?: string;
  name?: string;
  postcode?: string;
  /**
   * Département code of a name given without code or postcode (Affelnet 2025 writes "SAINT-LO", "MANCHE"): the
   * name must match a commune of that département, never a namesake elsewhere.
   */
  department?: string | undefined;
}

export interface CommuneResolver {
  /** Current INSEE code, or undefined when the query matches no commune or several. */
  resolve(q: CommuneQuery): string | undefined;
}

/** Resolves a code, a name (current or former) and/or a postcode to the current commune's INSEE code. */
export function createCommuneResolver(communes: readonly Commune[], formers: readonly FormerCommune[]): CommuneResolver {
  const byCode = new Map(communes.map((c) => [c.insee, c]));
  const formerByCode = new Map<string, Set<string>>();
  const byName = new Map<string, Set<string>>();
  const byPostcode = new Map<string, Set<string>>();
  const push = (m: Map<string, Set<string>>, k: string, v: string): void => {
    const s = m.get(k) ?? new Set<string>();
    s.add(v);
    m.set(k, s);
  };
  for (const c of communes) {
    push(byName, communeNameKey(c.name), c.insee);
    for (const p of c.postcodes) push(byPostcode, p, c.insee);
  }
  for (const f of formers) {
    push(formerByCode, f.insee, f.current);
    if (f.name) push(byName, communeNameKey(f.name), f.current);
  }
  const only = (s: Iterable<string> | undefined): string | undefined => {
    const arr = s ? [...s] : [];
    return arr.length === 1 ? arr[0] : undefined;
  };
  return {
    resolve(q: CommuneQuery): string | undefined {
      if (q.insee) {
        if (byCode.has(q.insee)) return q.insee;
        const viaFormer = only(formerByCode.get(q.insee));
        if (viaFormer) return viaFormer;
      }
      const postcode = q.postcode && /^\d{5}$/.test(q.postcode) ? q.postcode : undefined;
      if (q.name && q.department && !q.insee && !postcode) {
        const inDept = [...(byName.get(communeNameKey(q.name)) ?? [])].filter((c) => byCode.get(c)?.department === q.department);
        return inDept.length === 1 ? inDept[0] : undefined;
      }
      if (q.name) {
        const candidates = [...(byName.get(communeNameKey(q.name)) ?? [])];
        if (candidates.length === 1) return candidates[0];
        if (candidates.length > 1 && postcode) {
          const withPostcode = candidates.filter((c) => byCode.get(c)?.postcodes.includes(postcode));
          if (withPostcode.length === 1) return withPostcode[0];
          // CEDEX postcodes belong to no commune: the département still tells homonyms apart.
          const inDept = candidates.filter((c) => byCode.get(c)?.department === postcode.slice(0, 2));
          if (inDept.length === 1) return inDept[0];
        }
      }
      if (postcode) return only(byPostcode.get(postcode));
      return undefined;
    },
  };
}
