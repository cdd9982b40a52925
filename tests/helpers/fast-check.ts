import fc from 'fast-check';

/**
 * One seed per test file, printed, so that a failing property can be replayed exactly:
 *   FC_SEED=<seed> npx vitest run <file>
 * (fast-check's failure message also gives `path`; FC_PATH=<path> replays the shrunk case directly.)
 * FC_RUNS overrides the number of runs (1,000 by default).
 */
export function propertyOptions(file: string): { seed: number; numRuns: number; path?: string } {
  const seed = process.env['FC_SEED'] ? Number(process.env['FC_SEED']) : Math.floor(Math.random() * 2 ** 31);
  const numRuns = process.env['FC_RUNS'] ? Number(process.env['FC_RUNS']) : 1_000;
  const path = process.env['FC_PATH'];
  process.stdout.write(`fast-check ${file}: seed ${seed}, ${numRuns} runs (replay: FC_SEED=${seed} npx vitest run ${file})\n`);
  return { seed, numRuns, ...(path ? { path } : {}) };
}

export { fc };
