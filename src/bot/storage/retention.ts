import type { HistoryStore } from './history.js';
import type { Database } from './database.js';

const DAY_MS = 86_400_000;

export interface RetentionOptions {
  transcriptDays: number;
  /** Extra purges (expired tokens, closed callbacks) run by the same job. */
  extra?: ((now: number) => void)[];
  now?: () => number;
}

/**
 * Retention: conversations (history and state) untouched for `transcriptDays` are deleted, and so is bot state
 * (user state included) not written for as long. Returns the number of conversations purged.
 */
export function purgeExpired(db: Database, history: HistoryStore, opts: RetentionOptions): number {
  const now = (opts.now ?? Date.now)();
  const cutoff = now - opts.transcriptDays * DAY_MS;
  const purged = history.purgeOlderThan(cutoff);
  history.purgeStateOlderThan(cutoff);
  for (const fn of opts.extra ?? []) fn(now);
  return purged;
}

/** Runs `purgeExpired` now and then every `intervalMs` (default hourly); returns a stop function. */
export function startRetentionJob(
  db: Database,
  history: HistoryStore,
  opts: RetentionOptions & { intervalMs?: number; onError?: (err: unknown) => void },
): () => void {
  const run = (): void => {
    try {
      purgeExpired(db, history, opts);
    } catch (err) {
      opts.onError?.(err);
    }
  };
  run();
  const timer = setInterval(run, opts.intervalMs ?? 3_600_000);
  timer.unref();
  return () => clearInterval(timer);
}
