/**
 * `npm run soak`: the real server (`npm start`'s command line, the orientation bot, SQLite) under a long load, killed
 * with SIGKILL at random moments and restarted, as a hosting incident would. Not part of `npm test`.
 *
 * - SOAK_SOCKETS (2,000) conversations hold a WebSocket open and say nothing; SOAK_SENDERS (200) conversations
 *   each send a message, wait for the bot's reply on their socket, think 1–3 s, and start again.
 * - Every SOAK_KILL_MIN_S–SOAK_KILL_MAX_S seconds (60–150), until SOAK_SETTLE_S (150) before the end, the server
 *   gets SIGKILL and is restarted 1–3 s later;
 *   clients reconnect with their token and watermark, and a message not yet acknowledged is sent again with the
 *   same clientActivityID (Direct Line's idempotent retry).
 * - After SOAK_MINUTES (10), every acknowledged message is looked for in its conversation's history: lost and
 *   duplicated ones are counted (both must be 0), and SQLite's integrity_check runs on the database.
 *
 * Reported: sockets held, the server's RSS (start, end, max, growth within each life), p50/p99 of the
 * acknowledgement and of the reply, 503 + Retry-After answers (load shedding), and the verdict. A JSON copy goes
 * to SOAK_REPORT (default: a file in the OS temp folder).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { WebSocket } from 'ws';
import { freePort } from './net.js';

const env = process.env;
const MINUTES = Number(env['SOAK_MINUTES'] ?? 10);
const SOCKETS = Number(env['SOAK_SOCKETS'] ?? 2_000);
const SENDERS = Number(env['SOAK_SENDERS'] ?? 200);
const KILL_MIN_S = Number(env['SOAK_KILL_MIN_S'] ?? 60);
const KILL_MAX_S = Number(env['SOAK_KILL_MAX_S'] ?? 150);
/** No kill in the last seconds of the run: the end is measured on a server that has settled after its restart. */
const SETTLE_S = Number(env['SOAK_SETTLE_S'] ?? 150);
/** New conversations per second while the sockets are opened (the server also runs a welcome turn for each). */
const RAMP_PER_S = Number(env['SOAK_RAMP_PER_S'] ?? 60);

const TEXTS = [
  'bonjour',
  'combien gagne un apprenti de 17 ans en première année',
  'je cherche un CAP boulanger près de Caen',
  'quelles aides pour un employeur qui embauche un apprenti',
  "c'est quoi la période d'essai en apprentissage",
  'je veux devenir mécanicien auto',
  'merci',
  'et pour 19 ans ?',
  'où faire un BTS MCO à Rouen',
  "j'ai 16 ans et je sais pas quoi faire",
];

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const between = (a: number, b: number): number => a + Math.random() * (b - a);

function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}


// ---------------------------------------------------------------- the server, killed and restarted

interface RssSample {
  at: number;
  life: number;
  mb: number;
}

class Server {
  private child: ChildProcess | undefined;
  life = 0;
  up = false;
  readonly rss: RssSample[] = [];
  private sampler: NodeJS.Timeout | undefined;

  constructor(
    readonly port: number,
    readonly dataDir: string,
  ) {}

