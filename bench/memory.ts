import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { Agent } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebSocket } from 'ws';
import { botTexts, freePort, requestJson, type JsonAnswer } from './net.js';

/**
 * `npm run bench:memory [-- --conversations 2000]`: what a server holds per person chatting, to size a deployment on
 * paper. Starts the server as `npm start` does (its own process, full knowledge base, the orientation bot, SQLite),
 * then reads its resident memory (RSS, /proc/<pid>/status):
 * 1. after one warm-up conversation;
 * 2. with N conversations open, each with its WebSocket stream open and one real turn answered (state written);
 * 3. after those N sockets are closed (the conversations stay in state).
 * Per open socket with its conversation: (2 − 1) / N. It also reports the SQLite files' growth under DATA_DIR (database
 * and WAL), where each conversation's state and transcript live between turns, and, at each of the three points, the
 * server's live memory right after two full collections (bench/memory-probe.mjs, preloaded, answers SIGUSR2): RSS
 * alone moves with when V8 collects and what it keeps, the live heap does not. The posts go over short-lived HTTP connections, so the open
 * sockets are the N streams, as with N widgets left open in browsers.
 */
const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const count = Number(option('conversations') ?? 2000);
const text = option('text') ?? 'je veux être boulanger près de Caen';


const agent = new Agent({ keepAlive: false, maxSockets: 64 });

function http(base: string, method: string, path: string, body?: unknown, token?: string): Promise<JsonAnswer> {
  return requestJson(`${base}${path}`, { method, agent, body, token });
}

/** A conversation with its stream open and one turn answered; returns its socket. */
async function openOne(base: string, n: number): Promise<WebSocket> {
  const token = String((await http(base, 'POST', '/v3/directline/tokens/generate')).json['token']);
  const conv = (await http(base, 'POST', '/v3/directline/conversations', undefined, token)).json;
  const ws = new WebSocket(String(conv['streamUrl']), { perMessageDeflate: false });
  let botMessages = 0;
  let notify: (() => void) | undefined;
  ws.on('message', (data) => {
    botMessages += botTexts(data).length;
    notify?.();
  });
  await new Promise((r, j) => {
    ws.once('open', r);
    ws.once('error', j);
  });
  const until = (k: number): Promise<void> =>
    new Promise((resolve) => {
      const check = (): void => {
        if (botMessages >= k) {
          notify = undefined;
          resolve();
        }
      };
      notify = check;
      check();
    });
  await until(1); // the welcome
  const path = `/v3/directline/conversations/${String(conv['conversationId'])}/activities`;
  const posted = await http(base, 'POST', path, { type: 'message', from: { id: `mem-${n}` }, locale: 'fr-FR', text }, token);
  if (posted.status !== 200) throw new Error(`POST activity: ${posted.status} ${JSON.stringify(posted.json)}`);
  await until(2);
  return ws;
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1]);
  return kb / 1024;
}

/** The SQLite files (database, WAL, shared memory) under DATA_DIR: where the conversations' state lives. */
function databaseMb(dir: string): number {
  const bytes = readdirSync(dir)
    .filter((name) => name.startsWith('bot.sqlite'))
    .reduce((sum, name) => sum + statSync(join(dir, name)).size, 0);
  return bytes / 1048576;
}

interface Live {
  /** RSS right after two full collections, MB. */
  rss: number;
  /** The JS heap in use plus what V8 holds outside it (Buffers, ArrayBuffers), MB. */
  heap: number;
}

