import { readFileSync, rmSync } from 'node:fs';
import type { ChildProcess } from 'node:child_process';
import { Redis } from 'ioredis';
import { tempDir } from '../tests/channel/helpers.js';
import { exited, spawnServerProcess } from '../tests/support/instances.js';
import { freePort, startRedisServer, type RedisServer } from '../tests/support/redis-server.js';
import { runClientProcess } from './channel-setup.js';
import type { LoadResult } from './load-client.js';

/**
 * The scale-out phases of `npm run bench` (with REDIS_URL, or BENCH_REDIS=1 and redis-server installed): the
 * two-step waterfall over Direct Line, each server as its own process (like `npm start`, but the source run with tsx:
 * tests/channel/fixtures/server-entry.ts, the channel tests' bot without knowledge or widget, not the compiled
 * bundle; once loaded the code that runs a turn is the same), the load client in another: SQLite with one instance, then Redis with one and with two instances, where every conversation posts on
 * each instance in turn (state, lock and fan-out cross instances at every turn). CPU is read from /proc per process.
 */
export interface ScaleOutRow {
  name: string;
  instances: number;
  result: LoadResult;
  /** CPU per measured turn (µs) of the server processes together, and of redis-server when the bench started it. */
  serverCpuPerTurnUs: number;
  redisCpuPerTurnUs: number | undefined;
}

export interface ScaleOutOptions {
  /** A scratch Redis to use (REDIS_URL); otherwise the bench starts its own redis-server (AOF, fsync always). */
  redisUrl: string | undefined;
  users: number;
  warmupSeconds: number;
  seconds: number;
}

/** CPU time (µs) used so far by a process, from /proc (clock ticks of 10 ms). */
function cpuUs(pid: number | undefined): number {
  if (pid === undefined) return NaN;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10_000;
  } catch {
    return NaN;
  }
}

async function phase(
  name: string,
  instances: number,
  env: Record<string, string>,
  opts: ScaleOutOptions,
  redisPid: number | undefined,
): Promise<ScaleOutRow> {
  const dataDir = tempDir('bench-scale-');
  const children: ChildProcess[] = [];
  const urls: string[] = [];
  try {
    for (let i = 0; i < instances; i++) {
      const port = await freePort();
      const server = await spawnServerProcess(
        port,
        { ...env, DATA_DIR: dataDir, LOG_LEVEL: 'silent', RATE_LIMIT_PER_TOKEN: '1000000', RATE_LIMIT_PER_IP: '100000000', KNOWLEDGE_WATCH: 'false' },
        ['--max-semi-space-size=32'],
      );
      children.push(server.process);
      urls.push(`http://127.0.0.1:${port}`);
    }
    const serverCpu = () => children.reduce((sum, c) => sum + cpuUs(c.pid), 0);
    const serverBefore = serverCpu();
    const redisBefore = cpuUs(redisPid);
    const result = await runClientProcess({ mode: 'directline', url: urls.join(','), users: opts.users, warmupSeconds: opts.warmupSeconds, seconds: opts.seconds });
    // The whole run's CPU (warm-up included) over the measured turns, scaled to the measured window.
    const share = opts.seconds / (opts.seconds + opts.warmupSeconds + 1);
    const turns = Math.max(1, result.turns);
    return {
      name,
      instances,
      result,
      serverCpuPerTurnUs: ((serverCpu() - serverBefore) * share) / turns,
      redisCpuPerTurnUs: redisPid === undefined ? undefined : ((cpuUs(redisPid) - redisBefore) * share) / turns,
    };
  } finally {
    for (const c of children) {
      c.kill('SIGTERM');
      await exited(c);
    }
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function benchScaleOut(opts: ScaleOutOptions, progress: (line: string) => void): Promise<ScaleOutRow[]> {
  let own: RedisServer | undefined;
  let url = opts.redisUrl;
  if (!url) {
    own = await startRedisServer();
    url = own.url;
  }
  const flush = async (): Promise<void> => {
    if (!own) return; // a Redis the bench did not start is not emptied
    const client = new Redis(url as string, { lazyConnect: true });
    await client.connect();
    await client.flushall();
    client.disconnect();
  };
  try {
    const rows: ScaleOutRow[] = [];
    progress('… scale-out: SQLite, 1 instance');
    rows.push(await phase('SQLite, 1 instance', 1, {}, opts, undefined));
    await flush();
    progress('… scale-out: Redis, 1 instance');
    rows.push(await phase('Redis, 1 instance', 1, { REDIS_URL: url }, opts, own?.process.pid));
    await flush();
    progress('… scale-out: Redis, 2 instances (posts alternate)');
    rows.push(await phase('Redis, 2 instances', 2, { REDIS_URL: url }, opts, own?.process.pid));
    return rows;
  } finally {
    await own?.stop();
  }
}
