import { Redis } from 'ioredis';
import { TurnUnit } from '../turn-unit.js';
import type { Lease, RetentionPolicy, Storage, StorageHealth } from '../types.js';
import { RedisAdviserAccountStore, RedisAdviserSessionStore, RedisAuditStore, RedisLoginFailureStore } from './adviser-store.js';
import { connectionOptions } from './client.js';
import { RedisCommitter, type RedisOp } from './committer.js';
import { RedisFanOut } from './fan-out.js';
import { RedisHistoryStore } from './history-store.js';
import { keys } from './keys.js';
import { RedisConversationLock } from './lock.js';
import { RedisCallbackStore, RedisFeedbackStore, RedisReferenceStore, RedisUnansweredStore } from './records-store.js';
import { redisRateLimitStore } from './rate-limit-store.js';
import { RedisRecapStore } from './recap-store.js';
import { RedisStateStore } from './state-store.js';
import { RedisUsageStore } from './usage-store.js';
import { RedisTokenStore } from './token-store.js';

const DAY_MS = 86_400_000;

export interface RedisStorageOptions {
  url: string;
  lockTtlMs: number;
  transcriptDays: number;
  callbackDays: number;
  now?: () => number;
  /** How long start-up waits for Redis before giving up (ms). */
  connectTimeoutMs?: number;
}

/**
 * The shared back end for N instances (REDIS_URL): state, history, tokens, the conversation lock, fan-out (pub/sub),
 * rate counters, callbacks and the adviser's data in one Redis. Two connections: one for commands (auto-pipelined),
 * one subscribed to the channels of the conversations whose sockets this instance holds.
 *
 * Durability is Redis's: with `appendonly yes` and `appendfsync always` a commit is fsynced to the AOF before Redis
 * replies, so an acknowledged message survives a crash of Redis (README, "Several instances").
 */
export class RedisStorage implements Storage {
  readonly backend = 'redis';
  readonly committer: RedisCommitter;
  readonly lock: RedisConversationLock;
  readonly fanOut: RedisFanOut;
  readonly state: RedisStateStore;
  readonly history: RedisHistoryStore;
  readonly tokens: RedisTokenStore;
  readonly callbacks: RedisCallbackStore;
  readonly references: RedisReferenceStore;
  readonly feedback: RedisFeedbackStore;
  readonly unanswered: RedisUnansweredStore;
  readonly recaps: RedisRecapStore;
  readonly advisers: RedisAdviserAccountStore;
  readonly sessions: RedisAdviserSessionStore;
  readonly loginFailures: RedisLoginFailureStore;
  readonly audit: RedisAuditStore;
  readonly usage: RedisUsageStore;
  readonly rateLimit: Record<string, unknown>;
  private readonly availabilityListeners: ((available: boolean, reason?: string) => void)[] = [];
  private up = true;
  private closing = false;
  private compactTimer: NodeJS.Timeout | undefined;

  private constructor(
    readonly client: Redis,
    private readonly subscriber: Redis,
    opts: RedisStorageOptions,
  ) {
    const now = opts.now ?? Date.now;
    const transcriptMs = opts.transcriptDays * DAY_MS;
    this.committer = new RedisCommitter(client);
    this.lock = new RedisConversationLock(client, { ttlMs: opts.lockTtlMs });
    this.fanOut = new RedisFanOut(subscriber);
    this.state = new RedisStateStore(client, this.committer, transcriptMs);
    this.history = new RedisHistoryStore(
      client,
      this.committer,
      this.lock,
      (c, lease) => this.newUnit(c, lease),
      transcriptMs,
      () => this.compactSoon(),
      now,
    );
    this.tokens = new RedisTokenStore(client, now);
    this.callbacks = new RedisCallbackStore(client, opts.callbackDays);
    this.references = new RedisReferenceStore(client, transcriptMs);
    this.feedback = new RedisFeedbackStore(client);
    this.unanswered = new RedisUnansweredStore(client, transcriptMs);
    this.recaps = new RedisRecapStore(client, transcriptMs);
    this.advisers = new RedisAdviserAccountStore(client);
    this.sessions = new RedisAdviserSessionStore(client);
    this.loginFailures = new RedisLoginFailureStore(client);
    this.audit = new RedisAuditStore(client);
    this.usage = new RedisUsageStore(client);
    // @fastify/rate-limit's own Redis store: counters shared by every instance, under keys.rateLimitPrefix.
    this.rateLimit = { store: redisRateLimitStore(client, keys.rateLimitPrefix) };

    client.on('ready', () => this.setAvailable(true));
    client.on('error', (err: Error) => this.setAvailable(false, err.message));
    client.on('close', () => this.setAvailable(false, 'connection closed'));
    // The subscriber's errors are the same outage: heard, so that ioredis does not print them with a stack.
    subscriber.on('error', () => undefined);
  }

