import { describe, expect, it } from 'vitest';
import type { DiplomaRecord } from '../../../src/knowledge/import/diplomas.js';
import { fieldLinks, renewalLinks } from '../../../src/knowledge/import/kin-links.js';
import { buildRenewals } from '../../../src/knowledge/import/renewals.js';

const diploma = (id: string, title: string, type: string, level: number, romes: string[], extra: Partial<DiplomaRecord> = {}): DiplomaRecord => ({
  id, cfd: id, title, type, level, apprenticeship: true, active: true, romes, sources: ['certif_info'], ...extra,
});
const of = (links: Map<string, Set<string>>, code: string): string[] => [...(links.get(code) ?? [])].sort();

describe('links by renewal', () => {
  const old = diploma('50023118', "CAP conducteur d'engins : travaux publics et carrières", 'CAP', 3, ['F1302'], { active: false });
  const renewed = diploma('50023121', "CAP conducteur d'engins de travaux publics et carrières", 'CAP', 3, ['H2802']);
  const closed = diploma('50099991', 'CAP ancien', 'CAP', 3, ['H2802'], { active: false });
  const all = new Map([old, renewed, closed].map((d) => [d.id, d]));

  it('gives a current diploma the trades of the record it renews, one way', () => {
    const links = renewalLinks(all, buildRenewals([['50023118', '50023121'], ['50023121', '50099991']]));
    expect(of(links, 'F1302')).toEqual(['50023121']);
    // a closed successor is never linked, and the renewed record's own trade is not linked again
    expect(of(links, 'H2802')).toEqual([]);
  });
});

describe('links by training field', () => {
  const cap = diploma('50031224', 'CAP équipier polyvalent du commerce', 'CAP', 3, ['D1106', 'D1214']);
  const titre = diploma('56T31201', 'Titre professionnel employé commercial', 'Titre pro', 3, ['D1505', 'D1507']);
  const cqp = diploma('56C31201', 'Employé polyvalent du commerce et de la distribution', 'Titre RNCP', 3, ['D1505', 'D1507']);
  const other = diploma('56X31201', 'Conseiller commercial des gares', 'Titre RNCP', 3, ['D1505', 'N4101']);
  const far = diploma('56X99999', 'Titre de la même famille dans un autre domaine', 'Titre RNCP', 3, ['K2503']);
  const far2 = diploma('56X99998', 'Autre titre du même champ', 'Titre RNCP', 3, ['K2503']);
  const bacpro = diploma('40031213', 'Bac pro métiers du commerce et de la vente option A', 'Bac pro', 4, ['D1403']);
  const diplomas = [cap, titre, cqp, other, far, far2, bacpro];
  const formacodes = new Map([
    ['50031224', ['34566']], ['56T31201', ['34566']], ['56C31201', ['34566']], ['56X31201', ['34554']],
    ['56X99999', ['34566']], ['56X99998', ['34566']], ['40031213', ['34566']],
  ]);
  const linked = new Map<string, Set<string>>();
  for (const d of diplomas) for (const r of d.romes ?? []) linked.set(r, new Set([...(linked.get(r) ?? []), d.id]));
  const links = fieldLinks(diplomas, formacodes, linked);

  it('gives a trade with two certifications of a field and level the national diploma of that field and level', () => {
    expect(of(links, 'D1505')).toEqual(['50031224']);
    expect(of(links, 'D1507')).toEqual(['50031224']);
  });

  it('needs two certifications of the field, the same level, the same ROME domain, and no national diploma there yet', () => {
    // one certification of the field only
    expect(of(links, 'N4101')).toEqual([]);
    // the Bac pro is of the same field but level 4: no level-4 certification of the trades above
    expect([...links.values()].some((ids) => ids.has('40031213'))).toBe(false);
    // two certifications of the field, but in another ROME domain (K) than the CAP's (D)
    expect(of(links, 'K2503')).toEqual([]);
    // the trades that already have the CAP gain nothing
    expect(of(links, 'D1214')).toEqual([]);
  });

  it('does not let a trade with a national diploma of the field take another one', () => {
    const withOwn = new Map(linked);
    withOwn.set('D1505', new Set([...(linked.get('D1505') ?? []), '50031225']));
    const cap2 = diploma('50031225', 'CAP autre du même champ', 'CAP', 3, ['D1505']);
    const again = fieldLinks([...diplomas, cap2], new Map([...formacodes, ['50031225', ['34566']]]), withOwn);
    expect(of(again, 'D1505')).toEqual([]);
    expect(of(again, 'D1507')).toEqual(['50031224', '50031225']);
  });
});
