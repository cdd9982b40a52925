import { describe, expect, it } from 'vitest';
import { ensembleSeeds, meanOfRuns } from '../../src/nlu/seeded-ensemble.js';
import { softmaxFromData, trainSoftmax, type SoftmaxExample } from '../../src/nlu/softmax.js';

/** A toy task of three classes whose words overlap, so that the order of the examples matters to one run. */
const words: string[][] = [
  ['salaire', 'paie', 'mois'],
  ['paie', 'euros', 'normal'],
  ['salaire', 'combien', 'gagne'],
  ['aide', 'euros', 'employeur'],
  ['aide', 'prime', 'embauche'],
  ['aide', 'permis', 'mois'],
  ['contrat', 'rupture', 'mois'],
  ['contrat', 'fin', 'employeur'],
  ['contrat', 'signer', 'normal'],
];
const examples: SoftmaxExample[] = words.map((ws, i) => ({ features: new Map(ws.map((w) => [w, 1])), label: Math.floor(i / 3) }));
const probe = new Map([
  ['paie', 1],
  ['mois', 1],
  ['normal', 1],
  ['employeur', 1],
]);

describe('ensembleSeeds', () => {
  it('gives the single-run seed first, then distinct seeds, at least one', () => {
    expect(ensembleSeeds(42, 1)).toEqual([42]);
    expect(ensembleSeeds(42, 0)).toEqual([42]);
    const five = ensembleSeeds(42, 5);
    expect(five).toHaveLength(5);
    expect(five[0]).toBe(42);
    expect(new Set(five).size).toBe(5);
  });
});

describe('meanOfRuns', () => {
  it('averages the runs weight by weight, one run trained per seed', () => {
    const seen: number[] = [];
    const run = meanOfRuns([1, 2, 3], (seed) => {
      seen.push(seed);
      return { weights: Float64Array.from([seed, 2 * seed]) };
    });
    expect(seen).toEqual([1, 2, 3]);
    expect([...run.weights]).toEqual([2, 4]);
  });

  it('refuses runs that do not share their features, and an empty ensemble', () => {
    expect(() => meanOfRuns([1, 2], (seed) => ({ weights: new Float64Array(seed) }))).toThrow(/features/);
    expect(() => meanOfRuns([], () => ({ weights: new Float64Array(1) }))).toThrow();
  });
});

describe('trainSoftmax with runs', () => {
  it('is the single-run model with one run', () => {
    expect(trainSoftmax(examples, 3, { runs: 1 }).toData()).toEqual(trainSoftmax(examples, 3).toData());
  });

  it('is deterministic: the same runs give the same bits', () => {
    expect(trainSoftmax(examples, 3, { runs: 4 }).toData()).toEqual(trainSoftmax(examples, 3, { runs: 4 }).toData());
  });

  it("predicts the normalised geometric mean of its runs' probabilities (the mean of their logits)", () => {
    const seeds = ensembleSeeds(42, 4);
    const single = seeds.map((seed) => trainSoftmax(examples, 3, { seed }).predict(probe));
    const meanLog = [0, 1, 2].map((c) => single.reduce((s, p) => s + Math.log(p[c] as number), 0) / seeds.length);
    const z = meanLog.reduce((s, l) => s + Math.exp(l), 0);
    const expected = meanLog.map((l) => Math.exp(l) / z);
    const ensemble = trainSoftmax(examples, 3, { runs: 4 }).predict(probe);
    expected.forEach((p, c) => expect(ensemble[c]).toBeCloseTo(p, 10));
  });

  it('is kept as one model of a single run\'s size (the knowledge cache stores it as any model), read back bit for bit', () => {
    const ensemble = trainSoftmax(examples, 3, { runs: 5 });
    const data = ensemble.toData();
    expect(data.weights.length).toBe(trainSoftmax(examples, 3).toData().weights.length);
    expect([...softmaxFromData(data).predict(probe)]).toEqual([...ensemble.predict(probe)]);
  });
});
