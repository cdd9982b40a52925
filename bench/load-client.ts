import { Agent, request } from 'node:http';
import { pathToFileURL } from 'node:url';
import { WebSocket } from 'ws';
import { BotMessages, requestJson, type JsonAnswer } from './net.js';
import { RawHttpConnection } from './raw-http.js';
import { percentiles } from './stats.js';
import { webChatClientIds, webChatMessage } from './conversation.js';

/**
 * Load generator, run by bench.ts as its own process (its own core), or in the server's process to compare the two
 * setups. Each of N virtual users runs a closed loop
 * for the measuring window and records the latency of every turn:
 * - echo: send a frame on a raw WebSocket, wait for it to come back;
 * - directline: POST an activity (HTTP keep-alive, on a lean client: see raw-http.ts), wait for the bot's reply on
 *   the conversation's stream. Token and conversation are set up with node:http, as any client would. The open-loop
 *   generator is open-loop.ts (one instance, no retries; its conversation in conversation.ts).
 * As a process, prints one JSON line: {turns, seconds, latenciesMs: [p50, p90, p99, max], errors}.
 * Several instances (scale-out phases): `url` lists them, comma-separated; user n opens its conversation and stream
 * on instance n mod k and posts its messages on each instance in turn, so every turn crosses instances (state,
 * lock and fan-out through Redis).
 * A 503 or 429 (load shedding, storage unreachable, a rate limit) is waited out as a client should: the request is
 * sent again after its Retry-After (capped at 5 s), and a turn's latency includes that wait. Such answers are counted
 * as `retries`, not errors; a user that gave up stops only on another failure.
 */

export interface LoadOptions {
  mode: 'echo' | 'directline';
  url: string;
  users: number;
  warmupMs: number;
  measureMs: number;
}

export interface LoadResult {
  turns: number;
  seconds: number;
  latenciesMs: [number, number, number, number];
  errors: number;
  /** Answers 503/429 waited out and sent again (setup, stream or post). */
  retries: number;
  /** CPU of the load generator's process per measured turn, µs (user + system). */
  clientCpuPerTurnUs: number;
}

