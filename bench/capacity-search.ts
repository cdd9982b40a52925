/**
 * The open loop's capacity search, apart from the load it drives: given a way to run one step at a rate, find the
 * highest rate whose step passes (p99 within the objective, no error).
 *
 * Why a failure is confirmed: on a shared 2-core machine one pause (a major GC, a neighbour taking the core for
 * 70 ms) fails a 4 s step whatever the rate, and the search used to bisect below it for good. On 7 December the
 * Direct Line floor was given 356/s because its 375/s step met one 71 ms major GC, while our stack on top of the
 * same floor passed 2,848/s. So a step that fails is run once more at the same rate; the rate fails only when the
 * second run fails too (a confirmed failure). A failure the second run does not confirm is a blip: the rate counts
 * as passed and the search goes on above it. Each rate is run at most twice, so a server that really is overloaded
 * costs one more step per failing rate, and two pauses in a row still stop the search (reported as such).
 *
 * Rates grow by ×1.5 from `startRate` until one fails (or shrink until one passes, if the first fails), then the
 * gap between the last pass and the first failure is bisected (geometric mean) `refineSteps` times.
 */

export interface SearchOptions {
  startRate: number;
  maxRate: number;
  refineSteps: number;
  /** Run a failed step again before believing it (default true); false gives the old one-shot search. */
  confirmFailures?: boolean;
}

/** What the search needs of a step: whether it passed. The step is kept as it is in the result. */
export interface StepVerdict {
  pass: boolean;
}

export type Searched<S> = S & {
  /** This step ran the same rate again because the step before it failed. */
  again?: boolean;
};

export interface SearchResult<S> {
  /** The highest rate that passed (0 when none did). */
  capacity: number;
  steps: Searched<S>[];
  /** Failed steps run again whose second run failed too: these decided the search. */
  confirmedFailures: number;
  /** Failed steps whose second run passed: one pause, not the rate; the search went on above them. */
  blips: number;
}

const MIN_RATE = 5;

export async function searchRates<S extends StepVerdict>(
  runStep: (rate: number) => Promise<S>,
  o: SearchOptions,
): Promise<SearchResult<S>> {
  const steps: Searched<S>[] = [];
  const confirm = o.confirmFailures !== false;
  let confirmedFailures = 0;
  let blips = 0;
  /** The rate's verdict: its step, and when that failed, a second run that must fail too. */
  const passes = async (rate: number): Promise<boolean> => {
    const first = await runStep(rate);
    steps.push(first);
    if (first.pass || !confirm) return first.pass;
    const again: Searched<S> = { ...(await runStep(rate)), again: true };
    steps.push(again);
    if (again.pass) blips++;
    else confirmedFailures++;
    return again.pass;
  };

  let pass = 0;
  let fail = Infinity;
  for (let rate = o.startRate; rate <= o.maxRate; rate *= 1.5) {
    if (!(await passes(rate))) {
      fail = rate;
      break;
    }
    pass = rate;
  }
  // Even the first rate failed: come down until one passes.
  for (let rate = o.startRate / 1.5; pass === 0 && rate >= MIN_RATE; rate /= 1.5) {
    if (await passes(rate)) pass = rate;
    else fail = rate;
  }
  for (let i = 0; i < o.refineSteps && pass > 0 && fail < Infinity; i++) {
    const rate = Math.sqrt(pass * fail);
    if (await passes(rate)) pass = rate;
    else fail = rate;
  }
  return { capacity: Math.round(pass), steps, confirmedFailures, blips };
}
