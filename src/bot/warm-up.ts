/** Where the warm-up says what it did (the app's logger). */
export interface WarmUpLog {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/**
 * Work a bot does ahead of need, after the server listens rather than before: memoised results that a turn would
 * otherwise compute itself, with the same answer (e.g. the FAQ entries near each answer a follow-up may continue).
 * Nothing a turn needs to be answered correctly may be left here: /healthz answers 200 before the warm-up ends.
 * Each task is an iterable of small steps; they run in slices of a few milliseconds with the event loop free
 * between slices, so turns and health checks that arrive meanwhile go first.
 */
export class WarmUp {
  private readonly tasks: { name: string; steps: Iterable<unknown> }[] = [];
  private running: Promise<void> | undefined;
  private stopped = false;

  constructor(private readonly sliceMs = 4) {}

  /** Adds a task, to run when `run` is called (the server listens). */
  add(name: string, steps: Iterable<unknown>): void {
    this.tasks.push({ name, steps });
  }

  /** Runs every task once (later calls return the same promise); a task that throws is logged and left. */
  run(log?: WarmUpLog): Promise<void> {
    this.running ??= this.runAll(log);
    return this.running;
  }

  /** Stops between two slices (the server closes). */
  stop(): void {
    this.stopped = true;
  }

  private async runAll(log: WarmUpLog | undefined): Promise<void> {
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    const done: Record<string, number> = {};
    for (const task of this.tasks) {
      let steps = 0;
      const iterator = task.steps[Symbol.iterator]();
      try {
        for (let finished = false; !finished && !this.stopped; ) {
          await new Promise<void>((resolve) => setImmediate(resolve));
          if (this.stopped) break;
          const sliceEnd = performance.now() + this.sliceMs;
          do {
            finished = iterator.next().done === true;
            if (!finished) steps++;
          } while (!finished && performance.now() < sliceEnd);
        }
      } catch (err) {
        log?.error({ err, task: task.name }, 'warm-up task failed; its results will be computed when first needed');
      }
      done[task.name] = steps;
    }
    if (this.stopped) return;
    const cpu = process.cpuUsage(cpuBefore);
    log?.info({ ms: Math.round(performance.now() - started), cpuMs: Math.round((cpu.user + cpu.system) / 1000), steps: done }, 'warm-up done');
  }
}