export async function runLoad({ mode, url: urlList, users, warmupMs, measureMs }: LoadOptions): Promise<LoadResult> {
  const urls = urlList.split(',');
  const url = urls[0] as string;
  const agent = new Agent({ keepAlive: true, maxSockets: users + 10 });
  const latencies: number[] = [];
  let errors = 0;
  let retries = 0;
  let measuring = false;
  let stopped = false;

  /** A 503 or 429: wait its Retry-After (1 s without one, 5 s at most) and say to try again, unless the run is over. */
  async function waitedOut(status: number, retryAfterS: number | undefined): Promise<boolean> {
    if ((status !== 503 && status !== 429) || stopped) return false;
    retries++;
    await new Promise((r) => setTimeout(r, Math.min(retryAfterS ?? 1, 5) * 1000));
    return !stopped;
  }

  /** node:http request, sent again while it is answered 503/429 (see waitedOut). */
  async function httpRetrying(method: string, path: string, body: unknown, token?: string, base = url): Promise<{ status: number; json: Record<string, unknown> }> {
    for (;;) {
      const r = await http(method, path, body, token, base);
      if (!(await waitedOut(r.status, r.retryAfterS))) return r;
    }
  }

  function http(method: string, path: string, body: unknown, token?: string, base = url): Promise<JsonAnswer> {
    return requestJson(`${base}${path}`, { method, agent, body, token });
  }

  const slow: string[] = [];
  /** Counts a turn that started and ended inside the window: turns begun during the warm-up (a cold start of 200
   * conversations at once) would otherwise leak into the tail. */
  function record(startedAt: number, what = ''): void {
    if (!measuring || startedAt < started) return;
    const ms = performance.now() - startedAt;
    latencies.push(ms);
    if (ms > 1000 && process.env['BENCH_DEBUG']) slow.push(`${ms.toFixed(0)}ms at ${(startedAt - started).toFixed(0)} ${what}`);
  }
  let started = 0;

  async function echoUser(): Promise<void> {
    const ws = new WebSocket(url as string, { perMessageDeflate: false });
    await new Promise((r, j) => {
      ws.once('open', r);
      ws.once('error', j);
    });
    const payload = JSON.stringify({ type: 'message', from: { id: 'bench', name: 'bench' }, locale: 'fr-FR', text: 'bonjour' });
    while (!stopped) {
      const t = performance.now();
      await new Promise<void>((resolve) => {
        ws.once('message', () => resolve());
        ws.send(payload);
      });
      record(t);
    }
    ws.close();
  }

  async function directLineUser(n: number): Promise<void> {
    const home = urls[n % urls.length] as string;
    // A user still waiting out a 503 when the run ends simply ends: that wait is not an error.
    const gen = await httpRetrying('POST', '/v3/directline/tokens/generate', {}, undefined, home);
    if (stopped) return;
    if (gen.status !== 200) throw new Error(`token: ${gen.status}`);
    const token = String(gen.json['token']);
    const conv = await httpRetrying('POST', '/v3/directline/conversations', {}, token, home);
    if (stopped) return;
    if (conv.status !== 201) throw new Error(`conversation: ${conv.status}`);
    const conversationId = String(conv.json['conversationId']);
    const streamUrl = String(conv.json['streamUrl']);
    const botMessages = new BotMessages();
    const onFrame = (data: WebSocket.RawData): void => botMessages.receive(data);
    // The stream's upgrade may be refused with a 503 too: opened again after its Retry-After.
    let ws: WebSocket;
    for (;;) {
      ws = new WebSocket(streamUrl, { perMessageDeflate: false });
      const socket = ws;
      socket.on('message', onFrame);
      const refused = await new Promise<{ status: number; retryAfterS?: number } | undefined>((resolve, reject) => {
        socket.once('open', () => resolve(undefined));
        socket.once('unexpected-response', (_req, res) => {
          const retryAfter = Number(res.headers['retry-after']);
          res.resume();
          socket.terminate();
          resolve({ status: res.statusCode ?? 0, ...(Number.isFinite(retryAfter) ? { retryAfterS: retryAfter } : {}) });
        });
        socket.on('error', reject);
      });
      if (!refused) break;
      if (!(await waitedOut(refused.status, refused.retryAfterS))) {
        if (stopped) return;
        throw new Error(`stream: ${refused.status}`);
      }
    }
    await botMessages.next(); // the welcome
    const connections = await Promise.all(
      urls.map((_, k) => {
        const base = urls[(n + k) % urls.length] as string;
        return RawHttpConnection.open(base, { origin: base, authorization: `Bearer ${token}` });
      }),
    );
    const path = `/v3/directline/conversations/${conversationId}/activities`;
    const from = { id: `bench-${n}`, name: 'bench' };
    const clientIds = webChatClientIds();
    for (let i = 0; !stopped; i++) {
      const t = performance.now();
      const reply = botMessages.next();
      const text = i % 2 === 0 ? 'bonjour' : `Prénom${n}`;
      const connection = connections[i % connections.length] as RawHttpConnection;
      const body = webChatMessage(from, text, clientIds());
      let posted = await connection.postJson(path, body);
      while (await waitedOut(posted.status, posted.retryAfterS)) posted = await connection.postJson(path, body);
      if (stopped) break;
      if (posted.status !== 200) {
        errors++;
        botMessages.forget();
        continue;
      }
      await reply;
      record(t, `user ${n} turn ${i}`);
    }
    for (const c of connections) c.close();
    ws.close();
  }

  const run = mode === 'echo' ? () => echoUser() : (n: number) => directLineUser(n);
  const all = Array.from({ length: users }, (_, n) => run(n).catch(() => void errors++));
  await new Promise((r) => setTimeout(r, warmupMs));
  measuring = true;
  started = performance.now();
  const cpuBefore = process.cpuUsage();
  await new Promise((r) => setTimeout(r, measureMs));
  measuring = false;
  const cpu = process.cpuUsage(cpuBefore);
  const seconds = (performance.now() - started) / 1000;
  stopped = true;
  await Promise.race([Promise.all(all), new Promise((r) => setTimeout(r, 3000))]);
  agent.destroy();
  if (slow.length > 0) process.stderr.write(`slow turns:\n${slow.slice(0, 20).join('\n')}\n`);
  const p = percentiles(latencies);
  const round = (x: number) => Number(x.toFixed(2));
  return { turns: latencies.length, seconds, latenciesMs: [round(p.p50), round(p.p90), round(p.p99), round(p.max)],
    errors,
    retries,
    clientCpuPerTurnUs: round((cpu.user + cpu.system) / Math.max(1, latencies.length)),
  };
}

// As a process: load-client.ts echo|directline <url> [users] [warmupS] [seconds]
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [mode, url, usersArg, warmupArg, secondsArg] = process.argv.slice(2);
  if (!url || (mode !== 'echo' && mode !== 'directline')) {
    process.stderr.write('usage: load-client.ts echo|directline <url> [users] [warmupS] [seconds]\n');
    process.exit(2);
  }
  const result = await runLoad({
    mode,
    url,
    users: Number(usersArg ?? 200),
    warmupMs: Number(warmupArg ?? 2) * 1000,
    measureMs: Number(secondsArg ?? 10) * 1000,
  });
  process.stdout.write(`${JSON.stringify(result)}\n`);
  process.exit(0);
}
