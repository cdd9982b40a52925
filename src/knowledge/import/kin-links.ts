import type { DiplomaRecord } from './diplomas.js';
import type { Renewals } from './renewals.js';
import { byString } from './text.js';
import { VOCATIONAL_TYPES } from './title-links.js';

/**
 * Trade ↔ diploma links that Certif Info's ROME codes miss and that the titles do not show (issue 12, item 4). Two
 * general rules, never a list of trades:
 * 1. renewal: a diploma leads to the trades of the record it renews. Certif Info often gives the new record fewer
 *    ROME codes than the old one (the CAP "conducteur d'engins : travaux publics et carrières" was filed under the
 *    site-machinery driver, its 2024 renewal only under a building-materials operator);
 * 2. training field: certifications of one training field (Formacode) and level prepare for the same work. Where
 *    Certif Info gives a trade two certifications or more of a field and level (titres professionnels, CQP…) but no
 *    national vocational diploma of them, the national diplomas of that field and level lead to it too: the cashier
 *    has the titre "employé commercial" and the CQP of the same field, so also the CAP "équipier polyvalent du
 *    commerce". Only diplomas that Certif Info files in the trade's ROME domain (the code's first letter) qualify:
 *    a field code shared across domains says less than one shared within it.
 * Only current diplomas open to apprenticeship are linked; both rules are one-way, like the title links.
 */

type Links = Map<string, Set<string>>;

function add(links: Links, code: string, id: string): void {
  const s = links.get(code) ?? new Set<string>();
  s.add(id);
  links.set(code, s);
}

function sorted(links: Links): Links {
  return new Map([...links].sort((a, b) => byString(a[0], b[0])));
}

const current = (d: DiplomaRecord): boolean => d.active && d.apprenticeship;

/** Trade code → the current diplomas that renew a record filed under it (directly or through a chain of renewals). */
export function renewalLinks(all: ReadonlyMap<string, DiplomaRecord>, renewals: Renewals): Links {
  const links: Links = new Map();
  for (const old of all.values()) {
    if (!old.cfd || !old.romes) continue;
    for (const id of renewals.successorsOf(old.cfd)) {
      const renewed = all.get(id);
      if (!renewed || !current(renewed)) continue;
      for (const code of old.romes) if (!renewed.romes?.includes(code)) add(links, code, id);
    }
  }
  return sorted(links);
}

/** How many of a trade's certifications of one field and level it takes to call the field the trade's own. */
export const FIELD_QUORUM = 2;

/**
 * Trade code → the national vocational diplomas of a training field and level in which Certif Info gives the trade
 * FIELD_QUORUM certifications or more but none of these diplomas (rule 2 above). `linked` is every diploma already
 * linked to each trade (Certif Info and the title rules); `formacodes` each diploma's training fields.
 */
export function fieldLinks(
  diplomas: readonly DiplomaRecord[],
  formacodes: ReadonlyMap<string, readonly string[]>,
  linked: ReadonlyMap<string, ReadonlySet<string>>,
): Links {
  const byId = new Map(diplomas.filter(current).map((d) => [d.id, d]));
  const key = (field: string, level: number): string => `${field}|${level}`;
  const vocational = new Map<string, DiplomaRecord[]>();
  for (const d of byId.values()) {
    if (!VOCATIONAL_TYPES.has(d.type)) continue;
    for (const f of formacodes.get(d.id) ?? []) vocational.set(key(f, d.level), [...(vocational.get(key(f, d.level)) ?? []), d]);
  }
  const certifLinked = new Map<string, string[]>();
  for (const d of byId.values()) for (const code of d.romes ?? []) certifLinked.set(code, [...(certifLinked.get(code) ?? []), d.id]);

  const links: Links = new Map();
  for (const [code, ids] of certifLinked) {
    const mine = linked.get(code) ?? new Set<string>();
    const count = new Map<string, number>();
    const covered = new Set<string>();
    for (const id of new Set([...ids, ...mine])) {
      const d = byId.get(id);
      if (!d) continue;
      for (const f of formacodes.get(id) ?? []) {
        if (VOCATIONAL_TYPES.has(d.type)) covered.add(key(f, d.level));
        // Only Certif Info's own links say which fields are the trade's.
        if (ids.includes(id)) count.set(key(f, d.level), (count.get(key(f, d.level)) ?? 0) + 1);
      }
    }
    for (const [k, n] of count) {
      if (n < FIELD_QUORUM || covered.has(k)) continue;
      for (const d of vocational.get(k) ?? []) {
        if (!mine.has(d.id) && (d.romes ?? []).some((r) => r[0] === code[0])) add(links, code, d.id);
      }
    }
  }
  return sorted(links);
}
