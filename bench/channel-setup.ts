import { spawn } from 'node:child_process';
import { loadConfig, type Config } from '../src/config.js';
import type { BotFactory } from '../src/bot/types.js';
import type { LoadResult } from './load-client.js';
import type { OpenLoopOptions, OpenLoopResult } from './open-loop.js';

/**
 * What the bench and the profiling script share: the server's configuration for a Direct Line phase (limits out of
 * the way, the commit mode as the environment says) and the load client run as its own process.
 */
export function channelBenchConfig(dataDir: string): Config {
  return loadConfig({
    LOG_LEVEL: 'silent',
    DATA_DIR: dataDir,
    KNOWLEDGE_WATCH: 'false',
    RATE_LIMIT_PER_TOKEN: '1000000',
    RATE_LIMIT_PER_IP: '100000000',
    // Load shedding off (as the rate limits): the open loop drives the server past saturation on purpose, and what
    // is measured there is the latency of the queue, not when the server starts answering 503.
    MAX_EVENT_LOOP_DELAY_MS: '0',
    SQLITE_COMMIT_WORKER: process.env['SQLITE_COMMIT_WORKER'],
  });
}

export interface ClientRun {
  mode: 'echo' | 'directline';
  url: string;
  users: number;
  warmupSeconds: number;
  seconds: number;
}

/** Runs bench/load-client.ts in its own process (its own core) and returns what it measured. */
export function runClientProcess({ mode, url, users, warmupSeconds, seconds }: ClientRun): Promise<LoadResult> {
  return runScript<LoadResult>(['bench/load-client.ts', mode, url, String(users), String(warmupSeconds), String(seconds)]);
}

/** Runs the open-loop capacity search (bench/open-loop.ts) in its own process. */
export function runOpenLoopProcess(mode: OpenLoopOptions['mode'], url: string, options: Partial<OpenLoopOptions> = {}): Promise<OpenLoopResult> {
  return runScript<OpenLoopResult>(['bench/open-loop.ts', mode, url, JSON.stringify(options)]);
}

/** A bench script in its own node process; its last line of output is its result, as JSON. */
function runScript<T>(script: string[]): Promise<T> {
  return new Promise((resolve, reject) => {
    const args = ['--import', 'tsx', ...script];
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`${script[0]} exited with ${code}`));
      resolve(JSON.parse(out.trim().split('\n').pop() as string) as T);
    });
  });
}

/** The group commit's counters (SQLite); the Redis committer counts units only. */
export function commitStats(committer: unknown): { batches?: number; units?: number; busyMs?: number } {
  return (committer as { stats?: { batches?: number; units?: number; busyMs?: number } }).stats ?? {};
}

/** A bench bot that counts the messages it handles: CPU per turn is the main thread's time over that count. */
export function countingBot(inner: BotFactory): { bot: BotFactory; turns: () => number } {
  let turns = 0;
  const bot: BotFactory = async (services) => {
    const logic = await inner(services);
    return async (context) => {
      if (context.activity.type === 'message') turns++;
      await logic(context);
    };
  };
  return { bot, turns: () => turns };
}
