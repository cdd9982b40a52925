import { describe, expect, it } from 'vitest';
import { isCommonFirstYear, optionsOf, withCommonYears } from '../../../src/knowledge/import/common-years.js';
import type { DiplomaRecord } from '../../../src/knowledge/import/diplomas.js';

const diploma = (id: string, title: string, extra: Partial<DiplomaRecord> = {}): DiplomaRecord => ({
  id, cfd: id, title, type: 'BTS', level: 5, apprenticeship: true, active: true, sources: ['certif_info'], ...extra,
});

describe('a BTS common first year takes what its options say', () => {
  const common = diploma('32032612', 'Services informatiques aux organisations bts 1ère année', { active: false, sources: ['inserjeunes'] });
  const optionA = diploma('32032613', "BTS services informatiques aux organisations option A : solutions d'infrastructure, systèmes et réseaux", { romes: ['M1801', 'M1810'] });
  const optionB = diploma('32032614', 'BTS services informatiques aux organisations option B : solutions logicielles et applications métiers', { romes: ['M1805'] });
  // Same CFD group, another specialty: not an option of it.
  const neighbour = diploma('32032611', 'BTS systèmes numériques option A informatique et réseaux', { romes: ['M1810', 'I1401'] });
  // Same specialty words but another kind of diploma: not an option either.
  const licence = diploma('32032699', 'Licence pro services informatiques aux organisations', { type: 'Licence pro', level: 6, romes: ['M1802'] });

  it('recognises the first-year wordings of the data, and only those', () => {
    expect(isCommonFirstYear(common)).toBe(true);
    expect(isCommonFirstYear(diploma('1', 'BTS conception des processus de réalisation de produits (1ère année commune)'))).toBe(true);
    expect(isCommonFirstYear(diploma('2', "BTS etudes de réalisation d'un projet de communication - 1ère année commune"))).toBe(true);
    expect(isCommonFirstYear(optionA)).toBe(false);
    expect(isCommonFirstYear(diploma('3', 'CAP accompagnant éducatif petite enfance'))).toBe(false);
  });

  it('finds the options by type, CFD group and the whole specialty', () => {
    expect(optionsOf(common, [common, optionA, optionB, neighbour, licence]).map((d) => d.id)).toEqual(['32032613', '32032614']);
  });

  it('links the common year to its options\' trades, marks it current and names it as the first year of that BTS', () => {
    const [out] = withCommonYears([common, optionA, optionB, neighbour]);
    expect(out).toMatchObject({
      id: '32032612',
      title: 'BTS services informatiques aux organisations (1ère année commune)',
      active: true,
      romes: ['M1801', 'M1805', 'M1810'],
      common_year_of: ['32032613', '32032614'],
      sources: ['inserjeunes'],
    });
    // YAML key order: the option links right after the trades.
    expect(Object.keys(out!)).toEqual(['id', 'cfd', 'title', 'type', 'level', 'apprenticeship', 'active', 'romes', 'common_year_of', 'sources']);
  });

  it('stays inactive when no option takes apprentices, and leaves a common year without options as it is', () => {
    const closedA = { ...optionA, active: false };
    const closedB = { ...optionB, apprenticeship: false };
    expect(withCommonYears([common, closedA, closedB])[0]?.active).toBe(false);
    expect(withCommonYears([common, neighbour])[0]).toBe(common);
  });

  it('leaves every other record untouched', () => {
    const all = [common, optionA, optionB, neighbour];
    const out = withCommonYears(all);
    expect(out.slice(1)).toEqual(all.slice(1));
    expect(out[1]).toBe(optionA);
  });
});
