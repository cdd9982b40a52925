import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../config.js';
import { AppError } from '../errors.js';
import { openStorage } from './open.js';
import type { RetentionPolicy, Storage } from './types.js';

export interface StoragePluginOptions {
  config: Config;
  /** Overrides config.DATA_DIR (tests). */
  dataDir?: string | undefined;
  /** Retention job period (default hourly). */
  retentionIntervalMs?: number;
}

export interface Retention {
  readonly policy: RetentionPolicy;
  /** Purges now what retention allows; returns the number of conversations purged. */
  purgeNow(now?: number): Promise<number>;
}

declare module 'fastify' {
  interface FastifyInstance {
    storage: Storage;
    retention: Retention;
  }
}

/** The audit log is kept a year: long enough to answer "who looked at my data?". */
const AUDIT_RETENTION_DAYS = 365;
/** Failed logins are kept a day; the lock-out only counts those of its own window (15 min). */
const LOGIN_FAILURE_KEEP_MS = 86_400_000;

async function storageImpl(app: FastifyInstance, opts: StoragePluginOptions): Promise<void> {
  const { config } = opts;
  const storage = await openStorage(config, { dataDir: opts.dataDir });
  const policy: RetentionPolicy = {
    transcriptDays: config.TRANSCRIPT_DAYS,
    callbackDays: config.CALLBACK_RETENTION_DAYS,
    auditDays: AUDIT_RETENTION_DAYS,
    loginWindowMs: LOGIN_FAILURE_KEEP_MS,
  };
  const purgeNow = (now = Date.now()): Promise<number> => storage.purge(now, policy);

  // One clear line per change of reachability, never a stack trace; requests get 503 meanwhile (below).
  storage.onAvailability((available, reason) => {
    if (available) app.log.warn({ backend: storage.backend }, 'storage reachable again');
    else app.log.error({ backend: storage.backend, reason }, 'storage unreachable: answering 503 until it is back');
  });
  app.addHook('onRequest', (request, _reply, done) => {
    if (storage.available || request.url === '/healthz') return done();
    done(new AppError('STORAGE_UNAVAILABLE'));
  });

  const run = (): void => {
    if (!storage.available) return;
    purgeNow().catch((err: unknown) => app.log.error({ err: err instanceof AppError ? err.message : err }, 'retention purge failed'));
  };
  run();
  const timer = setInterval(run, opts.retentionIntervalMs ?? 3_600_000);
  timer.unref();

  app.decorate('storage', storage);
  app.decorate('retention', { policy, purgeNow } satisfies Retention);
  app.addHook('onClose', async () => {
    clearInterval(timer);
    await storage.close();
  });
}

/**
 * Opens the storage back end (SQLite, or Redis when REDIS_URL is set), runs the retention job, answers 503 while
 * the back end is unreachable, and closes it last at shutdown (registered first, its onClose runs last).
 */
export const storagePlugin = fp(storageImpl, { name: 'storage', fastify: '5.x' });
