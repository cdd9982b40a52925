import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebSocket } from 'ws';

/**
 * `npm run bench:memory [-- --conversations 2000]`: what a server holds per person chatting, to size a deployment on
 * paper. Starts the server as `npm start` does (its own process, full knowledge base, the orientation bot, SQLite),
 * then reads its resident memory (RSS, /proc/<pid>/status):
 * 1. after one warm-up conversation;
 * 2. with N conversations open, each with its WebSocket stream open and one real turn answered (state written);
 * 3. after those N sockets are closed (the conversations stay in state).
 * Per open socket with its conversation: (2 − 1) / N. It also reports the SQLite files' growth under DATA_DIR (database
 * and WAL), where each conversation's state and transcript live between turns. The posts go over short-lived HTTP connections, so the open
 * sockets are the N streams, as with N widgets left open in browsers.
 */
const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const count = Number(option('conversations') ?? 2000);
const text = option('text') ?? 'je veux être boulanger près de Caen';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

const agent = new Agent({ keepAlive: false, maxSockets: 64 });

function http(base: string, method: string, path: string, body?: unknown, token?: string): Promise<{ status: number; json: Record<string, unknown> }> {
  const data = body === undefined ? '' : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      `${base}${path}`,
      {
        method,
        agent,
        headers: {
          origin: base,
          'content-length': Buffer.byteLength(data),
          ...(data ? { 'content-type': 'application/json' } : {}),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const raw = Buffer.concat(chunks).toString();
          resolve({ status: res.statusCode ?? 0, json: raw ? (JSON.parse(raw) as Record<string, unknown>) : {} });
        });
      },
    );
    req.on('error', reject);
    req.end(data);
  });
}

/** A conversation with its stream open and one turn answered; returns its socket. */
async function openOne(base: string, n: number): Promise<WebSocket> {
  const token = String((await http(base, 'POST', '/v3/directline/tokens/generate')).json['token']);
  const conv = (await http(base, 'POST', '/v3/directline/conversations', undefined, token)).json;
  const ws = new WebSocket(String(conv['streamUrl']), { perMessageDeflate: false });
  let botMessages = 0;
  let notify: (() => void) | undefined;
  ws.on('message', (data) => {
    const frame = JSON.parse(data.toString()) as { activities?: { from: { role?: string }; type: string }[] };
    for (const a of frame.activities ?? []) if (a.from.role === 'bot' && a.type === 'message') botMessages++;
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

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const dataDir = mkdtempSync(join(tmpdir(), 'bench-memory-'));
const server = spawn(process.execPath, ['--max-semi-space-size=32', 'tools/start.mjs'], {
  env: {
    ...process.env,
    PORT: String(port),
    DATA_DIR: dataDir,
    KNOWLEDGE_WATCH: 'false',
    LOG_LEVEL: 'warn',
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
  const idleDisk = databaseMb(dataDir);
  const sockets: WebSocket[] = [];
  for (let first = 0; first < count; first += 50) {
    sockets.push(...(await Promise.all(Array.from({ length: Math.min(50, count - first) }, (_, i) => openOne(base, first + i)))));
  }
  await sleep(2000);
  const open = rssMb(pid);
  const openDisk = databaseMb(dataDir);
  for (const ws of sockets) ws.close();
  await sleep(3000);
  const closed = rssMb(pid);
  const perSocketKb = ((open - idle) * 1024) / count;
  const mb = (n: number): string => `${n.toFixed(1)} MB`;
  process.stdout.write(
    [
      `server RSS (resident memory of the server process, /proc/${pid}/status)`,
      `  started, knowledge loaded, one conversation answered:  ${mb(idle)}`,
      `  with ${count} open sockets and ${count} conversations in state: ${mb(open)} (+${mb(open - idle)})`,
      `  per open socket with its conversation:                 ${perSocketKb.toFixed(1)} KB`,
      `  once those sockets closed (conversations still in state, Node keeps most freed memory): ${mb(closed)}`,
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
