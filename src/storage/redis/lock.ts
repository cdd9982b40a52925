import { randomBytes } from 'node:crypto';
import { AppError } from '../../errors.js';
import { KeyedLock } from '../keyed-lock.js';
import type { ConversationLock, Lease } from '../types.js';
import { call, LuaScript, type Redis } from './client.js';
import { keys } from './keys.js';

const RELEASE = new LuaScript(
  'release',
  `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`,
);

const RENEW = new LuaScript(
  'renew',
  `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0`,
);

export interface RedisLockOptions {
  /** How long the lock outlives an instance that died holding it (ms); renewed every third of it while held. */
  ttlMs: number;
  /** Longest wait for a lock held elsewhere before giving up with 503 (ms). */
  maxWaitMs?: number;
}

/**
 * The per-conversation lock across instances. In this process, turns of one conversation queue on a promise chain
 * (in order); the head of the chain then takes the Redis lock: `SET an:l:<id> <token> NX PX ttl`, with a token
 * unique to this acquisition, renewed while the turn runs and deleted (if still ours) after it. The token also fences
 * the turn's commits: the commit script checks the lock still holds it, so a turn that lost its lock (its instance
 * stalled past the ttl and another took over) cannot write over the newer one; it fails with a conflict instead.
 *
 * An instance killed while holding a lock delays that conversation by at most the ttl.
 */
export class RedisConversationLock implements ConversationLock {
  private readonly local = new KeyedLock();
  private readonly prefix = randomBytes(6).toString('base64url');
  private counter = 0;
  private readonly ttlMs: number;
  private readonly maxWaitMs: number;
  readonly stats = { acquired: 0, waited: 0 };

  constructor(
    private readonly client: Redis,
    opts: RedisLockOptions,
  ) {
    this.ttlMs = opts.ttlMs;
    this.maxWaitMs = opts.maxWaitMs ?? Math.max(30_000, opts.ttlMs * 3);
  }

  run<T>(conversationId: string, fn: (lease: Lease) => Promise<T>): Promise<T> {
    return this.local.run(conversationId, async () => {
      const key = keys.lock(conversationId);
      const token = `${this.prefix}.${(++this.counter).toString(36)}`;
      await this.acquire(key, token);
      const renew = setInterval(() => {
        RENEW.run(this.client, [key], [token, this.ttlMs]).catch(() => undefined);
      }, Math.max(100, Math.floor(this.ttlMs / 3)));
      renew.unref();
      try {
        return await fn({ conversationId, token });
      } finally {
        clearInterval(renew);
        // If Redis is unreachable now, the lock expires by itself after the ttl.
        await RELEASE.run(this.client, [key], [token]).catch(() => undefined);
      }
    });
  }

  get busy(): number {
    return this.local.busy;
  }

  drain(): Promise<void> {
    return this.local.drain();
  }

  private async acquire(key: string, token: string): Promise<void> {
    const deadline = Date.now() + this.maxWaitMs;
    let pause = 2;
    for (;;) {
      const got = await call(() => this.client.set(key, token, 'PX', this.ttlMs, 'NX'));
      if (got === 'OK') {
        this.stats.acquired++;
        return;
      }
      // Another instance runs a turn of this conversation: wait for it (a turn takes milliseconds).
      this.stats.waited++;
      if (Date.now() > deadline) throw new AppError('DL_OVERLOADED', 'conversation busy on another instance');
      await new Promise((r) => setTimeout(r, pause));
      pause = Math.min(pause * 2, 50);
    }
  }
}
