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
export interface WarmUpOptions {
  /** Milliseconds of work per slice (4 by default). */
  sliceMs?: number;
  /**
   * Whether people are being served (requests in flight, turns running): the warm-up then waits, so that the first
   * turns after a start are not slowed by work done for later ones (it took a quarter of the main thread at the first reply).
   */
  busy?: () => boolean;
  /**
   * The longest a slice waits for the turns to end (50 ms by default): on a busy evening turns never stop, and the
   * warm-up still ends, one slice per wait at most (a few per cent of the main thread).
   */
  maxWaitMs?: number;
}

/** How often a waiting warm-up looks again whether the turns have ended. */
const BUSY_POLL_MS = 2;

export class WarmUp {
  private readonly tasks: { name: string; steps: Iterable<unknown> }[] = [];
  private running: Promise<void> | undefined;
  private stopped = false;
  private readonly sliceMs: number;
  private readonly busy: () => boolean;
  private readonly maxWaitMs: number;

  constructor(options: WarmUpOptions = {}) {
    this.sliceMs = options.sliceMs ?? 4;
    this.busy = options.busy ?? (() => false);
    this.maxWaitMs = options.maxWaitMs ?? 50;
  }

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

  /** Waits while people are served (see `busy`), at most maxWaitMs. */
  private async turnsFirst(): Promise<void> {
    const until = performance.now() + this.maxWaitMs;
    while (!this.stopped && this.busy() && performance.now() < until) await new Promise<void>((resolve) => setTimeout(resolve, BUSY_POLL_MS));
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
          await this.turnsFirst();
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
