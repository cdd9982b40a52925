import { Agent } from 'node:http';
import { pathToFileURL } from 'node:url';
import { WebSocket } from 'ws';
import { searchRates, type SearchResult } from './capacity-search.js';
import { openConversation, type BenchConversation } from './conversation.js';
import { percentiles } from './stats.js';

/**
 * Open-loop load generator: turns arrive at a fixed mean rate as a Poisson process, whatever the server's pace, the
 * way people write to the bot during an evening; a closed loop instead slows its own arrivals when the server slows,
 * and hides the queueing a person would feel (coordinated omission). The latency of a turn counts from the moment
 * it was scheduled, not from when it could be sent: waiting for a free conversation, or a client that fell behind,
 * counts against the server's answer, never for it.
 *
 * It then searches the capacity: the highest arrival rate at which the p99 stays within the objective (50 ms), with
 * no error and every turn answered (capacity-search.ts: rates grow by ×1.5 then are bisected; a failed step is run
 * again, and only a failure confirmed by the second run stops the search). Each step: `warmupSeconds` at
 * the rate (not counted), `stepSeconds` measured, then the turns still in flight are awaited (at most 5 s; one not
 * answered by then counts as infinitely late).
 *
 * - echo: each turn is a frame on one of the pool's raw WebSockets (several may be in flight on one socket, the
 *   echo keeps their order);
 * - directline: each turn is a message of one of `conversations` open conversations that has no turn in flight (a
 *   person waits for the answer before writing again); when all are busy the turn waits its turn, and that wait is
 *   part of its latency. The waterfall bot alternates its two steps as in the closed loop.
 * As a process (`open-loop.ts echo|directline <url> [json options]`), prints one JSON line: an OpenLoopResult.
 */

export interface OpenLoopOptions {
  mode: 'echo' | 'directline';
  url: string;
  /** WebSockets (echo) or Direct Line conversations (directline) opened before the first step. */
  conversations: number;
  sloMs: number;
  startRate: number;
  maxRate: number;
  warmupSeconds: number;
  stepSeconds: number;
  refineSteps: number;
  /** Run a failed step once more before believing it (capacity-search.ts). */
  confirmFailures: boolean;
  /**
   * Seconds of turns at `startRate`, not measured, between opening the conversations and the first step. Opening a
   * thousand conversations leaves megabytes of young objects that live on (sockets, tokens, states): the first
   * scavenges after it copy and promote them, and at a low first rate those scavenges fell inside the first measured
   * window (a 20.7 ms pause at 250/s on 7 December, against 5–9 MB surviving per scavenge while opening).
   */
  primeSeconds: number;
}

export interface OpenLoopStep {
  /** Mean arrival rate asked for, turns/s. */
  rate: number;
  /** Turns scheduled in the measured window, and answered per second of it. */
  turns: number;
  answeredPerSecond: number;
  latenciesMs: [number, number, number, number];
  errors: number;
  /** Turns of the window not answered within 5 s of its end. */
  unanswered: number;
  /** CPU of the load generator per measured turn, µs: near a core's worth means the client, not the server, limits. */
  clientCpuPerTurnUs: number;
  pass: boolean;
  /** The measured window on the wall clock (epoch ms), to set the server's own figures beside it (server-watch.ts). */
  windowEpochMs: [number, number];
}

/**
 * The highest rate that passed (0 when even the first failed), every step in the order run (a failed step is run
 * once more, marked `again`), and how many failures the second run confirmed or not (capacity-search.ts).
 */
export type OpenLoopResult = SearchResult<OpenLoopStep>;

export const OPEN_LOOP_DEFAULTS: Omit<OpenLoopOptions, 'mode' | 'url'> = {
  conversations: 1000,
  sloMs: 50,
  startRate: 250,
  maxRate: 200_000,
  warmupSeconds: 1,
  stepSeconds: 4,
  refineSteps: 3,
  confirmFailures: true,
  primeSeconds: 3,
};

/** Something that can carry one turn and says when it is answered. */
interface Target {
  send(scheduledAt: number, done: (scheduledAt: number, ok: boolean) => void): void;
  close(): void;
}

async function echoTarget(url: string, sockets: number): Promise<Target> {
  const pool = await Promise.all(
    Array.from({ length: Math.min(sockets, 200) }, async () => {
      const ws = new WebSocket(url, { perMessageDeflate: false });
      await new Promise((r, j) => {
        ws.once('open', r);
        ws.once('error', j);
      });
      const pending: { at: number; done: (at: number, ok: boolean) => void }[] = [];
      ws.on('message', () => {
        const p = pending.shift();
        p?.done(p.at, true);
      });
      return { ws, pending };
    }),
  );
  const payload = JSON.stringify({ type: 'message', from: { id: 'bench', name: 'bench' }, locale: 'fr-FR', text: 'bonjour' });
  let next = 0;
  return {
    send(at, done) {
      const socket = pool[next++ % pool.length]!;
      socket.pending.push({ at, done });
      socket.ws.send(payload);
    },
    close() {
      for (const s of pool) s.ws.close();
    },
  };
}