/** Asks the server (bench/memory-probe.mjs) for two full collections and its memory right after. */
async function liveMemory(pid: number): Promise<Live> {
  rmSync(probeFile, { force: true });
  process.kill(pid, 'SIGUSR2');
  for (let i = 0; i < 200; i++) {
    await sleep(50);
    try {
      const m = JSON.parse(readFileSync(probeFile, 'utf8')) as { rss: number; heapUsed: number; external: number };
      return { rss: m.rss / 1048576, heap: (m.heapUsed + m.external) / 1048576 };
    } catch {
      // not written yet
    }
  }
  throw new Error('the server did not answer the memory probe');
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const dataDir = mkdtempSync(join(tmpdir(), 'bench-memory-'));
const probeFile = join(dataDir, 'memory-probe.json');
const server = spawn(process.execPath, ['--max-semi-space-size=32', '--expose-gc', '--import', './bench/memory-probe.mjs', 'tools/start.mjs'], {
  env: {
    ...process.env,
    PORT: String(port),
    DATA_DIR: dataDir,
    KNOWLEDGE_WATCH: 'false',
    LOG_LEVEL: 'warn',
    MEMORY_PROBE_FILE: probeFile,
    // One client opens them all: the per-IP limit of a classroom is not what is measured.
    RATE_LIMIT_PER_IP: '100000000',
    // Nor is load shedding: on a shared machine the ramp of 2,000 conversations can delay the event loop.
    MAX_EVENT_LOOP_DELAY_MS: '0',
  },
  stdio: ['ignore', 'inherit', 'inherit'],
});
const pid = server.pid ?? 0;
try {
  for (;;) {
    if (server.exitCode !== null) throw new Error(`server exited with ${server.exitCode}`);
    try {
      if ((await http(base, 'GET', '/healthz')).status === 200) break;
    } catch {
      // not yet listening
    }
    await sleep(50);
  }
  (await openOne(base, -1)).close();
  await sleep(2000);
  const idle = rssMb(pid);
  const idleLive = await liveMemory(pid);
  const idleDisk = databaseMb(dataDir);
  const sockets: WebSocket[] = [];
  for (let first = 0; first < count; first += 50) {
    sockets.push(...(await Promise.all(Array.from({ length: Math.min(50, count - first) }, (_, i) => openOne(base, first + i)))));
  }
  await sleep(2000);
  const open = rssMb(pid);
  const openLive = await liveMemory(pid);
  const openDisk = databaseMb(dataDir);
  for (const ws of sockets) ws.close();
  await sleep(3000);
  const closed = rssMb(pid);
  const closedLive = await liveMemory(pid);
  const mb = (n: number): string => `${n.toFixed(1)} MB`;
  const perKb = (from: number, to: number): string => `${(((to - from) * 1024) / count).toFixed(1)} KB`;
  const line = (what: string, live: string, rss: string): string => `  ${what.padEnd(48)}${live.padStart(12)}${rss.padStart(12)}`;
  process.stdout.write(
    [
      `server memory, each read right after two full garbage collections (bench/memory-probe.mjs)`,
      line('', 'live heap', 'RSS'),
      line('started, knowledge loaded, one turn answered', mb(idleLive.heap), mb(idleLive.rss)),
      line(`with ${count} open sockets and ${count} conversations`, mb(openLive.heap), mb(openLive.rss)),
      line('per open socket with its conversation', perKb(idleLive.heap, openLive.heap), perKb(idleLive.rss, openLive.rss)),
      line('sockets closed, the conversations still in state', mb(closedLive.heap), mb(closedLive.rss)),
      line('per conversation left in state', perKb(idleLive.heap, closedLive.heap), '—'),
      `  (live heap: the JS heap in use plus V8's external memory, Buffers included; RSS also counts what V8 and the`,
      `  allocator keep after freeing, so it moves in steps; without collecting first it measured ${mb(idle)}, ${mb(open)}, ${mb(closed)})`,
      `SQLite under DATA_DIR (state, transcripts): ${mb(idleDisk)} → ${mb(openDisk)}, ${(((openDisk - idleDisk) * 1024) / count).toFixed(1)} KB on disk per conversation`,
      `load average (1, 5, 15 min): ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`,
      '',
    ].join('\n'),
  );
} finally {
  server.kill('SIGTERM');
  await new Promise((r) => (server.exitCode !== null ? r(undefined) : server.once('exit', r)));
  rmSync(dataDir, { recursive: true, force: true });
}
