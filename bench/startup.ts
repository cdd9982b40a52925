import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, requestJson, type JsonAnswer } from './net.js';
import { percentiles } from './stats.js';

/**
 * `npm run bench:startup [-- --runs 5] [--warmup 1] [--cold] [--text "…"] [-- command …]`: start-up as a restart
 * during a busy evening sees it. Starts the server `runs` times (after `warmup` runs not counted; they also build
 * what `npm start` builds) on a free port with one data folder, and for each run measures from just before the
 * spawn:
 * - healthz: the first 200 on /healthz (polled every 5 ms);
 * - first reply: then at once a Direct Line token, a conversation, one message, until the bot's reply to it is
 *   readable (GET activities);
 * - the server's own CPU (user + system, /proc) at each of those moments, which a shared machine disturbs less
 *   than the wall clock.
 * `--cold` deletes the knowledge cache (DATA_DIR/knowledge-cache) before each run. The command (default: what
 * `npm start` runs once the build is fresh) must exec node itself, so that its pid is the server's.
 */
const args = process.argv.slice(2);
const dashDash = args.indexOf('--');
const options = dashDash >= 0 ? args.slice(0, dashDash) : args;
const option = (name: string): string | undefined => {
  const i = options.indexOf(`--${name}`);
  return i >= 0 ? options[i + 1] : undefined;
};
const runs = Number(option('runs') ?? 5);
const warmupRuns = Number(option('warmup') ?? 1);
const cold = options.includes('--cold');
const text = option('text') ?? 'je veux être boulanger près de Caen';
const command = dashDash >= 0 ? args.slice(dashDash + 1) : [process.execPath, '--max-semi-space-size=32', 'tools/start.mjs'];

interface Run {
  healthzMs: number;
  firstReplyMs: number;
  healthzCpuMs: number;
  firstReplyCpuMs: number;
  /** Answers 503 (load shedding) the first turn's requests got and waited out. */
  shed: number;
  /** What the server logged about its own start (the `listening` line). */
  serverLog: Record<string, unknown> | undefined;
}

const agent = new Agent({ keepAlive: false });


function http(port: number, method: string, path: string, body?: unknown, token?: string): Promise<JsonAnswer> {
  return requestJson(`http://127.0.0.1:${port}${path}`, { method, agent, body, token });
}

