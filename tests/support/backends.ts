import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { openStorage } from '../../src/storage/open.js';
import type { Storage } from '../../src/storage/types.js';
import { redisUnavailableReason, startRedisServer, type RedisServer } from './redis-server.js';

export type BackendName = 'sqlite' | 'redis';

export interface Backend {
  readonly name: BackendName;
  /** Environment for loadConfig: empty for SQLite, REDIS_URL for Redis. */
  env(): Record<string, string>;
  /** Empties the shared store (Redis) so that a test starts clean; SQLite tests use a fresh folder instead. */
  reset(): Promise<void>;
  /** Forgets the rate-limit counters (Redis shares them between the servers of a test file; SQLite's die with each). */
  resetRateLimits(): Promise<void>;
  /** The running redis-server (Redis only). */
  readonly redis: RedisServer | undefined;
}

export interface OpenedStorage {
  storage: Storage;
  /** Closes it (and removes the SQLite folder). */
  close(): Promise<void>;
}

/**
 * A storage back end of its own for a test, as the app would open it: SQLite in a fresh folder (group commits
 * inline), or the suite's Redis, emptied first. `env` adds configuration (TRANSCRIPT_DAYS…).
 */
export async function openTestStorage(backend: Backend, env: Record<string, string> = {}, now?: () => number): Promise<OpenedStorage> {
  const dir = mkdtempSync(join(tmpdir(), `storage-${backend.name}-`));
  await backend.reset();
  const config = loadConfig({ DATA_DIR: dir, SQLITE_COMMIT_WORKER: 'false', LOG_LEVEL: 'silent', ...backend.env(), ...env });
  const storage = await openStorage(config, now ? { now } : {});
  return {
    storage,
    close: async () => {
      await storage.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const skipReason = redisUnavailableReason();
if (skipReason && process.env['CI'] === 'true') {
  throw new Error('CI=true and redis-server is not installed: the Redis back-end tests must run in CI (.ci/run installs it with apt-get install -y redis-server).');
}

/** Names of the back ends a parametrised suite runs on here (Redis only when redis-server is installed). */
export const BACKEND_NAMES: readonly BackendName[] = skipReason ? ['sqlite'] : ['sqlite', 'redis'];

/** Says, on the test output, which Redis suite is skipped and why (one line per suite, not a silent skip). */
function skipRedisSuite(title: string, reason: string, suite: () => void): void {
  process.stderr.write(`[tests] skipped: "${title} [redis]" (${reason})\n`);
  describe.skip(`${title} [redis] (skipped: ${reason})`, suite);
}

/**
 * Runs `suite` once per back end: SQLite always, Redis on a redis-server of its own (started before, stopped after).
 * Without redis-server the Redis run is reported as skipped, with why; with CI=true it is an error instead.
 */
export function describeEachBackend(title: string, suite: (backend: Backend) => void): void {
  for (const name of ['sqlite', 'redis'] as const) {
    if (name === 'redis' && skipReason) {
      skipRedisSuite(title, skipReason, () => suite(placeholder('redis')));
      continue;
    }
    describe(`${title} [${name}]`, () => {
      const backend = name === 'sqlite' ? sqliteBackend() : redisBackend();
      suite(backend);
    });
  }
}

/** A suite that only makes sense on Redis (several instances, Redis's own failures); skipped with a reason without it. */
export function describeRedis(title: string, suite: (backend: Backend) => void): void {
  if (skipReason) {
    skipRedisSuite(title, skipReason, () => suite(placeholder('redis')));
    return;
  }
  describe(`${title} [redis]`, () => suite(redisBackend()));
}

function placeholder(name: BackendName): Backend {
  return { name, env: () => ({}), reset: async () => {}, resetRateLimits: async () => {}, redis: undefined };
}

function sqliteBackend(): Backend {
  return placeholder('sqlite');
}

async function withClient(url: string, fn: (client: Redis) => Promise<unknown>): Promise<void> {
  const client = new Redis(url, { lazyConnect: true });
  await client.connect();
  try {
    await fn(client);
  } finally {
    client.disconnect();
  }
}

function redisBackend(): Backend {
  let server: RedisServer | undefined;
  beforeAll(async () => {
    server = await startRedisServer();
  }, 30_000);
  afterAll(async () => {
    await server?.stop();
  });
  return {
    name: 'redis',
    env: () => {
      if (!server) throw new Error('redis-server not started yet (use env() inside a test or a hook)');
      return { REDIS_URL: server.url };
    },
    async reset() {
      if (server) await withClient(server.url, (client) => client.flushall());
    },
    async resetRateLimits() {
      if (!server) return;
      await withClient(server.url, async (client) => {
        const found = await client.keys('an:rl:*');
        if (found.length > 0) await client.del(...found);
      });
    },
    get redis() {
      return server;
    },
  };
}
