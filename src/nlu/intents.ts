import { readFileSync } from 'node:fs';
import BayesClassifier from 'natural/lib/natural/classifiers/bayes_classifier.js';
import { type IntentId, type IntentsFile, INTENT_IDS, parseIntentsFile } from '../knowledge/schema/intents.js';
import { normalize } from '../text/normalize.js';
import { type Features, isWordFeature, textFeatures } from './features.js';
import { ruleIntent } from './intent-rules.js';
import { softmaxFromData, trainSoftmax, type SoftmaxData, type SoftmaxModel, type SoftmaxOptions } from './softmax.js';

export { INTENT_IDS, type IntentId, type IntentsFile, parseIntentsFile } from '../knowledge/schema/intents.js';

export interface IntentScore {
  intent: IntentId;
  score: number;
}

export interface IntentResult {
  /** 'none' when nothing is confident enough: the dialogs then search the FAQ or offer choices. */
  intent: IntentId | 'none';
  confidence: number;
  /**
   * The best intents (up to six) with their probabilities, best first (the whole distribution sums to 1): 'faq' is the
   * probability that the message asks one of the FAQ's questions.
   */
  ranking: IntentScore[];
}

export interface IntentClassifier {
  /** `normalizedText` is the output of `normalize()`. Never throws. */
  classify(normalizedText: string): IntentResult;
  /** Time spent training at creation, in milliseconds. */
  readonly trainingMs: number;
  /** The trained softmax model as plain data (undefined for the Bayes baseline): see intentClassifierFromData. */
  toData(): SoftmaxData | undefined;
}

export interface IntentClassifierOptions {
  /** Below this probability the answer is 'none'. */
  threshold?: number;
  /** 'softmax' (default, see softmax.ts) or natural's 'bayes' (kept as a baseline for nlu:eval). */
  model?: 'softmax' | 'bayes';
  /** Training epochs of the softmax model. */
  epochs?: number;
  /** First shuffling seed of the softmax ensemble (default softmax.ts's): the stability test trains other seeds. */
  seed?: number;
  /** Seeded runs averaged into the softmax model (default INTENT_RUNS). */
  runs?: number;
}

/** Chosen by 5-fold cross-validation on the training phrases (tools/nlu/cross-validate.ts), not on held-out data. */
export const DEFAULT_INTENT_THRESHOLD = 0.3;
/**
 * Seeded runs averaged into the model (seeded-ensemble.ts): a single run's order of examples moved borderline
 * messages by tenths. A constant of the code, so the knowledge cache's code version (a hash of src/nlu) follows it.
 */
export const INTENT_RUNS = 5;
/** How many intents a result ranks (the routing compares topics beyond the first two). */
const RANKED = 6;

/**
 * Builds the classifier from knowledge/intents.fr.yaml (a path) or from already parsed data (the knowledge loader
 * may parse the file itself and pass the result, e.g. on hot reload). Training takes a fraction of a second.
 */
export function createIntentClassifier(intentsFile: string | IntentsFile, options: IntentClassifierOptions = {}): IntentClassifier {
  const data = typeof intentsFile === 'string' ? parseIntentsFile(readFileSync(intentsFile, 'utf8'), intentsFile) : intentsFile;
  const threshold = options.threshold ?? DEFAULT_INTENT_THRESHOLD;
  const started = performance.now();
  const classCount = INTENT_IDS.length;
  const examples: Array<{ features: Features; label: number; weight?: number }> = [];
  const add = (phrase: string, label: number, weight = 1): void => {
    const features = textFeatures(normalize(phrase));
    if (features.size > 0) examples.push({ features, label, weight });
  };
  INTENT_IDS.forEach((intent, label) => data.intents[intent].phrases.forEach((p) => add(p, label)));
  const score = options.model === 'bayes' ? trainBayes(examples, classCount) : softmaxScorer(trainSoftmax(examples, classCount, softmaxOptionsOf(options)));
  return classifierOf(score, threshold, performance.now() - started);
}

function softmaxOptionsOf(options: IntentClassifierOptions): SoftmaxOptions {
  const chosen: SoftmaxOptions = { runs: options.runs ?? INTENT_RUNS };
  if (options.epochs !== undefined) chosen.epochs = options.epochs;
  if (options.seed !== undefined) chosen.seed = options.seed;
  return chosen;
}

/** The classifier whose softmax model is `data` (from `toData()` of a trained one): it classifies exactly the same. */
export function intentClassifierFromData(data: SoftmaxData, options: Pick<IntentClassifierOptions, 'threshold'> = {}): IntentClassifier {
  if (data.classCount !== INTENT_IDS.length) throw new Error('intent model data: another list of intents');
  return classifierOf(softmaxScorer(softmaxFromData(data)), options.threshold ?? DEFAULT_INTENT_THRESHOLD, 0);
}

function classifierOf(score: Scorer, threshold: number, trainingMs: number): IntentClassifier {
  return {
    trainingMs,
    toData: () => score.toData?.(),
    classify(normalizedText: string): IntentResult {
      const ruled = ruleIntent(normalizedText);
      if (ruled) return { intent: ruled, confidence: 1, ranking: [{ intent: ruled, score: 1 }] };
      // Only known features reach the model, and a message must share at least one word-level feature with the
      // training data: character n-grams alone ("zxqv wkrpt") are no evidence.
      const known = new Map([...textFeatures(normalizedText)].filter(([f]) => score.known(f)));
      if (![...known.keys()].some(isWordFeature)) return { intent: 'none', confidence: 0, ranking: [] };
      const ranking = top(score.probabilities(known), RANKED);
      const best = ranking[0];
      if (!best || best.score < threshold) return { intent: 'none', confidence: best?.score ?? 0, ranking };
      return { intent: best.intent, confidence: best.score, ranking };
    },
  };
}

interface Scorer {
  known(feature: string): boolean;
  /** One probability per INTENT_IDS entry, summing to 1 (or all 0 when the model has no opinion). */
  probabilities(features: ReadonlyMap<string, number>): ArrayLike<number>;
  toData?(): SoftmaxData;
}

function softmaxScorer(model: SoftmaxModel): Scorer {
  return { known: (f) => model.hasFeature(f), probabilities: (features) => model.predict(features), toData: () => model.toData() };
}

function trainBayes(examples: Array<{ features: Features; label: number }>, classCount: number): Scorer {
  const bayes = new BayesClassifier();
  const vocabulary = new Set<string>();
  for (const e of examples) {
    const words = [...e.features.keys()].filter(isWordFeature);
    for (const f of words) vocabulary.add(f);
    bayes.addDocument(words, String(e.label));
  }
  bayes.train();
  return {
    known: (f) => vocabulary.has(f),
    probabilities(features) {
      const out = new Float64Array(classCount);
      let total = 0;
      for (const c of bayes.getClassifications([...features.keys()].filter(isWordFeature))) {
        const i = Number(c.label);
        const v = Number.isFinite(c.value) ? c.value : 0;
        if (i >= 0 && i < classCount) out[i] = v;
        total += v;
      }
      // Very long messages underflow to 0 everywhere: then the model has no opinion.
      if (total > 0) for (let i = 0; i < out.length; i++) out[i] = (out[i] as number) / total;
      return out;
    },
  };
}

function top(probabilities: ArrayLike<number>, n: number): IntentScore[] {
  const scores: IntentScore[] = [];
  INTENT_IDS.forEach((intent, i) => {
    const score = probabilities[i] ?? 0;
    if (score > 0) scores.push({ intent, score });
  });
  return scores.sort((a, b) => b.score - a.score).slice(0, n);
}
