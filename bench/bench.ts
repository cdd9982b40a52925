import { readFileSync, rmSync } from 'node:fs';
import { cpus } from 'node:os';
import { WebSocketServer } from 'ws';
import { buildApp } from '../src/app.js';
import { createDefaultBot } from '../src/bot/default-bot.js';
import type { BotFactory } from '../src/bot/types.js';
import { createTestBot } from '../tests/channel/fixtures/test-bot.js';
import { tempDir } from '../tests/channel/helpers.js';
import { channelBenchConfig, commitStats, countingBot, runClientProcess, runOpenLoopProcess } from './channel-setup.js';
import { runLoad, type LoadResult } from './load-client.js';
import type { OpenLoopOptions, OpenLoopResult, OpenLoopStep } from './open-loop.js';
import { watchServer, type ServerWindow } from './server-watch.js';
import { benchOrientationTurns, type OrientationBenchResult } from './orientation-turns.js';
import { startProtocolFloor } from './protocol-floor.js';
import { benchScaleOut, type ScaleOutRow } from './scale-out.js';
import { mainThreadCpuUs } from './thread-cpu.js';

/**
 * npm run bench, in one run:
 * 1. a raw WebSocket echo server, the Direct Line floor (the protocol's shape on bare node:http + ws, doing nothing
 *    else: protocol-floor.ts) and our Direct Line stack (the real app from buildApp, SQLite state under a temp
 *    DATA_DIR) with a stateless bot and with a two-step waterfall in ConversationState, 200 concurrent conversations over loopback, driven by the same load
 *    generator; turns/s, p50/p99 latency, and the ratio of our throughput to the echo's. Two setups: the load
 *    generator in its own process (reported: on 2 cores it gets its own core instead of stealing the server's), and
 *    in the server's process (for reference).
 * 2. open loop (open-loop.ts): Poisson arrivals at a fixed rate against the same four servers, latency counted from
 *    each turn's scheduled send; the capacity of each is the highest rate whose p99 stays ≤ 50 ms, and ours is
 *    compared with the echo's.
 * 3. in-process turns of the real orientation bot (full knowledge base, SQLite state) through the adapter.
 * Options (env): BENCH_USERS (200), BENCH_SECONDS (10), BENCH_WARMUP (2), BENCH_TURNS (3000),
 * BENCH_SETUPS (process,inprocess), BENCH_ONLY (channel | open | orientation | scale-out), BENCH_STATELESS=false (skip
 * the stateless-bot phases), BENCH_OPEN=false (skip the open loop), BENCH_OPEN_SECONDS (4 measured per rate),
 * BENCH_OPEN_WARMUP (1), BENCH_OPEN_CONVERSATIONS (1000), BENCH_OPEN_SLO_MS (50), BENCH_OPEN_CONFIRM=false (believe a
 * failed open-loop step without running it again), BENCH_OPEN_PRIME (3 s of unmeasured turns after opening the
 * conversations), BENCH_DEBUG=1 (list turns over
 * 1 s), SQLITE_COMMIT_WORKER (as the server's).
 * 4. With REDIS_URL (a scratch Redis) or BENCH_REDIS=1 (the bench starts its own redis-server): the scale-out phases
 *    of scale-out.ts, SQLite with one instance beside Redis with one and two, each server its own process.
 */
const users = Number(process.env['BENCH_USERS'] ?? 200);
const seconds = Number(process.env['BENCH_SECONDS'] ?? 10);
const warmup = Number(process.env['BENCH_WARMUP'] ?? 2);
const orientationTurns = Number(process.env['BENCH_TURNS'] ?? 3000);
const setups = (process.env['BENCH_SETUPS'] ?? 'process,inprocess').split(',') as ('process' | 'inprocess')[];
const only = process.env['BENCH_ONLY'];
const withStateless = process.env['BENCH_STATELESS'] !== 'false';
const redisUrl = process.env['REDIS_URL'] || undefined;
const withScaleOut = only === 'scale-out' || (only === undefined && (redisUrl !== undefined || process.env['BENCH_REDIS'] === '1'));
const withOpenLoop = process.env['BENCH_OPEN'] !== 'false';
const openLoopOptions: Partial<OpenLoopOptions> = {
  stepSeconds: Number(process.env['BENCH_OPEN_SECONDS'] ?? 4),
  warmupSeconds: Number(process.env['BENCH_OPEN_WARMUP'] ?? 1),
  conversations: Number(process.env['BENCH_OPEN_CONVERSATIONS'] ?? 1000),
  sloMs: Number(process.env['BENCH_OPEN_SLO_MS'] ?? 50),
  confirmFailures: process.env['BENCH_OPEN_CONFIRM'] !== 'false',
  primeSeconds: Number(process.env['BENCH_OPEN_PRIME'] ?? 3),
};

