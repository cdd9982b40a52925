import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Aid } from '../../src/knowledge/schema/aid.js';
import { parametersFileSchema, type Parameters } from '../../src/knowledge/schema/parameters.js';
import { weighPay } from '../../src/rules/pay-threshold.js';

const params: Parameters = parametersFileSchema.parse(parse(readFileSync('knowledge/parametres.yaml', 'utf8')));
const aid = (conditions: Aid['conditions']): Aid => ({ id: 'x', conditions } as unknown as Aid);
const above55Net = aid({ pay_min_net: { smic_percent: 55, hours: 169 } });
const atMost55Net = aid({ pay_max_net: { smic_percent: 55, hours: 169 } });

describe('weighPay: a pay told against an aid pay threshold (SMIC 12,31 € gross an hour on 2026-06-01)', () => {
  // The prime d'activité: a net pay above 55 % × 12,31 € × 169 h = 1 144,21 €. A pay not said net is read as gross:
  // under the amount it is under it net too; above it, only the net pay decides ("close").
  it.each([
    [989, false, 'fails'],
    [1144.21, false, 'fails'],
    [1144.21, true, 'fails'],
    [1144.22, true, 'meets'],
    [1200, true, 'meets'],
    [1100, true, 'fails'],
    [1300, false, 'close'],
  ] as const)('%s € (net %s) against "more than 55 %% × 169 h net": %s', (amount, net, verdict) => {
    const v = weighPay(above55Net, { amount, net }, params);
    expect(v).toEqual({ kind: 'min', verdict, percent: 55, hours: 169, threshold: 1144.21, smicDate: '2026-06-01' });
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
