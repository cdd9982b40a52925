import { createHash } from 'node:crypto';
import { Redis, type RedisOptions } from 'ioredis';
import { AppError } from '../../errors.js';

/**
 * How every connection of the Redis back end behaves:
 * - commands are auto-pipelined (turns of many conversations share writes to the socket);
 * - no offline queue and no resending of unanswered commands after a reconnect: while Redis is unreachable a
 *   command fails at once (the request gets 503, the client retries with its activity id), and a commit whose reply
 *   was lost is never replayed behind our back;
 * - reconnection forever, backing off to 2 s: the service recovers by itself when Redis returns.
 */
export function connectionOptions(extra: RedisOptions = {}): RedisOptions {
  return {
    lazyConnect: true,
    enableAutoPipelining: true,
    enableOfflineQueue: false,
    autoResendUnfulfilledCommands: false,
    maxRetriesPerRequest: 0,
    connectTimeout: 5000,
    retryStrategy: (times) => Math.min(50 * 2 ** Math.min(times, 6), 2000),
    ...extra,
  };
}

/** Redis's own error replies (ReplyError), as opposed to a connection that failed. */
function isReplyError(err: unknown): err is Error {
  return err instanceof Error && err.name === 'ReplyError';
}

/**
 * What a failed Redis call means to the service: a script's CONFLICT or FENCED reply is a state conflict (409, the
 * client retries), other replies are bugs (500), anything else (connection refused, closed, not writeable) is
 * STORAGE_UNAVAILABLE (503 with Retry-After).
 */
export function storageError(err: unknown): Error {
  if (err instanceof AppError) return err;
  if (isReplyError(err)) {
    if (/^(CONFLICT|FENCED)\b/.test(err.message)) return new AppError('BOT_STATE_CONFLICT', err.message.split(' ')[0]);
    return err;
  }
  return new AppError('STORAGE_UNAVAILABLE', undefined, { cause: err });
}

/** Runs a Redis call, turning its failure into what the service understands (see storageError). */
export async function call<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    throw storageError(err);
  }
}

/**
 * A Lua script run by its SHA-1 (EVALSHA), loaded again with EVAL when Redis does not know it (after a restart).
 * Scripts run atomically: nothing else runs on Redis between their first and last command.
 */
export class LuaScript {
  private readonly sha: string;

  constructor(
    readonly name: string,
    private readonly lua: string,
  ) {
    this.sha = createHash('sha1').update(lua).digest('hex');
  }

  async run(client: Redis, keys: readonly string[], args: readonly (string | number)[]): Promise<unknown> {
    try {
      return await client.evalsha(this.sha, keys.length, ...keys, ...args);
    } catch (err) {
      if (isReplyError(err) && err.message.startsWith('NOSCRIPT')) return client.eval(this.lua, keys.length, ...keys, ...args);
      throw err;
    }
  }
}

export type { Redis };
