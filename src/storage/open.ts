import type { Config } from '../config.js';
import { SqliteStorage } from './sqlite/backend.js';
import type { Storage } from './types.js';

export interface OpenStorageOptions {
  /** Overrides config.DATA_DIR (tests). */
  dataDir?: string | undefined;
  now?: () => number;
}

/** The back end the configuration asks for: Redis when REDIS_URL is set, SQLite under DATA_DIR otherwise. */
export async function openStorage(config: Config, opts: OpenStorageOptions = {}): Promise<Storage> {
  if (config.REDIS_URL) {
    const { RedisStorage } = await import('./redis/backend.js');
    return RedisStorage.connect({
      url: config.REDIS_URL,
      lockTtlMs: config.REDIS_LOCK_TTL_MS,
      transcriptDays: config.TRANSCRIPT_DAYS,
      callbackDays: config.CALLBACK_RETENTION_DAYS,
      ...(opts.now ? { now: opts.now } : {}),
    });
  }
  return new SqliteStorage({
    dataDir: opts.dataDir ?? config.DATA_DIR,
    commitWorker: config.SQLITE_COMMIT_WORKER,
    ...(opts.now ? { now: opts.now } : {}),
  });
}