/** CPU (user + system, ms) of a process so far, from /proc (10 ms ticks). */
function cpuMsOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function untilHealthy(port: number, child: ChildProcess): Promise<void> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode} before /healthz`);
    try {
      if ((await http(port, 'GET', '/healthz')).status === 200) return;
    } catch {
      // not listening yet
    }
    await sleep(5);
  }
}

/**
 * A request of the first turn as the widget makes it: a 503 (load shedding: the server found its event loop too
 * late, which on a shared machine happens while it starts) is retried after its Retry-After, and counted, so the
 * wait is in the first reply's time and the count in the report.
 */
async function asClient(port: number, shed: { count: number }, method: string, path: string, body?: unknown, token?: string): Promise<{ status: number; json: Record<string, unknown> }> {
  for (;;) {
    const answer = await http(port, method, path, body, token);
    if (answer.status !== 503) {
      if (answer.status >= 300) throw new Error(`${method} ${path}: ${answer.status} ${JSON.stringify(answer.json)}`);
      return answer;
    }
    shed.count++;
    await sleep(1000 * Math.min(5, answer.retryAfterS ?? 1));
  }
}

async function firstReply(port: number, shed: { count: number }): Promise<void> {
  const token = String((await asClient(port, shed, 'POST', '/v3/directline/tokens/generate', {})).json['token']);
  const conversation = await asClient(port, shed, 'POST', '/v3/directline/conversations', {}, token);
  const id = String(conversation.json['conversationId']);
  const path = `/v3/directline/conversations/${id}/activities`;
  const posted = await asClient(port, shed, 'POST', path, { type: 'message', from: { id: 'startup' }, locale: 'fr-FR', text }, token);
  const messageId = String(posted.json['id']);
  for (;;) {
    const set = await asClient(port, shed, 'GET', path, undefined, token);
    const activities = (set.json['activities'] ?? []) as { replyToId?: string; from?: { role?: string }; type?: string }[];
    if (activities.some((a) => a.replyToId === messageId && a.type === 'message' && a.from?.role === 'bot')) return;
    await sleep(5);
  }
}

async function oneRun(dataDir: string): Promise<Run> {
  if (cold) rmSync(join(dataDir, 'knowledge-cache'), { recursive: true, force: true });
  const port = await freePort();
  const [file, ...rest] = command as [string, ...string[]];
  const env = { ...process.env, PORT: String(port), DATA_DIR: dataDir, KNOWLEDGE_WATCH: 'false', LOG_LEVEL: 'info' };
  const started = performance.now();
  const child = spawn(file, rest, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout?.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  try {
    await untilHealthy(port, child);
    const healthzMs = performance.now() - started;
    const healthzCpuMs = cpuMsOf(child.pid ?? 0);
    const shed = { count: 0 };
    await firstReply(port, shed);
    const firstReplyMs = performance.now() - started;
    const firstReplyCpuMs = cpuMsOf(child.pid ?? 0);
    await sleep(50);
    const line = log.split('\n').find((l) => l.includes('"msg":"listening"'));
    return { healthzMs, firstReplyMs, healthzCpuMs, firstReplyCpuMs, shed: shed.count, serverLog: line ? (JSON.parse(line) as Record<string, unknown>) : undefined };
  } catch (err) {
    process.stderr.write(log);
    throw err;
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => (child.exitCode !== null ? r(undefined) : child.once('exit', r)));
  }
}

const dataDir = mkdtempSync(join(tmpdir(), 'bench-startup-'));
const measured: Run[] = [];
try {
  for (let i = 0; i < warmupRuns + runs; i++) {
    const run = await oneRun(dataDir);
    if (i >= warmupRuns) measured.push(run);
    const { startupMs, cpuMs, modulesLoaded, appBuilt } = (run.serverLog ?? {}) as Record<string, { ms: number; cpuMs: number } | number | undefined>;
    const at = (p: unknown): string => (typeof p === 'object' && p ? `${(p as { ms: number }).ms} ms (cpu ${(p as { cpuMs: number }).cpuMs})` : '?');
    process.stdout.write(
      `${i < warmupRuns ? 'warm-up' : `run ${i - warmupRuns + 1}`}: /healthz ${run.healthzMs.toFixed(0)} ms (cpu ${run.healthzCpuMs} ms), ` +
        `first reply ${run.firstReplyMs.toFixed(0)} ms (cpu ${run.firstReplyCpuMs} ms${run.shed ? `, after ${run.shed} answers 503 waited out` : ''})` +
        `${startupMs !== undefined ? `; server: modules loaded at ${at(modulesLoaded)}, app built at ${at(appBuilt)}, listening at ${String(startupMs)} ms (cpu ${String(cpuMs)})` : ''}\n`,
    );
  }
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
const median = (xs: number[]): number => percentiles(xs).p50;
const healthz = median(measured.map((r) => r.healthzMs));
const reply = median(measured.map((r) => r.firstReplyMs));
const shedTotal = measured.reduce((sum, r) => sum + r.shed, 0);
const verdict = (ms: number, goal: number): string => `${ms.toFixed(0)} ms (goal ≤ ${goal} ms: ${ms <= goal ? 'met' : 'not met'})`;
process.stdout.write(
  [
    `median of ${runs} runs${cold ? ' (cold knowledge cache)' : ''}, from the spawn of the server process:`,
    `  /healthz 200: ${verdict(healthz, 2000)}, server CPU ${median(measured.map((r) => r.healthzCpuMs)).toFixed(0)} ms`,
    `  first reply:  ${verdict(reply, 2500)}, server CPU ${median(measured.map((r) => r.firstReplyCpuMs)).toFixed(0)} ms`,
    ...(shedTotal ? [`  ${shedTotal} answers 503 (load shedding) waited out in all runs: the machine held the event loop back`] : []),
    `load average (1, 5, 15 min): ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}; on a shared machine the wall clock`,
    `  says more about the other processes than about ours, the server CPU less so`,
    '',
  ].join('\n'),
);