type Setup = 'process' | 'inprocess';

interface Measured {
  result: LoadResult;
  /** CPU of this process (server side) per turn, µs: user + system, only meaningful when the client is elsewhere. */
  cpuPerTurnUs: number;
  /** CPU of the main thread alone per turn, µs (Linux; NaN elsewhere): the commit worker runs on another core. */
  mainCpuPerTurnUs: number;
}

async function drive(setup: Setup, mode: 'echo' | 'directline', url: string, turnsSeen: () => number): Promise<Measured> {
  const cpuBefore = process.cpuUsage();
  const mainBefore = mainThreadCpuUs();
  const turnsBefore = turnsSeen();
  const result =
    setup === 'process'
      ? await runClientProcess({ mode, url, users, warmupSeconds: warmup, seconds })
      : await runLoad({ mode, url, users, warmupMs: warmup * 1000, measureMs: seconds * 1000 });
  const cpu = process.cpuUsage(cpuBefore);
  const mainCpu = mainThreadCpuUs() - mainBefore;
  const turns = Math.max(1, turnsSeen() - turnsBefore);
  return { result, cpuPerTurnUs: (cpu.user + cpu.system) / turns, mainCpuPerTurnUs: mainCpu / turns };
}

/** A server under test, started for one phase: where to reach it, how many turns it has seen, how to stop it. */
interface ServerUnderTest {
  mode: 'echo' | 'directline';
  url: string;
  turns: () => number;
  /** Group-commit figures of our stack (undefined for the echo and the floor). */
  commits?: () => { batches?: number; units?: number; busyMs?: number };
  close: () => Promise<void>;
}

async function startEcho(): Promise<ServerUnderTest> {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0, perMessageDeflate: false, maxPayload: 64 * 1024 });
  let frames = 0;
  wss.on('connection', (ws) =>
    ws.on('message', (data, isBinary) => {
      frames++;
      ws.send(data, { binary: isBinary });
    }),
  );
  await new Promise((r) => wss.once('listening', r));
  const address = wss.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    mode: 'echo',
    url: `ws://127.0.0.1:${port}`,
    turns: () => frames,
    close: async () => {
      for (const c of wss.clients) c.terminate();
      await new Promise((r) => wss.close(r));
    },
  };
}

/** The Direct Line shape on bare node:http + ws, doing nothing else (see protocol-floor.ts). */
async function startFloor(): Promise<ServerUnderTest> {
  const floor = await startProtocolFloor();
  return { mode: 'directline', url: floor.url, turns: floor.turns, close: floor.close };
}

/** Which bot the Direct Line phase runs: the two-step waterfall in ConversationState, or the stateless echo. */
type BenchBot = 'waterfall' | 'stateless';

