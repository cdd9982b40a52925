import { KeyedLock } from '../keyed-lock.js';
import { LocalFanOut } from '../local-fan-out.js';
import { TurnUnit } from '../turn-unit.js';
import type { Lease, RetentionPolicy, Storage, StorageHealth } from '../types.js';
import { SqliteAdviserAccountStore, SqliteAdviserSessionStore, SqliteAuditStore, SqliteLoginFailureStore } from './adviser-store.js';
import { openDatabase, type Database } from './database.js';
import { GroupCommitter } from './group-commit.js';
import { SqliteHistoryStore } from './history-store.js';
import { SqliteCallbackStore, SqliteFeedbackStore, SqliteReferenceStore, SqliteUnansweredStore } from './records-store.js';
import { SqliteRecapStore } from './recap-store.js';
import { SqliteStateStore } from './state-store.js';
import { SqliteTokenStore } from './token-store.js';
import { SqliteUsageStore } from './usage-store.js';
import { USAGE_RETENTION_DAYS } from '../usage-metrics.js';

const DAY_MS = 86_400_000;

export interface SqliteStorageOptions {
  dataDir: string;
  /** Group commits on a second connection in a worker thread (SQLITE_COMMIT_WORKER). */
  commitWorker: boolean;
  now?: () => number;
}

/**
 * The embedded back end: one SQLite file (`<dataDir>/bot.sqlite`, WAL, synchronous=FULL), one process. Turn writes
 * go through the group commit; the rare writes of callbacks, feedback and the adviser console run on the main
 * connection. The conversation lock and the fan-out live in this process, and rate counters in memory.
 */
export class SqliteStorage implements Storage {
  readonly backend = 'sqlite';
  readonly db: Database;
  readonly committer: GroupCommitter;
  readonly lock = new KeyedLock();
  readonly fanOut = new LocalFanOut();
  readonly state: SqliteStateStore;
  readonly history: SqliteHistoryStore;
  readonly tokens: SqliteTokenStore;
  readonly callbacks: SqliteCallbackStore;
  readonly references: SqliteReferenceStore;
  readonly feedback: SqliteFeedbackStore;
  readonly unanswered: SqliteUnansweredStore;
  readonly recaps: SqliteRecapStore;
  readonly advisers: SqliteAdviserAccountStore;
  readonly sessions: SqliteAdviserSessionStore;
  readonly loginFailures: SqliteLoginFailureStore;
  readonly audit: SqliteAuditStore;
  readonly usage: SqliteUsageStore;
  /** @fastify/rate-limit's default: counters in an in-memory LRU (one per conversation). */
  readonly rateLimit = { cache: 100_000 };
  readonly available = true;

  constructor(opts: SqliteStorageOptions) {
    const now = opts.now ?? Date.now;
    this.db = openDatabase(opts.dataDir);
    this.committer = new GroupCommitter(this.db, { mode: opts.commitWorker ? 'worker' : 'inline' });
    this.history = new SqliteHistoryStore(this.db, this.committer, this.lock, this.fanOut, now);
    this.state = new SqliteStateStore(this.db, this.committer, now);
    // The state store mirrors committed rows in memory: it must hear of the rows history and retention delete.
    this.history.onStateDeleted((prefix) => this.state.forget(prefix));
    this.tokens = new SqliteTokenStore(this.db, this.committer);
    this.callbacks = new SqliteCallbackStore(this.db);
    this.references = new SqliteReferenceStore(this.db);
    this.feedback = new SqliteFeedbackStore(this.db);
    this.unanswered = new SqliteUnansweredStore(this.db);
    this.recaps = new SqliteRecapStore(this.db);
    this.advisers = new SqliteAdviserAccountStore(this.db);
    this.sessions = new SqliteAdviserSessionStore(this.db);
    this.loginFailures = new SqliteLoginFailureStore(this.db);
    this.audit = new SqliteAuditStore(this.db);
    this.usage = new SqliteUsageStore(this.db);
  }

  newUnit(conversationId: string, _lease?: Lease): TurnUnit {
    return new TurnUnit(conversationId, this.committer);
  }

  /**
   * Retention: conversations (history, state) untouched for `transcriptDays`, bot state not written for as long, the
   * link of unanswered questions to their conversation once as old, récap pages not rewritten for as long, expired tokens and sessions, callbacks closed `callbackDays` ago, old failed logins and audit lines.
   */
  purge(now: number, policy: RetentionPolicy): Promise<number> {
    const cutoff = now - policy.transcriptDays * DAY_MS;
    // Conversations purged here empty the WAL of their text themselves (see purgeOlderThan).
    const purged = this.history.purgeOlderThan(cutoff);
    this.history.purgeStateOlderThan(cutoff);
    const unlinked = this.unanswered.unlinkBefore(cutoff);
    const recaps = this.recaps.purgeOlderThan(cutoff);
    this.tokens.purgeExpired(now);
    const callbacks = this.callbacks.purgeClosed(policy.callbackDays, now);
    this.sessions.purgeExpired(now);
    this.loginFailures.purgeBefore(now - policy.loginWindowMs);
    this.audit.purgeBefore(now - policy.auditDays * DAY_MS);
    this.usage.purgeBefore(new Date(now - USAGE_RETENTION_DAYS * DAY_MS).toISOString().slice(0, 10));
    // Phone numbers of closed callbacks, links of old questions, old récaps: gone from the WAL too, not only from the tables.
    if (purged === 0 && unlinked + callbacks + recaps > 0) void this.history.scrubWal();
    return Promise.resolve(purged);
  }

  health(): Promise<StorageHealth> {
    const started = performance.now();
    this.db.prepare('SELECT 1').get();
    return Promise.resolve({ backend: 'sqlite', ok: true, latencyMs: Math.round((performance.now() - started) * 1000) / 1000 });
  }

  onAvailability(_listener: (available: boolean, reason?: string) => void): void {}

  async close(): Promise<void> {
    await this.committer.close();
    this.db.close();
  }
}
