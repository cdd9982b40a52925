import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parametersFileSchema, type Parameters } from '../../src/knowledge/schema/parameters.js';
import {
  apprenticeMonthlyPay,
  apprenticePayTable,
  disabilityExtensionPay,
  professionalisationMonthlyPay,
  roundToCents,
} from '../../src/rules/salary.js';

const params: Parameters = parametersFileSchema.parse(parse(readFileSync('knowledge/parametres.yaml', 'utf8')));

describe('apprenticeMonthlyPay: every band and year (SMIC 1 867,02 € on 2026-06-01)', () => {
  // [age, year, band, percent, gross €]
  const table: [number, number, string, number, number][] = [
    [15, 1, '14-17', 27, 504.1],
    [17, 1, '14-17', 27, 504.1],
    [16, 2, '14-17', 39, 728.14],
    [17, 3, '14-17', 55, 1026.86],
    [17, 4, '14-17', 55, 1026.86],
    [18, 1, '18-20', 43, 802.82],
    [19, 2, '18-20', 51, 952.18],
    [19, 3, '18-20', 67, 1250.9],
    [20, 4, '18-20', 67, 1250.9],
    [21, 1, '21-25', 53, 989.52],
    [22, 1, '21-25', 53, 989.52],
    [24, 2, '21-25', 61, 1138.88],
    [25, 3, '21-25', 78, 1456.28],
    [26, 1, '26+', 100, 1867.02],
    [27, 2, '26+', 100, 1867.02],
    [30, 3, '26+', 100, 1867.02],
  ];
  it.each(table)('age %i, year %i → band %s, %i %% → %d €', (age, year, band, percent, gross) => {
    const r = apprenticeMonthlyPay(params, { age, year });
    expect(r).toMatchObject({ kind: 'apprentice_pay', age, year, band, percent, gross });
  });

  it('says when the collective-agreement minimum may replace the SMIC (21 and over)', () => {
    const r20 = apprenticeMonthlyPay(params, { age: 20, year: 1 });
    const r21 = apprenticeMonthlyPay(params, { age: 21, year: 1 });
    expect(r20.kind === 'apprentice_pay' && r20.rule.basis).toBe('smic');
    expect(r21.kind === 'apprentice_pay' && r21.rule.basis).toBe('smic_or_collective_minimum');
  });

  it('carries the SMIC value, its date and the source for the answer card', () => {
    const r = apprenticeMonthlyPay(params, { age: 17, year: 1 });
    expect(r.kind).toBe('apprentice_pay');
    if (r.kind !== 'apprentice_pay') return;
    expect(r.rule).toMatchObject({ smicGrossMonthly: 1867.02, smicValueDate: '2026-06-01' });
    expect(r.rule.sourceUrl).toMatch(/^https:\/\/travail-emploi\.gouv\.fr\//);
  });
});

describe('apprenticeMonthlyPay without a year: the three-year table', () => {
  it('gives years 1-3 for an 18-year-old', () => {
    const r = apprenticeMonthlyPay(params, { age: 18 });
    expect(r).toMatchObject({
      kind: 'apprentice_pay_table',
      band: '18-20',
      lines: [
        { year: 1, percent: 43, gross: 802.82 },
        { year: 2, percent: 51, gross: 952.18 },
        { year: 3, percent: 67, gross: 1250.9 },
      ],
    });
  });

  it('apprenticePayTable gives the same table and passes out-of-range through', () => {
    expect(apprenticePayTable(params, 22)).toEqual(apprenticeMonthlyPay(params, { age: 22 }));
    expect(apprenticePayTable(params, 12)).toMatchObject({ kind: 'out_of_range', reason: 'below_minimum_age' });
  });
});

describe('apprenticeMonthlyPay out of range: a typed result, never a throw', () => {
  it.each([
    [14, 1, 'below_minimum_age'],
    [10, undefined, 'below_minimum_age'],
    [31, 1, 'above_maximum_age'],
    [45, undefined, 'above_maximum_age'],
    [17.5, 1, 'invalid_age'],
    [-1, 1, 'invalid_age'],
    [17, 0, 'invalid_year'],
    [17, 5, 'invalid_year'],
  ] as const)('age %s, year %s → %s', (age, year, reason) => {
    const r = apprenticeMonthlyPay(params, { age, year });
    expect(r).toMatchObject({ kind: 'out_of_range', reason, minAge: 15, maxAge: 30 });
  });

  it('above 30, points to the 26+ band for people with a derogation (RQTH…)', () => {
    expect(apprenticeMonthlyPay(params, { age: 34, year: 1 })).toMatchObject({ bandIfDerogation: '26+' });
  });

  it('above 30 with a derogation (RQTH…), the pay of the 26+ band instead of "too old"', () => {
    expect(apprenticeMonthlyPay(params, { age: 34, year: 1, derogation: true })).toMatchObject({ kind: 'apprentice_pay', band: '26+', percent: 100 });
    expect(apprenticeMonthlyPay(params, { age: 41, derogation: true })).toMatchObject({ kind: 'apprentice_pay_table', band: '26+' });
    // A derogation lifts the upper limit only: below 15 stays below the minimum age.
    expect(apprenticeMonthlyPay(params, { age: 13, derogation: true })).toMatchObject({ kind: 'out_of_range', reason: 'below_minimum_age' });
  });
});

describe('professionalisationMonthlyPay', () => {
  it.each([
    [18, 'below_bac', 'under-21', 55, 1026.86],
    [18, 'bac_or_higher', 'under-21', 65, 1213.56],
    [22, 'below_bac', '21-25', 70, 1306.91],
    [22, 'bac_or_higher', '21-25', 80, 1493.62],
    [40, 'below_bac', '26+', 100, 1867.02],
  ] as const)('age %i, %s → %s, %i %% → %d €', (age, level, band, percent, gross) => {
    expect(professionalisationMonthlyPay(params, { age, level })).toMatchObject({
      kind: 'professionalisation_pay',
      band,
      percent,
      gross,
    });
  });

  it('from 26, the pay also reaches 85 % of the branch minimum, and no birthday raises it any more', () => {
    expect(professionalisationMonthlyPay(params, { age: 47, level: 'bac_or_higher' })).toMatchObject({ percent: 100, collectiveMinimumPercent: 85, lastBand: true });
    const at22 = professionalisationMonthlyPay(params, { age: 22, level: 'below_bac' });
    expect(at22).toMatchObject({ lastBand: false });
    expect(at22).not.toHaveProperty('collectiveMinimumPercent', 85);
  });

  it('is out of range before 16', () => {
    expect(professionalisationMonthlyPay(params, { age: 15, level: 'below_bac' })).toMatchObject({
      kind: 'out_of_range',
      reason: 'below_minimum_age',
      minAge: 16,
    });
  });
});

describe('roundToCents', () => {
  it('rounds half away from zero on cents, without binary drift', () => {
    expect(roundToCents(504.0954)).toBe(504.1);
    expect(roundToCents(1.005)).toBe(1.01);
    expect(roundToCents(728.1378)).toBe(728.14);
    expect(roundToCents(1250.9034)).toBe(1250.9);
  });
});

describe('disabilityExtensionPay: the extra year of a contract made longer for a disability', () => {
  // [age, last year of the contract as planned, its rate, the extra year's rate (+15 points), gross €]
  const table: [number, 1 | 2 | 3, number, number, number][] = [
    [17, 2, 39, 54, 1008.19],
    [17, 3, 55, 70, 1306.91],
    [19, 3, 67, 82, 1530.96],
    [22, 3, 78, 93, 1736.33],
    [24, 2, 61, 76, 1418.94],
  ];
  it.each(table)('age %i after year %i: %i %% + 15 = %i %% → %d €', (age, lastYear, lastPercent, percent, gross) => {
    expect(disabilityExtensionPay(params, { age, lastYear })).toMatchObject({ kind: 'disability_extension_pay', lastPercent, bonusPoints: 15, percent, gross });
  });

  it('applies past the upper age limit (a disability lifts it) but not below the minimum age', () => {
    expect(disabilityExtensionPay(params, { age: 35, lastYear: 3 })).toMatchObject({ kind: 'disability_extension_pay', percent: 115 });
    expect(disabilityExtensionPay(params, { age: 13, lastYear: 3 })).toMatchObject({ kind: 'out_of_range', reason: 'below_minimum_age' });
  });
});
