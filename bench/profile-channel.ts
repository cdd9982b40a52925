import { rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { Session } from 'node:inspector';
import { buildApp } from '../src/app.js';
import { createDefaultBot } from '../src/bot/default-bot.js';
import type { BotFactory } from '../src/bot/types.js';
import { createTestBot } from '../tests/channel/fixtures/test-bot.js';
import { tempDir } from '../tests/channel/helpers.js';
import { channelBenchConfig, commitStats, countingBot, runClientProcess, runOpenLoopProcess } from './channel-setup.js';
import { mainThreadCpuUs } from './thread-cpu.js';
import { watchServer } from './server-watch.js';

/**
 * The Direct Line phase of the bench alone, for profiling the server: run it as
 * `node --cpu-prof --cpu-prof-dir=<dir> --import tsx bench/profile-channel.ts`; the load client runs in its
 * own process (not profiled). Options (env): BENCH_USERS (200), BENCH_SECONDS (10), BENCH_WARMUP (2), BENCH_BOT=echo.
 * BENCH_RATE=<turns/s>: instead of the closed loop, turns arrive as a Poisson process at that fixed rate (open-loop.ts,
 * one step, BENCH_USERS conversations). On a shared machine this compares two versions better than the closed loop:
 * a saturated server's CPU per turn depends on how many turns each wake-up finds (the share of the cores it gets),
 * while at a fixed rate both versions find the same work per second.
 */
const users = Number(process.env['BENCH_USERS'] ?? 200);
const seconds = Number(process.env['BENCH_SECONDS'] ?? 10);
const warmup = Number(process.env['BENCH_WARMUP'] ?? 2);

const dataDir = tempDir('bench-prof-');
const config = channelBenchConfig(dataDir);
// BENCH_BOT=echo: the stateless placeholder bot, to profile the channel without the dialogs.
const inner: BotFactory = process.env['BENCH_BOT'] === 'echo' ? createDefaultBot : createTestBot;
// Messages the bot saw, as bench.ts counts them: the CPU per turn is the main thread's over the whole run (warm-up
// included) divided by them.
const { bot, turns: turnsSeen } = countingBot(inner);
const app = await buildApp({ config, logger: false, bot, without: ['knowledge', 'web'] });
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
const port = typeof address === 'object' && address ? address.port : 0;
// BENCH_ALLOC=<file>: sample allocations (collected objects included) during the steady part of the load, for finding
// GC pressure; summarise the file with bench/alloc-summary.ts.
const allocFile = process.env['BENCH_ALLOC'];
const allocLive = process.env['BENCH_ALLOC_LIVE'] === '1';
const session = allocFile ? new Session() : undefined;
const post = (method: string, params?: object): Promise<unknown> =>
  new Promise((resolve, reject) => session?.post(method, params, (err, res) => (err ? reject(err) : resolve(res))));
// Sampling starts with the steady part of the run (below), so that the bytes per turn are not the set-up's.
let allocFromTurn: number | undefined;
const startSampling = (): void => {
  if (!session || allocFromTurn !== undefined) return;
  allocFromTurn = turnsSeen();
  void post('HeapProfiler.startSampling', {
    samplingInterval: 16384,
    // BENCH_ALLOC_LIVE=1: only what is still alive when sampling stops, i.e. what the turns left behind (caches, mirrors
    // that grow per turn): the survivors that make scavenges long and fill the old generation.
    includeObjectsCollectedByMajorGC: !allocLive,
    includeObjectsCollectedByMinorGC: !allocLive,
  });
};
session?.connect();
const cpuBefore = process.cpuUsage();
const mainBefore = mainThreadCpuUs();
// The steady part of the run: from the moment every conversation has had two turns (their set-up and the client's
// start are behind) to the end, so that the CPU per turn is not the set-up's.
let steady: { cpu: number; turns: number } | undefined;
const steadyWatch = setInterval(() => {
  if (steady === undefined && turnsSeen() >= 2 * users) {
    steady = { cpu: mainThreadCpuUs(), turns: turnsSeen() };
    startSampling();
  }
}, 20);
const rate = process.env['BENCH_RATE'] ? Number(process.env['BENCH_RATE']) : undefined;
const serverWatch = watchServer();
const result =
  rate === undefined
    ? await runClientProcess({ mode: 'directline', url: `http://127.0.0.1:${port}`, users, warmupSeconds: warmup, seconds })
    : await runOpenLoopProcess('directline', `http://127.0.0.1:${port}`, {
        startRate: rate,
        maxRate: rate,
        refineSteps: 0,
        // One step at the rate asked: a failed step is not run again (capacity-search.ts), nothing is searched here.
        confirmFailures: false,
        // Its own warm-up (BENCH_WARMUP) is the priming here.
        primeSeconds: 0,
        sloMs: 1_000_000,
        conversations: users,
        warmupSeconds: warmup,
        stepSeconds: seconds,
      });
clearInterval(steadyWatch);
// At a fixed rate: the server's side of the measured window (main thread busy, stalls, GC pauses).
const serverSide = 'capacity' in result ? result.steps.map((st) => ({ rate: st.rate, ...serverWatch.during(...st.windowEpochMs) })) : [];
serverWatch.stop();
const cpu = process.cpuUsage(cpuBefore);
const mainCpu = mainThreadCpuUs() - mainBefore;
const steadyUs = steady ? Math.round((mainThreadCpuUs() - steady.cpu) / Math.max(1, turnsSeen() - steady.turns)) : NaN;
if (session && allocFile && allocFromTurn !== undefined) {
  const { profile } = (await post('HeapProfiler.stopSampling')) as { profile: unknown };
  writeFileSync(allocFile, JSON.stringify(profile));
  session.disconnect();
  // For bench/alloc-summary.ts --turns.
  process.stdout.write(`allocations sampled over ${turnsSeen() - (allocFromTurn ?? 0)} turns\n`);
}
const { batches = 0, units = 0, busyMs = 0 } = commitStats(app.storage.committer);
await app.close();
rmSync(dataDir, { recursive: true, force: true });
if (serverSide.length > 0) process.stdout.write(`server side: ${JSON.stringify(serverSide)}\n`);
process.stdout.write(`${JSON.stringify(result)}\nserver CPU ${(cpu.user + cpu.system) / 1000} ms; ${units} units in ${batches} commits, ${(busyMs / Math.max(1, batches)).toFixed(2)} ms each; main thread ${mainCpu / 1000} ms, ${turnsSeen()} turns, ${Math.round(mainCpu / Math.max(1, turnsSeen()))} µs/turn (steady ${steadyUs} µs/turn), load ${loadavg()[0]}\n`);
