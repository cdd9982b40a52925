import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Aid } from '../../src/knowledge/schema/aid.js';
import { parametersFileSchema, type Parameters } from '../../src/knowledge/schema/parameters.js';
import { weighPay } from '../../src/rules/pay-threshold.js';

const params: Parameters = parametersFileSchema.parse(parse(readFileSync('knowledge/parametres.yaml', 'utf8')));
const aid = (conditions: Aid['conditions']): Aid => ({ id: 'x', conditions } as unknown as Aid);
const atLeast78 = aid({ pay_min_smic_percent: 78 });
const atMost55Net = aid({ pay_max_net: { smic_percent: 55, hours: 169 } });

describe('weighPay: a pay told against an aid pay threshold (SMIC 1 867,02 € gross, 1 477,93 € net on 2026-06-01)', () => {
  // 78 % of the SMIC: 1 456,28 € gross, 1 152,79 € net. Not said net: judged only outside both.
  it.each([
    [989, false, 'fails', 53],
    [1152.78, false, 'fails', 62],
    [1300, false, 'close', 70],
    [1456.28, false, 'meets', 78],
    [1200, true, 'meets', 81],
    [1100, true, 'fails', 74],
  ] as const)('%s € (net %s) against "at least 78 %%": %s, %s %% of the SMIC', (amount, net, verdict, share) => {
    const v = weighPay(atLeast78, { amount, net }, params);
    expect(v).toMatchObject({ kind: 'min', verdict, percent: 78, threshold: 1456.28, thresholdNet: 1152.79, shareOfSmic: share, smicDate: '2026-06-01' });
  });

  // 55 % × 12,31 € × 169 h = 1 144,21 € net: a net pay decides, a pay not said net above it is "close".
  it.each([
    [1100, true, 'meets'],
    [1144.21, false, 'meets'],
    [1200, true, 'fails'],
    [1200, false, 'close'],
  ] as const)('%s € (net %s) against "at most 55 %% × 169 h net": %s', (amount, net, verdict) => {
    expect(weighPay(atMost55Net, { amount, net }, params)).toMatchObject({ kind: 'max', verdict, percent: 55, threshold: 1144.21 });
  });

  it('an aid without a pay condition is not weighed', () => {
    expect(weighPay(aid({}), { amount: 900, net: false }, params)).toBeUndefined();
  });
});
