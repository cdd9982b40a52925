import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { AppError, errorCatalogue, type ErrorCode } from '../../errors.js';
import { checkpointTruncate, type Database } from './database.js';
import type { BatchOutcome, SqlFailure, SqlOp, SqlStatement } from './sql-ops.js';

interface Pending {
  ops: readonly SqlOp[];
  /** Runs synchronously right after the COMMIT is known, before any promise settles (in-memory mirrors of rows). */
  committed: (() => void) | undefined;
  resolve: () => void;
  reject: (err: unknown) => void;
}

interface Executor {
  prepare(id: number, sql: string): void;
  runBatch(units: (readonly SqlOp[])[]): BatchOutcome;
}

type WorkerReply = { t: 'done'; id: number; outcome: BatchOutcome } | { t: 'checkpointed'; id: number; ok: boolean };

const require = createRequire(import.meta.url);

export interface GroupCommitterOptions {
  /**
   * 'inline' (default here; the app passes SQLITE_COMMIT_WORKER, on by default): the transactions run on the given
   * connection, in this thread, and hold the event loop for their fsync. 'worker': on a second connection in a worker
   * thread, so the event loop keeps serving requests while SQLite writes and fsyncs; measured on the 2-core bench
   * machine, +15 % turns/s and a lower p99 (docs/decisions.md). In-memory databases are always inline (a second
   * connection cannot see them).
   */
  mode?: 'worker' | 'inline';
}

/**
 * Group commit: units of work submitted during one event-loop turn (or, in worker mode, while the previous
 * transaction runs) are committed in ONE SQLite transaction (one fsync), each inside its own savepoint so that a
 * failing unit (an eTag conflict) rolls back alone. A unit's promise settles only after the COMMIT, so nothing is
 * acknowledged to a client before it is durable, and the `committed` callbacks (in-memory mirrors) run only then.
 *
 * Units are data (SqlOp), not closures, so that the same batch can run on the worker's own connection; reads stay
 * on the main connection, and once a unit's COMMIT is reported a read there sees its rows (WAL).
 */
export class GroupCommitter {
  private queue: Pending[] = [];
  private scheduled = false;
  private inFlight: Pending[] | undefined;
  private batchId = 0;
  private readonly statements: SqlStatement[] = [];
  private readonly byText = new Map<string, SqlStatement>();
  private readonly mode: 'worker' | 'inline';
  private readonly file: string;
  private worker: Worker | undefined;
  private inline: Executor | undefined;
  private idleWaiters: (() => void)[] = [];
  private checkpoints = new Map<number, (ok: boolean) => void>();
  private checkpointId = 0;
  private closed = false;
  /** Counters for the bench and the health route. */
  readonly stats = { batches: 0, units: 0, failedBatches: 0, busyMs: 0 };

  constructor(
    private readonly db: Database,
    options: GroupCommitterOptions = {},
  ) {
    this.mode = db.memory ? 'inline' : (options.mode ?? 'inline');
    this.file = db.name;
  }

  /**
   * Registers a write statement (checked at once on the main connection, so bad SQL fails where it is written).
   * The same SQL gives the same statement.
   */
  statement(sql: string): SqlStatement {
    const known = this.byText.get(sql);
    if (known) return known;
    this.db.prepare(sql);
    const stmt: SqlStatement = { id: this.statements.length, sql };
    this.statements.push(stmt);
    this.byText.set(sql, stmt);
    this.worker?.postMessage({ t: 'prepare', id: stmt.id, sql });
    this.inline?.prepare(stmt.id, sql);
    return stmt;
  }

