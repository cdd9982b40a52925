import type { Database } from './database.js';

interface Pending {
  run: () => void;
  /** Runs synchronously right after the COMMIT, before any promise settles (in-memory mirrors of the rows). */
  committed: (() => void) | undefined;
  resolve: () => void;
  reject: (err: unknown) => void;
}

/**
 * Group commit: units of work submitted during one event-loop turn run in ONE SQLite transaction (one fsync),
 * each inside its own savepoint so that a failing unit (an eTag conflict) rolls back alone. A unit's promise
 * settles only after the COMMIT, so nothing is acknowledged to a client before it is durable.
 * With synchronous=FULL a commit costs ~0.3 ms here; 200 conversations committing alone would spend most of the
 * time in fsync, batched they share it.
 */
export class GroupCommitter {
  private queue: Pending[] = [];
  private scheduled = false;
  private readonly begin;
  private readonly commit;
  private readonly rollback;
  private readonly savepoint;
  private readonly release;
  private readonly rollbackTo;
  /** Counters for the bench and the health route. */
  readonly stats = { batches: 0, units: 0, failedBatches: 0, busyMs: 0 };

  constructor(private readonly db: Database) {
    this.begin = db.prepare('BEGIN IMMEDIATE');
    this.commit = db.prepare('COMMIT');
    this.rollback = db.prepare('ROLLBACK');
    this.savepoint = db.prepare('SAVEPOINT unit');
    this.release = db.prepare('RELEASE unit');
    this.rollbackTo = db.prepare('ROLLBACK TO unit');
  }

  /**
   * Runs `run` (synchronous SQL only) in the next batch; resolves once committed, rejects with what it threw.
   * `committed` runs synchronously just after a successful COMMIT, so a cache it updates is never seen stale by
   * code resumed by this batch's promises.
   */
  submit(run: () => void, committed?: () => void): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ run, committed, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        // setImmediate, not a microtask: lets the I/O callbacks of this loop iteration join the batch.
        setImmediate(() => this.flush());
      }
    });
  }

  /** Commits whatever is queued now (used at shutdown). */
  flush(): void {
    this.scheduled = false;
    const batch = this.queue;
    if (batch.length === 0) return;
    this.queue = [];
    const startedAt = performance.now();
    const errors: unknown[] = new Array<unknown>(batch.length);
    try {
      this.begin.run();
      for (let i = 0; i < batch.length; i++) {
        this.savepoint.run();
        try {
          (batch[i] as Pending).run();
          this.release.run();
        } catch (err) {
          this.rollbackTo.run();
          this.release.run();
          errors[i] = err ?? new Error('unit failed');
        }
      }
      this.commit.run();
    } catch (err) {
      if (this.db.inTransaction) this.rollback.run();
      this.stats.failedBatches++;
      for (const p of batch) p.reject(err);
      return;
    }
    this.stats.busyMs += performance.now() - startedAt;
    this.stats.batches++;
    this.stats.units += batch.length;
    for (let i = 0; i < batch.length; i++) {
      const p = batch[i] as Pending;
      if (errors[i] !== undefined || !p.committed) continue;
      try {
        p.committed();
      } catch (err) {
        errors[i] = err;
      }
    }
    for (let i = 0; i < batch.length; i++) {
      const p = batch[i] as Pending;
      if (errors[i] === undefined) p.resolve();
      else p.reject(errors[i]);
    }
  }
}
