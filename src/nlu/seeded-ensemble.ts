/**
 * An ensemble of seeded trainings of one linear model, kept as ONE model: the mean of the runs' weights.
 *
 * Why: one SGD run depends on the order it saw the examples in (its shuffling seed). Measured on the intents, one
 * phrase more or less anywhere in the training moved the pay's probability for "on me paie 500 par mois, c'est
 * normal ?" between 0.55 and 0.89; the mean of 5 runs stayed within 0.82-0.86.
 *
 * Why the weights and not the probabilities: for a linear model, the mean of the weights gives the mean of the
 * runs' logits, i.e. softmax(mean logits) = the normalised geometric mean of the runs' probabilities. It is one
 * model of the same size as a single run (predicting costs the same, the knowledge cache stores it unchanged),
 * where an arithmetic mean of probabilities would keep and evaluate N models per message. Both damp the seed's
 * noise alike; the geometric mean is the stricter one when the runs disagree.
 *
 * Every run must number its features the same way (softmax.ts numbers them in the examples' order, which no seed
 * changes), so that weight k means the same thing in every run.
 */

/** Seeds far apart (a prime step), so that no two runs share a start; the first run is the single-run model's. */
const SEED_STEP = 7919;

/** The shuffling seed of each of `runs` runs (at least one), the first being `first`. */
export function ensembleSeeds(first: number, runs: number): number[] {
  const count = Math.max(1, Math.floor(runs));
  return Array.from({ length: count }, (_, i) => first + i * SEED_STEP);
}

/**
 * The mean of the weights of the runs, trained one after the other by `trainRun(seed)` (one run's weights kept at a
 * time besides the sum). Deterministic: the same seeds give the same bits.
 */
export function meanOfRuns<Run extends { weights: Float64Array }>(seeds: readonly number[], trainRun: (seed: number) => Run): Run {
  if (seeds.length === 0) throw new Error('an ensemble needs at least one run');
  const first = trainRun(seeds[0] as number);
  if (seeds.length === 1) return first;
  const sum = first.weights;
  for (const seed of seeds.slice(1)) {
    const { weights } = trainRun(seed);
    if (weights.length !== sum.length) throw new Error('ensemble runs do not share their features');
    for (let k = 0; k < sum.length; k++) sum[k] = (sum[k] as number) + (weights[k] as number);
  }
  for (let k = 0; k < sum.length; k++) sum[k] = (sum[k] as number) / seeds.length;
  return first;
}