/** Our stack: the real app (buildApp) with SQLite state under a temporary DATA_DIR, with the bench's bot. */
async function startOurs(which: BenchBot): Promise<ServerUnderTest> {
  const dataDir = tempDir('bench-');
  const config = channelBenchConfig(dataDir);
  // The stateless placeholder bot shows what the channel costs without dialogs and state.
  const inner: BotFactory = which === 'stateless' ? createDefaultBot : createTestBot;
  const { bot, turns } = countingBot(inner);
  const app = await buildApp({ config, logger: false, bot, without: ['knowledge', 'web'] });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    mode: 'directline',
    url: `http://127.0.0.1:${port}`,
    turns,
    commits: () => commitStats(app.storage.committer),
    close: async () => {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function closedLoop(setup: Setup, start: () => Promise<ServerUnderTest>): Promise<Measured> {
  const server = await start();
  try {
    return await drive(setup, server.mode, server.url, server.turns);
  } finally {
    await server.close();
  }
}

const echoPhase = (setup: Setup): Promise<Measured> => closedLoop(setup, startEcho);
const floorPhase = (setup: Setup): Promise<Measured> => closedLoop(setup, startFloor);

interface ChannelMeasured extends Measured {
  batches: number;
  units: number;
  busyMs: number;
}

async function directLinePhase(setup: Setup, which: BenchBot): Promise<ChannelMeasured> {
  const server = await startOurs(which);
  try {
    const measured = await drive(setup, server.mode, server.url, server.turns);
    const { batches = 0, units = 0, busyMs = 0 } = server.commits?.() ?? {};
    return { ...measured, batches, units, busyMs };
  } finally {
    await server.close();
  }
}

/** The open-loop capacity search against one server, the load generator in its own process (open-loop.ts). */
async function openLoop(start: () => Promise<ServerUnderTest>): Promise<{ result: OpenLoopResult; server: ServerWindow[] }> {
  const server = await start();
  // The server runs in this process: its pauses, stalls and busy share, per step window of the client.
  const watch = watchServer();
  try {
    const result = await runOpenLoopProcess(server.mode, server.url, openLoopOptions);
    return { result, server: result.steps.map((s) => watch.during(s.windowEpochMs[0], s.windowEpochMs[1])) };
  } finally {
    watch.stop();
    await server.close();
  }
}

const rate = (r: LoadResult) => r.turns / r.seconds;
// A phase that answered no turn has no percentile (NaN, null once through JSON): shown as —.
const ms = (x: number | null) => (typeof x === 'number' && Number.isFinite(x) ? `${x.toFixed(1)} ms` : '—').padStart(9);
const row = (name: string, m: Measured, ratio: string, cpu: boolean) =>
  `${name.padEnd(40)}${rate(m.result).toFixed(0).padStart(8)}${ms(m.result.latenciesMs[0])}${ms(m.result.latenciesMs[2])}${ms(m.result.latenciesMs[3])}${String(m.result.errors).padStart(7)}${ratio.padStart(8)}${(cpu ? `${m.cpuPerTurnUs.toFixed(0)} µs` : '—').padStart(10)}${(cpu ? `${m.mainCpuPerTurnUs.toFixed(0)} µs` : '—').padStart(10)}${`${m.result.clientCpuPerTurnUs.toFixed(0)} µs`.padStart(10)}`;

const out = (line = '') => process.stdout.write(`${line}\n`);
out(`bench: ${users} concurrent conversations, ${warmup} s warm-up + ${seconds} s per phase, ${cpus().length} cores, Node ${process.version}`);

const summary: string[] = [];
let channelPass: boolean | undefined;
if (only === undefined || only === 'channel') {
  summary.push(`${'channel (200 conversations, loopback)'.padEnd(40)}${'turns/s'.padStart(8)}${'p50'.padStart(9)}${'p99'.padStart(9)}${'max'.padStart(9)}${'errors'.padStart(7)}${'ratio'.padStart(8)}${'srv CPU/turn'.padStart(13)}${'main thr'.padStart(10)}${'client'.padStart(10)}`);
  for (const setup of setups) {
    const label = setup === 'process' ? 'client in its own process' : 'client in the server process';
    out(`… ${label}: raw WebSocket echo`);
    const echo = await echoPhase(setup);
    out(`… ${label}: Direct Line floor (bare node:http + ws)`);
    const floor = await floorPhase(setup);
    let stateless: ChannelMeasured | undefined;
    if (withStateless) {
      out(`… ${label}: Direct Line + SQLite, stateless bot`);
      stateless = await directLinePhase(setup, 'stateless');
    }
    out(`… ${label}: Direct Line + SQLite, two-step waterfall`);
    const dl = await directLinePhase(setup, 'waterfall');
    const ratio = rate(dl.result) / rate(echo.result);
    const reported = setup === setups[0];
    const tag = setup === 'process' ? 'own process' : 'same process';
    const cpu = setup === 'process';
    summary.push(row(`[${tag}] raw WS echo`, echo, '1', cpu));
    summary.push(row(`[${tag}] Direct Line floor`, floor, (rate(floor.result) / rate(echo.result)).toFixed(3), cpu));
    if (stateless) summary.push(row(`[${tag}] DL+SQLite, stateless bot`, stateless, (rate(stateless.result) / rate(echo.result)).toFixed(3), cpu));
    summary.push(row(`[${tag}] DL+SQLite, waterfall`, dl, ratio.toFixed(3), cpu));
    summary.push(
      `  group commit: ${dl.units} units in ${dl.batches} transactions (${(dl.units / Math.max(1, dl.batches)).toFixed(1)} per fsync, ${(dl.busyMs / Math.max(1, dl.batches)).toFixed(2)} ms per commit)`,
    );
    if (!reported) continue;
    channelPass = ratio >= 0.2 && dl.result.latenciesMs[2] <= 50;
    summary.push(`  goal (ratio ≥ 0.2, p99 ≤ 50 ms) on this setup: ${channelPass ? 'PASS' : 'FAIL'} (ratio ${ratio.toFixed(3)}, p99 ${dl.result.latenciesMs[2].toFixed(1)} ms)`);
    // What the goal asks of this machine, from this run's own figures.
    const needed = 0.2 * rate(echo.result);
    const littleMs = (users / rate(dl.result)) * 1000;
    summary.push(
      `  the goal needs ≥ ${needed.toFixed(0)} turns/s; the bare protocol reaches ${rate(floor.result).toFixed(0)} (${(rate(floor.result) / needed).toFixed(2)}× the goal) at ${floor.mainCpuPerTurnUs.toFixed(0)} µs of main-thread CPU per turn, against ${dl.mainCpuPerTurnUs.toFixed(0)} µs for ours`,
    );
    summary.push(
      `  with ${users} conversations in a closed loop, mean latency = ${users} / turns/s (${littleMs.toFixed(0)} ms here): p99 ≤ 50 ms needs well over ${(users / 0.05).toFixed(0)} turns/s`,
    );
  }
}

if (withOpenLoop && (only === undefined || only === 'open')) {
  const targets: [string, () => Promise<ServerUnderTest>][] = [
    ['raw WS echo', startEcho],
    ['Direct Line floor', startFloor],
  ];
  if (withStateless) targets.push(['DL+SQLite, stateless bot', () => startOurs('stateless')]);
  targets.push(['DL+SQLite, waterfall', () => startOurs('waterfall')]);
  const slo = openLoopOptions.sloMs ?? 50;
  const results: [string, OpenLoopResult][] = [];
  const watched: ServerWindow[][] = [];
  for (const [name, start] of targets) {
    out(`… open loop: ${name}`);
    const { result, server } = await openLoop(start);
    results.push([name, result]);
    watched.push(server);
  }
  const echoCapacity = results[0]?.[1].capacity ?? 0;
  const at = (r: OpenLoopResult): OpenLoopStep | undefined => r.steps.filter((x) => x.pass && x.rate === r.capacity).pop();
  const msOrInf = (x: number | null) => (x === null || !Number.isFinite(x) ? '∞'.padStart(9) : ms(x));
  summary.push('');
  summary.push(`open loop: Poisson arrivals, latency from the scheduled send; capacity = highest rate with p99 ≤ ${slo} ms`);
  summary.push(`${'server'.padEnd(40)}${'capacity/s'.padStart(11)}${'ratio'.padStart(8)}${'p50'.padStart(9)}${'p99'.padStart(9)}${'client'.padStart(10)}`);
  for (const [name, r] of results) {
    const s = at(r);
    summary.push(
      `${name.padEnd(40)}${String(r.capacity).padStart(11)}${(echoCapacity > 0 ? (r.capacity / echoCapacity).toFixed(3) : '—').padStart(8)}` +
        `${s ? msOrInf(s.latenciesMs[0]) : '—'.padStart(9)}${s ? msOrInf(s.latenciesMs[2]) : '—'.padStart(9)}${s ? `${s.clientCpuPerTurnUs.toFixed(0)} µs`.padStart(10) : ''}`,
    );
  }
  // A step marked ↻ ran the rate again after it failed: the rate fails only when both runs do (capacity-search.ts).
  summary.push(`  steps in order (↻: the same rate run again after a failure); failures confirmed / not confirmed by the second run:`);
  for (const [name, r] of results) {
    const steps = r.steps.map((x) => `${x.rate}${x.again ? '↻' : ''}${x.pass ? '✓' : '✗'} p99 ${x.latenciesMs[2] === null || !Number.isFinite(x.latenciesMs[2]) ? '∞' : x.latenciesMs[2].toFixed(1)}${x.errors || x.unanswered ? ` (${x.errors} errors, ${x.unanswered} unanswered)` : ''}`);
    summary.push(`  ${name} (${r.confirmedFailures ?? 0} confirmed / ${r.blips ?? 0} not): ${steps.join(', ')}`);
  }
  // Why each step passed or failed, from the server's side: a full main thread (a growing queue) or pauses.
  summary.push('  server side of each step: main thread busy, longest event-loop stall, GC pauses (longest, total, major)');
  results.forEach(([name, r], i) => {
    const lines = r.steps.map((x, j) => {
      const w = watched[i]?.[j];
      if (!w) return `${x.rate}`;
      const busy = Number.isFinite(w.mainBusy) ? `${Math.round(100 * w.mainBusy)} %` : '—';
      return `${x.rate}${x.again ? '↻' : ''}${x.pass ? '✓' : '✗'} busy ${busy}, stall ${w.loopStallMaxMs.toFixed(0)} ms, gc ${w.gcMaxMs.toFixed(1)} / ${w.gcTotalMs.toFixed(0)} ms (${w.majorGcs} major)`;
    });
    summary.push(`    ${name}: ${lines.join('; ')}`);
  });
}

let orientation: OrientationBenchResult | undefined;
if (only === undefined || only === 'orientation') {
  out(`… orientation bot, ${orientationTurns} in-process turns`);
  orientation = await benchOrientationTurns({ conversations: 50, turns: orientationTurns, warmupTurns: 300 });
  const o = orientation;
  summary.push('');
  summary.push(`${'orientation bot, in-process turn'.padEnd(34)}${'p50'.padStart(9)}${'p90'.padStart(9)}${'p99'.padStart(9)}${'max'.padStart(9)}`);
  summary.push(`${`whole turn (${o.turns} turns)`.padEnd(34)}${ms(o.turn.p50)}${ms(o.turn.p90)}${ms(o.turn.p99)}${ms(o.turn.max)}`);
  summary.push(`${'  of which the bot (no commit)'.padEnd(34)}${ms(o.bot.p50)}${ms(o.bot.p90)}${ms(o.bot.p99)}${ms(o.bot.max)}`);
  summary.push(
    `  ${o.repliesPerTurn.toFixed(2)} replies per turn, ${o.failedTurns} failed turns, knowledge loaded in ${o.knowledgeLoadMs.toFixed(0)} ms; goal p99 ≤ 10 ms: ${o.turn.p99 <= 10 ? 'PASS' : 'FAIL'}`,
    `  main-thread CPU per turn ${o.mainCpuPerTurnUs.toFixed(0)} µs (the process, commit worker included: ${o.cpuPerTurnUs.toFixed(0)} µs): on a shared machine, a steadier figure than the clock`,
  );
  summary.push('  costliest messages, CPU of the bot part (median / max over their turns):');
  for (const c of o.costliest) summary.push(`    ${`${c.medianCpuUs.toFixed(0)} / ${c.maxCpuUs.toFixed(0)} µs`.padEnd(20)}${JSON.stringify(c.text)} (${c.turns} turns)`);
}

if (withScaleOut) {
  const rows: ScaleOutRow[] = await benchScaleOut({ redisUrl, users, warmupSeconds: warmup, seconds }, out);
  const base = rows[0] ? rate(rows[0].result) : 1;
  summary.push('');
  summary.push(
    `${`scale-out, waterfall, ${users} conversations`.padEnd(40)}${'turns/s'.padStart(8)}${'p50'.padStart(9)}${'p99'.padStart(9)}${'max'.padStart(9)}${'errors'.padStart(7)}${'retries'.padStart(8)}${'vs SQLite'.padStart(10)}${'srv CPU/turn'.padStart(13)}${'redis'.padStart(9)}${'client'.padStart(9)}`,
  );
  for (const r of rows) {
    const redisCpu = r.redisCpuPerTurnUs === undefined ? '—' : `${r.redisCpuPerTurnUs.toFixed(0)} µs`;
    summary.push(
      `${r.name.padEnd(40)}${rate(r.result).toFixed(0).padStart(8)}${ms(r.result.latenciesMs[0])}${ms(r.result.latenciesMs[2])}${ms(r.result.latenciesMs[3])}${String(r.result.errors).padStart(7)}${String(r.result.retries).padStart(8)}${(rate(r.result) / base).toFixed(2).padStart(10)}${`${r.serverCpuPerTurnUs.toFixed(0)} µs`.padStart(13)}${redisCpu.padStart(9)}${`${r.result.clientCpuPerTurnUs.toFixed(0)} µs`.padStart(9)}`,
    );
  }
  summary.push(`  load average at the end: ${readFileSync('/proc/loadavg', 'utf8').trim()}`);
}

out();
out('=== summary ===');
for (const line of summary) out(line);
process.exit(0);