  /**
   * Commits `ops` in the next batch; resolves once committed, rejects with what failed (AppError for a failed
   * check). `committed` runs synchronously just after a successful COMMIT is known, so a cache it updates is
   * never seen stale by code resumed by this batch's promises.
   */
  submit(ops: readonly SqlOp[], committed?: () => void): Promise<void> {
    if (this.closed) return Promise.reject(new AppError('DL_OVERLOADED', 'storage closed'));
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ ops, committed, resolve, reject });
      if (!this.scheduled && this.inFlight === undefined) {
        this.scheduled = true;
        // setImmediate, not a microtask: lets the I/O callbacks of this loop iteration join the batch.
        setImmediate(() => this.send());
      }
    });
  }

  /** Resolves once everything submitted so far is committed (or failed). */
  flush(): Promise<void> {
    if (this.scheduled) this.send();
    if (this.queue.length === 0 && this.inFlight === undefined) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /**
   * Once everything submitted so far is committed, checkpoints the WAL into the database file and truncates it (see
   * checkpointTruncate), on the writer's connection: in worker mode the event loop does not wait for it. Called
   * after an erasure. Resolves true when the WAL was emptied, false when a reader kept it from completing twice.
   */
  async checkpoint(): Promise<boolean> {
    for (let attempt = 0; attempt < 2; attempt++) {
      await this.flush();
      if (this.closed) return false;
      const ok = this.mode === 'inline' ? checkpointTruncate(this.db) : await this.checkpointInWorker();
      if (ok) return true;
    }
    return false;
  }

  private checkpointInWorker(): Promise<boolean> {
    const worker = this.ensureWorker();
    const id = ++this.checkpointId;
    return new Promise<boolean>((resolve) => {
      this.checkpoints.set(id, resolve);
      worker.ref();
      worker.postMessage({ t: 'checkpoint', id });
    });
  }

  /** Commits what is queued, then stops the worker. Later submissions are refused. */
  async close(): Promise<void> {
    await this.flush();
    this.closed = true;
    const worker = this.worker;
    this.worker = undefined;
    if (!worker) return;
    const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
    worker.ref();
    worker.postMessage({ t: 'close' });
    await exited;
  }

  private send(): void {
    this.scheduled = false;
    if (this.inFlight !== undefined || this.queue.length === 0) return;
    const batch = this.queue;
    this.queue = [];
    const units = batch.map((p) => p.ops);
    if (this.mode === 'inline') {
      this.settle(batch, this.executor().runBatch(units));
      return;
    }
    this.inFlight = batch;
    const worker = this.ensureWorker();
    // Keeps the process alive only while a commit is outstanding.
    worker.ref();
    worker.postMessage({ t: 'batch', id: ++this.batchId, units });
  }

  private onReply(reply: WorkerReply): void {
    if (reply.t === 'checkpointed') {
      const resolve = this.checkpoints.get(reply.id);
      this.checkpoints.delete(reply.id);
      if (this.inFlight === undefined && this.checkpoints.size === 0) this.worker?.unref();
      resolve?.(reply.ok);
      return;
    }
    const batch = this.inFlight;
    if (reply.t !== 'done' || !batch || reply.id !== this.batchId) return;
    this.inFlight = undefined;
    if (this.checkpoints.size === 0) this.worker?.unref();
    this.settle(batch, reply.outcome);
    // What queued up during that commit goes now, as one batch.
    this.send();
    this.notifyIdle();
  }

  private settle(batch: Pending[], outcome: BatchOutcome): void {
    this.stats.busyMs += outcome.busyMs;
    if (outcome.fatal) {
      this.stats.failedBatches++;
      const err = toError(outcome.fatal);
      for (const p of batch) p.reject(err);
      return;
    }
    this.stats.batches++;
    this.stats.units += batch.length;
    const errors: unknown[] = outcome.errors.map((e) => (e ? toError(e) : undefined));
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

  private notifyIdle(): void {
    if (this.queue.length > 0 || this.inFlight !== undefined) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const w of waiters) w();
  }

  private executor(): Executor {
    if (!this.inline) {
      const { createExecutor } = require('./commit-executor.cjs') as { createExecutor: (db: Database) => Executor };
      this.inline = createExecutor(this.db);
      for (const s of this.statements) this.inline.prepare(s.id, s.sql);
    }
    return this.inline;
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    // execArgv [] : the worker is plain CommonJS, it needs no TypeScript loader.
    const worker = new Worker(new URL('./commit-worker.cjs', import.meta.url), { workerData: { file: this.file }, execArgv: [] });
    worker.on('message', (reply: WorkerReply) => this.onReply(reply));
    worker.on('error', (err) => this.onWorkerGone(err));
    worker.on('exit', () => this.onWorkerGone(new Error('commit worker exited')));
    for (const s of this.statements) worker.postMessage({ t: 'prepare', id: s.id, sql: s.sql });
    worker.unref();
    this.worker = worker;
    return worker;
  }

  /** The worker died: what it had in hand is not known to be committed, so it is not acknowledged; next batch restarts it. */
  private onWorkerGone(err: unknown): void {
    if (this.worker === undefined) return;
    this.worker = undefined;
    const batch = this.inFlight;
    this.inFlight = undefined;
    for (const resolve of this.checkpoints.values()) resolve(false);
    this.checkpoints.clear();
    if (batch) {
      this.stats.failedBatches++;
      for (const p of batch) p.reject(err);
    }
    this.send();
    this.notifyIdle();
  }
}

function toError(failure: SqlFailure): Error {
  if (failure.appCode !== undefined && failure.appCode in errorCatalogue) return new AppError(failure.appCode as ErrorCode);
  const err = new Error(failure.message) as Error & { code?: string };
  if (failure.code !== undefined) err.code = failure.code;
  return err;
}