  get base(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.life++;
    this.child = spawn(process.execPath, ['--max-semi-space-size=32', '--import', 'tsx', 'src/server.ts'], {
      env: {
        ...env,
        PORT: String(this.port),
        HOST: '127.0.0.1',
        DATA_DIR: this.dataDir,
        LOG_LEVEL: 'warn',
        KNOWLEDGE_WATCH: 'false',
        // Every client of this run shares 127.0.0.1: the per-IP limit would measure itself, not the server.
        RATE_LIMIT_PER_IP: '10000000',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const deadline = Date.now() + 120_000;
    for (;;) {
      try {
        const r = await fetch(`${this.base}/widget.js`, { signal: AbortSignal.timeout(2_000) });
        if (r.status === 200) break;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline || this.child.exitCode !== null) throw new Error('server did not start');
      await sleep(100);
    }
    this.up = true;
    const pid = this.child.pid;
    const life = this.life;
    clearInterval(this.sampler);
    this.sampler = setInterval(() => {
      try {
        const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
        if (m) this.rss.push({ at: Date.now(), life, mb: Number(m[1]) / 1024 });
      } catch {
        // the process is gone
      }
    }, 5_000);
  }

  async kill9(): Promise<void> {
    this.up = false;
    clearInterval(this.sampler);
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const gone = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    await gone;
  }

  async stop(): Promise<void> {
    this.up = false;
    clearInterval(this.sampler);
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const gone = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await gone;
  }
}

// ---------------------------------------------------------------- clients

interface Counters {
  shed503: number;
  shedWithoutRetryAfter: number;
  limited429: number;
  networkErrors: number;
  otherErrors: Record<string, number>;
  reconnects: number;
}

const counters: Counters = { shed503: 0, shedWithoutRetryAfter: 0, limited429: 0, networkErrors: 0, otherErrors: {}, reconnects: 0 };
let stopping = false;

interface Reply {
  status: number;
  json: Record<string, unknown>;
  retryAfter: number | undefined;
}

async function call(server: Server, method: string, path: string, token?: string, body?: unknown): Promise<Reply> {
  const headers: Record<string, string> = { origin: server.base };
  if (token) headers['authorization'] = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const r = await fetch(`${server.base}/v3/directline${path}`, {
    method,
    headers,
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    signal: AbortSignal.timeout(15_000),
  });
  const text = await r.text();
  let json: Record<string, unknown> = {};
  try {
    json = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  } catch {
    json = {};
  }
  const ra = r.headers.get('retry-after');
  if (r.status === 503) {
    counters.shed503++;
    if (!ra) counters.shedWithoutRetryAfter++;
  }
  if (r.status === 429) counters.limited429++;
  return { status: r.status, json, retryAfter: ra ? Number(ra) : undefined };
}

/** Calls until a non-503/429 answer, honouring Retry-After; network errors (a killed server) wait and retry. */
async function persist(server: Server, method: string, path: string, token?: string, body?: unknown): Promise<Reply> {
  for (;;) {
    try {
      const r = await call(server, method, path, token, body);
      if (r.status !== 503 && r.status !== 429) return r;
      await sleep((r.retryAfter ?? 1) * 1000 * between(0.5, 1.5));
    } catch {
      counters.networkErrors++;
      if (stopping && server.up) throw new Error('stopped');
      await sleep(between(300, 1_000));
    }
  }
}

interface Conv {
  id: string;
  token: string;
  watermark: string;
  ws: WebSocket | undefined;
  /** Bot replies seen, by the id of the activity they answer: arrival time. */
  replies: Map<string, number>;
  waiters: Map<string, () => void>;
}

async function createConversation(server: Server): Promise<Conv> {
  const gen = await persist(server, 'POST', '/tokens/generate', undefined, {});
  if (gen.status !== 200) throw new Error(`generate ${gen.status}`);
  const conv = await persist(server, 'POST', '/conversations', String(gen.json['token']), {});
  if (conv.status !== 201 && conv.status !== 200) throw new Error(`conversations ${conv.status}`);
  const c: Conv = { id: String(conv.json['conversationId']), token: String(conv.json['token']), watermark: '', ws: undefined, replies: new Map(), waiters: new Map() };
  connect(server, c, String(conv.json['streamUrl']));
  return c;
}

function connect(server: Server, c: Conv, streamUrl: string): void {
  const ws = new WebSocket(streamUrl, { headers: { origin: server.base } });
  c.ws = ws;
  ws.on('message', (data) => {
    const text = data.toString();
    if (!text) return;
    let frame: { activities?: { id?: string; replyToId?: string; from?: { role?: string } }[]; watermark?: string };
    try {
      frame = JSON.parse(text) as typeof frame;
    } catch {
      return;
    }
    if (frame.watermark) c.watermark = frame.watermark;
    for (const a of frame.activities ?? []) {
      if (a.from?.role !== 'bot' || !a.replyToId || c.replies.has(a.replyToId)) continue;
      c.replies.set(a.replyToId, performance.now());
      c.waiters.get(a.replyToId)?.();
    }
  });
  ws.on('error', () => undefined);
  ws.on('close', () => {
    if (c.ws !== ws || stopping) return;
    c.ws = undefined;
    void reconnect(server, c);
  });
}

/** After a kill (or a 4xxx close), a fresh streamUrl that resumes after the watermark, as Direct Line clients do. */
async function reconnect(server: Server, c: Conv): Promise<void> {
  await sleep(between(500, 5_000));
  for (let attempt = 0; !stopping; attempt++) {
    try {
      const r = await call(server, 'GET', `/conversations/${c.id}?watermark=${c.watermark}`, c.token);
      if (r.status === 200) {
        counters.reconnects++;
        connect(server, c, String(r.json['streamUrl']));
        return;
      }
      await sleep((r.retryAfter ?? 1) * 1000 * between(0.5, 1.5));
    } catch {
      await sleep(between(500, 2_000) * Math.min(4, attempt + 1));
    }
  }
}

const openSockets = (convs: readonly Conv[]): number => convs.filter((c) => c.ws?.readyState === WebSocket.OPEN).length;

interface Acked {
  conversationId: string;
  clientId: string;
  id: string;
  text: string;
}

const acked: Acked[] = [];
const ackMs: number[] = [];
/** Acknowledgements of messages that were never told to wait (no 503 or 429 on the way). */
const ackMsUnshed: number[] = [];
const replyMs: number[] = [];
const ackMsAcrossRestart: number[] = [];
let noReply = 0;

async function sender(server: Server, c: Conv, n: number): Promise<void> {
  await sleep(between(0, 3_000));
  for (let i = 0; !stopping; i++) {
    const clientId = `soak-${n}-${i}`;
    const text = TEXTS[(n + i) % TEXTS.length] as string;
    const started = performance.now();
    const life = server.life;
    let id: string | undefined;
    let shed = false;
    while (!stopping && id === undefined) {
      try {
        const r = await call(server, 'POST', `/conversations/${c.id}/activities`, c.token, {
          type: 'message',
          from: { id: `soak-user-${n}` },
          locale: 'fr-FR',
          text,
          channelData: { clientActivityID: clientId },
        });
        if (r.status === 200) id = String(r.json['id']);
        else if (r.status === 503 || r.status === 429) {
          shed = true;
          await sleep((r.retryAfter ?? 1) * 1000 * between(0.5, 1.5));
        } else {
          counters.otherErrors[String(r.status)] = (counters.otherErrors[String(r.status)] ?? 0) + 1;
          break;
        }
      } catch {
        counters.networkErrors++;
        await sleep(between(300, 1_000));
      }
    }
    if (id === undefined) continue;
    const ackAt = performance.now();
    acked.push({ conversationId: c.id, clientId, id, text });
    (server.life === life ? ackMs : ackMsAcrossRestart).push(ackAt - started);
    if (server.life === life && !shed) ackMsUnshed.push(ackAt - started);
    const replied = c.replies.has(id)
      ? true
      : await new Promise<boolean>((resolve) => {
          const timer = setTimeout(() => {
            c.waiters.delete(id as string);
            resolve(false);
          }, 20_000);
          c.waiters.set(id as string, () => {
            clearTimeout(timer);
            c.waiters.delete(id as string);
            resolve(true);
          });
        });
    if (replied && server.life === life) replyMs.push((c.replies.get(id) as number) - started);
    if (!replied) noReply++;
    await sleep(between(1_000, 3_000));
  }
}

/** Every activity of a conversation, page by page. */
async function history(server: Server, c: Conv): Promise<{ id: string; text?: string; channelData?: { clientActivityID?: string }; from?: { role?: string } }[]> {
  const all: { id: string; text?: string; channelData?: { clientActivityID?: string }; from?: { role?: string } }[] = [];
  let watermark = '';
  for (;;) {
    const r = await persist(server, 'GET', `/conversations/${c.id}/activities?watermark=${watermark}`, c.token);
    const page = (r.json['activities'] ?? []) as typeof all;
    all.push(...page);
    const next = String(r.json['watermark'] ?? '');
    if (page.length === 0 || next === watermark) return all;
    watermark = next;
  }
}

// ---------------------------------------------------------------- the run

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'soak-data-'));
  const server = new Server(await freePort(), dataDir);
  const log = (s: string): void => void process.stdout.write(`[soak ${new Date().toISOString().slice(11, 19)}] ${s}\n`);
  log(`${SOCKETS} idle sockets, ${SENDERS} senders, ${MINUTES} min, kill -9 every ${KILL_MIN_S}–${KILL_MAX_S} s; load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  await server.start();

  const idle: Conv[] = [];
  const senders: Conv[] = [];
  const rampStarted = performance.now();
  for (let i = 0; i < SOCKETS + SENDERS; i++) {
    const target = rampStarted + (i / RAMP_PER_S) * 1000;
    const wait = target - performance.now();
    if (wait > 0) await sleep(wait);
    const p = createConversation(server).then((c) => (i < SENDERS ? senders : idle).push(c));
    if (i % 200 === 199) await p;
  }
  const rampDeadline = Date.now() + 60_000;
  while ((idle.length < SOCKETS || senders.length < SENDERS || openSockets([...idle, ...senders]) < SOCKETS + SENDERS) && Date.now() < rampDeadline) await sleep(200);
  const all = [...idle, ...senders];
  log(`ramp done in ${((performance.now() - rampStarted) / 1000).toFixed(0)} s: ${openSockets(all)} sockets open`);

  const startedAt = Date.now();
  const rssAtStart = server.rss.at(-1)?.mb ?? Number.NaN;
  const sockets: number[] = [];
  const socketSampler = setInterval(() => sockets.push(openSockets(all)), 5_000);
  const loops = senders.map((c, n) => sender(server, c, n));

  let kills = 0;
  const killer = (async () => {
    for (;;) {
      await sleep(between(KILL_MIN_S, KILL_MAX_S) * 1000);
      if (stopping || Date.now() > startedAt + MINUTES * 60_000 - SETTLE_S * 1000) return;
      await server.kill9();
      kills++;
      log(`kill -9 #${kills} (acknowledged so far: ${acked.length})`);
      await sleep(between(1_000, 3_000));
      await server.start();
      log(`restarted (life ${server.life})`);
    }
  })();

  while (Date.now() < startedAt + MINUTES * 60_000) {
    await sleep(30_000);
    log(`${acked.length} acknowledged, ${openSockets(all)} sockets open, RSS ${server.rss.at(-1)?.mb.toFixed(0) ?? '?'} MB, 503 ${counters.shed503}, load ${loadavg()[0]?.toFixed(2)}`);
  }
  const socketsBeforeStop = openSockets(all);
  const rssAtEnd = server.rss.at(-1)?.mb ?? Number.NaN;
  stopping = true;
  await killer;
  if (!server.up) await server.start();
  await Promise.race([Promise.all(loops), sleep(30_000)]);
  clearInterval(socketSampler);

  // Every acknowledged message must be in the history, once.
  log('verifying…');
  let lost = 0;
  let duplicated = 0;
  const byConversation = new Map<string, Acked[]>();
  for (const a of acked) byConversation.set(a.conversationId, [...(byConversation.get(a.conversationId) ?? []), a]);
  for (const c of senders) {
    const activities = await history(server, c);
    const counts = new Map<string, number>();
    for (const a of activities) {
      const cid = a.channelData?.clientActivityID;
      if (cid && a.from?.role !== 'bot') counts.set(cid, (counts.get(cid) ?? 0) + 1);
    }
    for (const n of counts.values()) if (n > 1) duplicated += n - 1;
    for (const a of byConversation.get(c.id) ?? []) {
      if (!activities.some((x) => x.id === a.id && x.text === a.text)) lost++;
    }
  }
  for (const c of all) c.ws?.terminate();
  await server.stop();
  const db = new BetterSqlite3(join(dataDir, 'bot.sqlite'), { readonly: true });
  const integrity = db.pragma('integrity_check', { simple: true });
  db.close();

  const lives = [...new Set(server.rss.map((s) => s.life))].map((life) => {
    const samples = server.rss.filter((s) => s.life === life);
    const first = samples[0]?.mb ?? Number.NaN;
    const last = samples.at(-1)?.mb ?? Number.NaN;
    return { life, seconds: Math.round(((samples.at(-1)?.at ?? 0) - (samples[0]?.at ?? 0)) / 1000), firstMb: Math.round(first), lastMb: Math.round(last), maxMb: Math.round(Math.max(...samples.map((s) => s.mb))) };
  });
  const report = {
    when: new Date().toISOString(),
    loadavg: loadavg(),
    minutes: MINUTES,
    sockets: { wanted: SOCKETS + SENDERS, heldMin: Math.min(...sockets), heldMax: Math.max(...sockets), heldAtEnd: socketsBeforeStop },
    kills,
    rssMb: { atStart: Math.round(rssAtStart), atEnd: Math.round(rssAtEnd), max: Math.round(Math.max(...server.rss.map((s) => s.mb))), lives },
    acknowledged: acked.length,
    // Time from the first POST to the acknowledgement, Retry-After waits included; "unshed": messages never told to wait.
    ackMs: {
      p50: Math.round(percentile(ackMs, 50)),
      p99: Math.round(percentile(ackMs, 99)),
      unshedP50: Math.round(percentile(ackMsUnshed, 50)),
      unshedP99: Math.round(percentile(ackMsUnshed, 99)),
      unshedCount: ackMsUnshed.length,
      acrossRestart: ackMsAcrossRestart.length,
    },
    replyMs: { p50: Math.round(percentile(replyMs, 50)), p99: Math.round(percentile(replyMs, 99)), noReplyWithin20s: noReply },
    lost,
    duplicated,
    integrity,
    counters,
  };
  const file = env['SOAK_REPORT'] ?? join(tmpdir(), `soak-report-${Date.now()}.json`);
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  log(`report: ${file}`);
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  rmSync(dataDir, { recursive: true, force: true });
  const ok = lost === 0 && duplicated === 0 && integrity === 'ok';
  log(ok ? 'OK: no acknowledged message lost or duplicated, database intact' : 'FAILED');
  process.exit(ok ? 0 : 1);
}

main().catch((err: unknown) => {
  process.stderr.write(`soak failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(2);
});