  /** Connects both connections; refuses to start if Redis cannot be reached within `connectTimeoutMs`. */
  static async connect(opts: RedisStorageOptions): Promise<RedisStorage> {
    const client = new Redis(opts.url, connectionOptions());
    const subscriber = new Redis(opts.url, connectionOptions({ enableOfflineQueue: true, enableAutoPipelining: false }));
    const storage = new RedisStorage(client, subscriber, opts);
    const timeout = opts.connectTimeoutMs ?? 10_000;
    try {
      await withTimeout(Promise.all([client.connect(), subscriber.connect()]), timeout, `no answer within ${timeout} ms`);
    } catch (err) {
      client.disconnect();
      subscriber.disconnect();
      const why = err instanceof Error ? err.message : String(err);
      throw new Error(`Redis not reachable at start-up (${redact(opts.url)}): ${why}`, { cause: err });
    }
    return storage;
  }

  get available(): boolean {
    return this.up && this.client.status === 'ready';
  }

  onAvailability(listener: (available: boolean, reason?: string) => void): void {
    this.availabilityListeners.push(listener);
  }

  newUnit(conversationId: string, lease?: Lease): TurnUnit {
    const guard: RedisOp[] = lease && lease.token !== '' ? [['fence', keys.lock(conversationId), lease.token]] : [];
    return new TurnUnit(conversationId, this.committer, guard);
  }

  /**
   * Most data expires by itself (key expiry, in Redis's own time). The job prunes the callback index, deletes closed
   * callbacks by the service's clock (as on SQLite) and trims old audit lines.
   */
  async purge(now: number, policy: RetentionPolicy): Promise<number> {
    await this.callbacks.purgeClosed(now);
    await this.audit.purgeBefore(now - policy.auditDays * DAY_MS);
    return 0;
  }

  async health(): Promise<StorageHealth> {
    if (this.client.status !== 'ready') return { backend: 'redis', ok: false, detail: `connection ${this.client.status}` };
    const started = performance.now();
    try {
      await withTimeout(this.client.ping(), 2000, 'PING timed out');
    } catch (err) {
      return { backend: 'redis', ok: false, detail: err instanceof Error ? err.message : String(err) };
    }
    return { backend: 'redis', ok: true, latencyMs: Math.round((performance.now() - started) * 1000) / 1000 };
  }

  async close(): Promise<void> {
    this.closing = true;
    if (this.compactTimer) clearTimeout(this.compactTimer);
    await this.committer.flush();
    await Promise.allSettled([this.client.quit(), this.subscriber.quit()]);
    // QUIT fails at once while Redis is down (no offline queue), and ioredis would go on reconnecting forever,
    // keeping the process alive after shutdown: end both connections for good.
    this.client.disconnect();
    this.subscriber.disconnect();
  }

  /**
   * After an erasure the deleted values are still in the AOF, as the commands that wrote them: rewrite it (Redis
   * writes a new one from memory and deletes the old files), at most once a second.
   */
  private compactSoon(): void {
    if (this.compactTimer) return;
    this.compactTimer = setTimeout(() => {
      this.compactTimer = undefined;
      this.client.bgrewriteaof().catch((err: unknown) => {
        // One already running started before the erasure: ask again once it is done.
        if (err instanceof Error && /in progress/i.test(err.message)) setTimeout(() => this.compactSoon(), 1000).unref();
      });
    }, 1000);
    this.compactTimer.unref();
  }

  private setAvailable(available: boolean, reason?: string): void {
    if (this.closing || available === this.up) return;
    this.up = available;
    for (const l of this.availabilityListeners) l(available, reason);
  }
}

function withTimeout<T>(p: Promise<T>, ms: number, message: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(message)), ms);
    p.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (err: unknown) => {
        clearTimeout(timer);
        reject(err instanceof Error ? err : new Error(String(err)));
      },
    );
  });
}

/** A Redis URL without its password, for messages. */
export function redact(url: string): string {
  return url.replace(/\/\/([^@/]*)@/, '//***@');
}
