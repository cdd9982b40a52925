/**
 * A small multinomial logistic regression over sparse binary features, trained with AdaGrad SGD.
 * Why not natural's own classifiers: its BayesClassifier reached ~65 % in 5-fold cross-validation on our
 * training phrases (a feature seen once in a class only doubles its likelihood), and its LogisticRegressionClassifier
 * runs dense full-batch gradient descent (seconds per intent at start-up). This one trains in tens of milliseconds
 * and is deterministic (seeded shuffling), so a start-up always yields the same model.
 */

import { mulberry32 } from '../seeded-random.js';
import { ensembleSeeds, meanOfRuns } from './seeded-ensemble.js';

/** One training example: its features with their weights (a word weighs 1, a character n-gram less). */
export interface SoftmaxExample {
  features: ReadonlyMap<string, number>;
  label: number;
  /** How much the example counts (default 1): a FAQ answer teaches its entry's vocabulary, less than a question. */
  weight?: number;
}

export interface SoftmaxOptions {
  epochs?: number;
  learningRate?: number;
  l2?: number;
  seed?: number;
  /** How many seeded runs are trained and averaged into the model (default 1): see seeded-ensemble.ts. */
  runs?: number;
}

/** The shuffling seed of a single run, and the first of an ensemble's. */
const FIRST_SEED = 42;

export interface SoftmaxModel {
  readonly classCount: number;
  /** Probabilities per class (sum = 1); unknown features are ignored. */
  predict(features: ReadonlyMap<string, number>): Float64Array;
  hasFeature(feature: string): boolean;
  /** The trained model as plain data, which `softmaxFromData` turns back into the same model (the knowledge cache). */
  toData(): SoftmaxData;
}

/** A trained model as plain data: the features in the order of the weights' rows, and the weights' bytes. */
export interface SoftmaxData {
  classCount: number;
  features: string[];
  /** The Float64Array of weights (a row per feature, then the bias row), base64: every bit kept, a third of JSON's size. */
  weights: string;
}

export function trainSoftmax(examples: readonly SoftmaxExample[], classCount: number, options: SoftmaxOptions = {}): SoftmaxModel {
  const seeds = ensembleSeeds(options.seed ?? FIRST_SEED, options.runs ?? 1);
  const { index, weights } = meanOfRuns(seeds, (seed) => trainOneRun(examples, classCount, options, seed));
  return modelOf(classCount, index, weights);
}

/** One run's features (the same for every run: they are numbered in the examples' order) and weights. */
interface TrainedRun {
  index: Map<string, number>;
  weights: Float64Array;
}

function trainOneRun(examples: readonly SoftmaxExample[], classCount: number, options: SoftmaxOptions, seed: number): TrainedRun {
  const epochs = options.epochs ?? 20;
  const rate = options.learningRate ?? 0.5;
  const l2 = options.l2 ?? 1e-4;
  const index = new Map<string, number>();
  const encoded = examples.map((e) => {
    const ids = new Int32Array(e.features.size);
    const values = new Float64Array(e.features.size);
    let k = 0;
    for (const [f, v] of e.features) {
      let id = index.get(f);
      if (id === undefined) {
        id = index.size;
        index.set(f, id);
      }
      ids[k] = id;
      values[k++] = v;
    }
    return { label: e.label, ids, values, scale: scaleOf(values), weight: e.weight ?? 1 };
  });
  const featureCount = index.size;
  // Row per feature, one column per class: prediction touches only the rows of the features present.
  const weights = new Float64Array((featureCount + 1) * classCount);
  const squared = new Float64Array(weights.length).fill(1e-8);
  const biasRow = featureCount * classCount;
  const random = mulberry32(seed);
  const order = encoded.map((_, i) => i);
  const probs = new Float64Array(classCount);

  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffle(order, random);
    for (const i of order) {
      const example = encoded[i] as (typeof encoded)[number];
      const { ids, values, scale } = example;
      logits(weights, ids, values, scale, classCount, biasRow, probs);
      softmaxInPlace(probs);
      for (let c = 0; c < classCount; c++) {
        const gradient = (probs[c] as number) - (c === example.label ? 1 : 0);
        // Once an example is learnt, most classes get a negligible gradient: skipping them halves training time.
        if (Math.abs(gradient) < 1e-3) continue;
        for (let j = 0; j < ids.length; j++) {
          update(weights, squared, (ids[j] as number) * classCount + c, gradient * example.weight * scale * (values[j] as number), rate, l2);
        }
        update(weights, squared, biasRow + c, gradient * example.weight, rate, 0);
      }
    }
  }
  return { index, weights };
}

