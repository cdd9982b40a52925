import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { cpus } from 'node:os';
import { WebSocketServer } from 'ws';
import { buildApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createDefaultBot } from '../../src/bot/default-bot.js';
import { createTestBot } from '../channel/fixtures/test-bot.js';
import { tempDir } from '../channel/helpers.js';

/**
 * npm run bench: in the same run, a raw WebSocket echo server and our Direct Line stack (SQLite state, a two-step
 * waterfall), each driven by the same load generator in its own process, 200 concurrent conversations over
 * loopback. Prints turns/s, p50/p99 latency and the ratio of our throughput to the raw echo's.
 * Options (env): BENCH_USERS (200), BENCH_SECONDS (10), BENCH_WARMUP (2).
 */
const users = Number(process.env['BENCH_USERS'] ?? 200);
const seconds = Number(process.env['BENCH_SECONDS'] ?? 10);
const warmup = Number(process.env['BENCH_WARMUP'] ?? 2);

interface Result {
  turns: number;
  seconds: number;
  latenciesMs: [number, number, number, number];
  errors: number;
}

function runClient(mode: 'echo' | 'directline', url: string): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/bench/load-client.ts', mode, url, String(users), String(warmup), String(seconds)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`load client exited with ${code}`));
      resolve(JSON.parse(out.trim().split('\n').pop() as string) as Result);
    });
  });
}

async function echoPhase(): Promise<Result> {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0, perMessageDeflate: false, maxPayload: 64 * 1024 });
  wss.on('connection', (ws) => ws.on('message', (data, isBinary) => ws.send(data, { binary: isBinary })));
  await new Promise((r) => wss.once('listening', r));
  const address = wss.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  try {
    return await runClient('echo', `ws://127.0.0.1:${port}`);
  } finally {
    for (const c of wss.clients) c.terminate();
    await new Promise((r) => wss.close(r));
  }
}

async function directLinePhase(): Promise<{ result: Result; batches: number; units: number; busyMs: number }> {
  const dataDir = tempDir('bench-');
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    DATA_DIR: dataDir,
    KNOWLEDGE_WATCH: 'false',
    RATE_LIMIT_PER_TOKEN: '1000000',
    RATE_LIMIT_PER_IP: '100000000',
  });
  // BENCH_BOT=echo: the stateless placeholder bot, to see what the dialogs and state cost.
  const bot = process.env['BENCH_BOT'] === 'echo' ? createDefaultBot : createTestBot;
  const app = await buildApp({ config, logger: false, bot, without: ['knowledge', 'web'] });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  try {
    const result = await runClient('directline', `http://127.0.0.1:${port}`);
    return { result, batches: app.bot.committer.stats.batches, units: app.bot.committer.stats.units, busyMs: app.bot.committer.stats.busyMs };
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const fmt = (r: Result) =>
  `${(r.turns / r.seconds).toFixed(0).padStart(7)} turns/s   p50 ${r.latenciesMs[0].toFixed(2)} ms   p90 ${r.latenciesMs[1].toFixed(2)} ms   p99 ${r.latenciesMs[2].toFixed(2)} ms   max ${r.latenciesMs[3].toFixed(2)} ms   errors ${r.errors}`;

process.stdout.write(`bench: ${users} concurrent conversations, ${warmup} s warm-up + ${seconds} s, ${cpus().length} cores, Node ${process.version}\n`);
// BENCH_ONLY=directline skips the echo (for profiling the stack with --cpu-prof).
const only = process.env['BENCH_ONLY'];
const echo: Result = only === 'directline' ? { turns: 1, seconds: 1, latenciesMs: [0, 0, 0, 0], errors: 0 } : await echoPhase();
process.stdout.write(`raw WebSocket echo      ${fmt(echo)}\n`);
const dl = await directLinePhase();
process.stdout.write(`Direct Line + SQLite    ${fmt(dl.result)}\n`);
const ratio = dl.result.turns / dl.result.seconds / (echo.turns / echo.seconds);
process.stdout.write(`group commit: ${dl.units} units in ${dl.batches} transactions (${(dl.units / Math.max(1, dl.batches)).toFixed(1)} per fsync, ${(dl.busyMs / Math.max(1, dl.batches)).toFixed(2)} ms per commit, ${(dl.busyMs / 1000).toFixed(1)} s in commits)\n`);
process.stdout.write(
  `ratio ${ratio.toFixed(3)} (goal ≥ 0.2), p99 ${dl.result.latenciesMs[2].toFixed(1)} ms (goal ≤ 50 ms): ${ratio >= 0.2 && dl.result.latenciesMs[2] <= 50 ? 'PASS' : 'FAIL'}\n`,
);
