import { createRequire } from 'node:module';
import type { FastifyRateLimitOptions, FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { Redis } from './client.js';

type IncrCallback = (error: Error | null, result?: { current: number; ttl: number }) => void;
interface LibraryStore {
  incr(key: string, callback: IncrCallback, timeWindow: number, max: number): void;
}
type LibraryStoreCtor = new (continueExceeding: boolean, exponentialBackoff: boolean, redis: Redis, key: string) => LibraryStore;

// @fastify/rate-limit's own Redis store (its Lua counter), which the package does not type.
const LibraryRedisStore = createRequire(import.meta.url)('@fastify/rate-limit/store/RedisStore.js') as LibraryStoreCtor;

/**
 * @fastify/rate-limit's Redis store under one fixed key prefix. The library's child() puts the route's method and
 * url after the prefix, which a limiter made by createRateLimit does not have (its keys came out as
 * `an:rl:undefinedundefined-msg:…`); our limiters name themselves in their keys (`ip:`, `msg:`, `read:`), so the
 * prefix is all they need.
 */
export function redisRateLimitStore(client: Redis, prefix: string): FastifyRateLimitStoreCtor {
  class PrefixedRedisStore implements FastifyRateLimitStore {
    private readonly store: LibraryStore;

    constructor(options: FastifyRateLimitOptions) {
      // The plugin's parameters as it passes them (global, then merged per limiter), typed loosely by the package.
      const params = options as { continueExceeding?: boolean; exponentialBackoff?: boolean };
      this.store = new LibraryRedisStore(params.continueExceeding ?? false, params.exponentialBackoff ?? false, client, prefix);
    }

    incr(key: string, callback: IncrCallback, timeWindow?: number, max?: number): void {
      this.store.incr(key, callback, timeWindow as number, max as number);
    }

    child(routeOptions: object): FastifyRateLimitStore {
      return new PrefixedRedisStore(routeOptions as FastifyRateLimitOptions);
    }
  }
  return PrefixedRedisStore;
}