async function directLineTarget(url: string, count: number): Promise<Target> {
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const idle: { conversation: BenchConversation; n: number; turn: number }[] = [];
  const all: BenchConversation[] = [];
  // Opened 50 at a time: a burst of a thousand welcome turns is not what is measured.
  for (let first = 0; first < count; first += 50) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(50, count - first) }, (_, i) => openConversation(url, agent, `open-${first + i}`)),
    );
    batch.forEach((conversation, i) => {
      all.push(conversation);
      idle.push({ conversation, n: first + i, turn: 0 });
    });
  }
  agent.destroy();
  const waiting: { at: number; done: (at: number, ok: boolean) => void }[] = [];
  const run = (c: (typeof idle)[number], at: number, done: (at: number, ok: boolean) => void): void => {
    const text = c.turn++ % 2 === 0 ? 'bonjour' : `Prénom${c.n}`;
    c.conversation
      .post(text)
      .then(async (status) => {
        if (status !== 200) return false;
        await c.conversation.nextBotMessage();
        return true;
      })
      .then(
        (ok) => done(at, ok),
        () => done(at, false),
      )
      .finally(() => {
        const queued = waiting.shift();
        if (queued) run(c, queued.at, queued.done);
        else idle.push(c);
      });
  };
  return {
    send(at, done) {
      const c = idle.pop();
      if (c) run(c, at, done);
      else waiting.push({ at, done });
    },
    close() {
      for (const c of all) c.close();
    },
  };
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** One step: Poisson arrivals at `rate` for the warm-up and the window; latencies of the window's turns. */
async function step(target: Target, rate: number, o: OpenLoopOptions): Promise<OpenLoopStep> {
  const latencies: number[] = [];
  let errors = 0;
  let inFlight = 0;
  let windowInFlight = 0;
  const begin = performance.now() + 20;
  const windowStart = begin + o.warmupSeconds * 1000;
  const end = windowStart + o.stepSeconds * 1000;
  let scheduled = 0;
  const done = (at: number, ok: boolean): void => {
    inFlight--;
    if (at < windowStart) return;
    windowInFlight--;
    if (ok) latencies.push(performance.now() - at);
    else errors++;
  };
  const gap = (): number => (-Math.log(1 - Math.random()) / rate) * 1000;
  let next = begin + gap();
  let cpuBefore: NodeJS.CpuUsage | undefined;
  await new Promise<void>((finished) => {
    const tick = (): void => {
      const now = performance.now();
      if (!cpuBefore && now >= windowStart) cpuBefore = process.cpuUsage();
      while (next <= now && next < end) {
        inFlight++;
        if (next >= windowStart) {
          windowInFlight++;
          scheduled++;
        }
        target.send(next, done);
        next += gap();
      }
      if (next >= end) finished();
      else setTimeout(tick, Math.min(1, Math.max(0, next - performance.now())));
    };
    tick();
  });
  for (const deadline = performance.now() + 5000; windowInFlight > 0 && performance.now() < deadline; ) await sleep(5);
  const cpu = process.cpuUsage(cpuBefore);
  const unanswered = windowInFlight;
  // What is still in flight (a failed rate) drains before the next step.
  for (const deadline = performance.now() + 30_000; inFlight > 0 && performance.now() < deadline; ) await sleep(20);
  const p = percentiles(latencies);
  const round = (x: number): number => Number(x.toFixed(2));
  const p99 = unanswered > 0 ? Infinity : p.p99;
  return {
    rate: Math.round(rate),
    turns: scheduled,
    answeredPerSecond: Math.round(latencies.length / o.stepSeconds),
    latenciesMs: [round(p.p50), round(p.p90), round(p99), unanswered > 0 ? Infinity : round(p.max)],
    errors,
    unanswered,
    clientCpuPerTurnUs: round((cpu.user + cpu.system) / Math.max(1, scheduled)),
    pass: errors === 0 && unanswered === 0 && latencies.length > 0 && p99 <= o.sloMs,
    windowEpochMs: [Math.round(performance.timeOrigin + windowStart), Math.round(performance.timeOrigin + end)],
  };
}

export async function searchCapacity(options: Partial<OpenLoopOptions> & Pick<OpenLoopOptions, 'mode' | 'url'>): Promise<OpenLoopResult> {
  const o: OpenLoopOptions = { ...OPEN_LOOP_DEFAULTS, ...options };
  const target = o.mode === 'echo' ? await echoTarget(o.url, o.conversations) : await directLineTarget(o.url, o.conversations);
  try {
    if (o.primeSeconds > 0) await step(target, o.startRate, { ...o, warmupSeconds: 0, stepSeconds: o.primeSeconds });
    return await searchRates((rate) => step(target, rate, o), o);
  } finally {
    target.close();
  }
}

// As a process: open-loop.ts echo|directline <url> [json options]
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [mode, url, json] = process.argv.slice(2);
  if (!url || (mode !== 'echo' && mode !== 'directline')) {
    process.stderr.write('usage: open-loop.ts echo|directline <url> [json options]\n');
    process.exit(2);
  }
  const result = await searchCapacity({ ...(json ? (JSON.parse(json) as Partial<OpenLoopOptions>) : {}), mode, url });
  // Infinity is not JSON: an unanswered step's p99 goes out as null.
  process.stdout.write(`${JSON.stringify(result)}\n`);
  process.exit(0);
}