/** The model of `data` (from `toData()` of a trained one): same features, same weights, same predictions. */
export function softmaxFromData(data: SoftmaxData): SoftmaxModel {
  const bytes = Buffer.from(data.weights, 'base64');
  const weights = new Float64Array(bytes.byteLength / Float64Array.BYTES_PER_ELEMENT);
  new Uint8Array(weights.buffer).set(bytes);
  if (weights.length !== (data.features.length + 1) * data.classCount) throw new Error('softmax data: weights do not match the features');
  return modelOf(data.classCount, new Map(data.features.map((f, i) => [f, i])), weights);
}

function modelOf(classCount: number, index: ReadonlyMap<string, number>, weights: Float64Array): SoftmaxModel {
  const biasRow = index.size * classCount;
  return {
    classCount,
    hasFeature: (feature) => index.has(feature),
    predict(features) {
      const ids: number[] = [];
      const values: number[] = [];
      for (const [f, v] of features) {
        const id = index.get(f);
        if (id === undefined) continue;
        ids.push(id);
        values.push(v);
      }
      const out = new Float64Array(classCount);
      logits(weights, ids, values, scaleOf(values), classCount, biasRow, out);
      softmaxInPlace(out);
      return out;
    },
    toData: () => ({
      classCount,
      // A Map iterates in insertion order, which is the order of the ids.
      features: [...index.keys()],
      weights: Buffer.from(weights.buffer, weights.byteOffset, weights.byteLength).toString('base64'),
    }),
  };
}

function update(weights: Float64Array, squared: Float64Array, k: number, gradient: number, rate: number, l2: number): void {
  const g = gradient + l2 * (weights[k] as number);
  squared[k] = (squared[k] as number) + g * g;
  weights[k] = (weights[k] as number) - (rate * g) / Math.sqrt(squared[k] as number);
}

/** Examples of many features would otherwise outweigh short ones: the input is scaled to unit length. */
function scaleOf(values: ArrayLike<number>): number {
  let sum = 0;
  for (let j = 0; j < values.length; j++) sum += (values[j] as number) ** 2;
  return 1 / Math.sqrt(Math.max(1, sum));
}

function logits(
  weights: Float64Array,
  ids: ArrayLike<number>,
  values: ArrayLike<number>,
  scale: number,
  classCount: number,
  biasRow: number,
  out: Float64Array,
): void {
  for (let c = 0; c < classCount; c++) out[c] = weights[biasRow + c] as number;
  for (let j = 0; j < ids.length; j++) {
    const row = (ids[j] as number) * classCount;
    const x = (values[j] as number) * scale;
    for (let c = 0; c < classCount; c++) out[c] = (out[c] as number) + (weights[row + c] as number) * x;
  }
}

function softmaxInPlace(v: Float64Array): void {
  let max = -Infinity;
  for (const x of v) if (x > max) max = x;
  let sum = 0;
  for (let i = 0; i < v.length; i++) {
    const e = Math.exp((v[i] as number) - max);
    v[i] = e;
    sum += e;
  }
  for (let i = 0; i < v.length; i++) v[i] = (v[i] as number) / sum;
}

function shuffle(a: number[], random: () => number): void {
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = a[i] as number;
    a[i] = a[j] as number;
    a[j] = t;
  }
}

