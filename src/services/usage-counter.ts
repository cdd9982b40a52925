import type { UsageEvent, UsageStore } from '../storage/types.js';

export interface UsageCounterOptions {
  /** How long events wait in memory before one batched write (ms). */
  flushMs?: number;
  /** Told when a batch could not be written (the events are dropped: counters are not worth a retry storm). */
  onError?: (err: unknown) => void;
}

/**
 * The dashboard's usage counters, batched: a message adds an event in memory and the batch is written every
 * `flushMs` (one SQLite transaction, one Redis MULTI), so counting costs a message no write of its own (on SQLite
 * every main-connection write is an fsync). A crash loses at most that much counting, never a reply; the adviser
 * dashboard flushes before it reads, and the bot plugin flushes on close.
 */
export class UsageCounter {
  private pending: UsageEvent[] = [];
  private timer: NodeJS.Timeout | undefined;
  private writing: Promise<void> = Promise.resolve();
  private readonly flushMs: number;

  constructor(
    private readonly store: UsageStore,
    private readonly options: UsageCounterOptions = {},
  ) {
    this.flushMs = options.flushMs ?? 2_000;
  }

  count(event: UsageEvent): void {
    this.pending.push(event);
    if (this.pending.length >= 1_000) {
      void this.flush();
      return;
    }
    if (!this.timer) {
      this.timer = setTimeout(() => void this.flush(), this.flushMs);
      this.timer.unref();
    }
  }

  /** Writes what is pending; resolves once every event counted so far is written (or dropped on error). */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const batch = this.pending;
    this.pending = [];
    this.writing = this.writing.then(async () => {
      if (batch.length === 0) return;
      try {
        await this.store.record(batch);
      } catch (err) {
        this.options.onError?.(err);
      }
    });
    return this.writing;
  }
}
