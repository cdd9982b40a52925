import type { ChildProcess } from 'node:child_process';
import { afterAll, afterEach, expect, it } from 'vitest';
import { describeRedis } from '../../support/backends.js';
import { exited, spawnServer } from '../../support/instances.js';
import { freePort } from '../../support/redis-server.js';
import { startRoundRobinProxy, type RoundRobinProxy } from '../../support/round-robin-proxy.js';
import { DirectLineRest, installDirectLineGlobals, startServer, waitFor, type Conversation, type TestServer } from '../helpers.js';

await installDirectLineGlobals();
const { DirectLine } = await import('botframework-directlinejs');
type Activity = { id?: string; type: string; text?: string; from: { id: string; role?: string } };

/** Prints a measured figure of the acceptance runs (the report quotes them). */
function report(line: string): void {
  process.stderr.write(`[scale-out] ${line}\n`);
}

const seqOf = (id: string | undefined) => Number(id?.split('|')[1]);

describeRedis('two instances on one Redis behind a round-robin proxy', (backend) => {
  const cleanup: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const fn of cleanup.splice(0).reverse()) await fn();
  });

  it('botframework-directlinejs: posts alternate instances, one stream gets every reply in order, a reconnect on the other instance gets exactly the missed ones', async () => {
    await backend.reset();
    // As in production (README, "Several instances"): PUBLIC_URL is the balancer's origin, so the streamUrl each
    // instance hands out (and so every WebSocket, the reconnect's too) goes through the proxy.
    const proxyPort = await freePort();
    const env = { ...backend.env(), RATE_LIMIT_PER_TOKEN: '1000', PUBLIC_URL: `http://127.0.0.1:${proxyPort}` };
    const a: TestServer = await startServer(env, { channel: { pingIntervalMs: 200 } });
    cleanup.push(() => a.close());
    const b: TestServer = await startServer(env, { channel: { pingIntervalMs: 200 } });
    cleanup.push(() => b.close());
    const proxy = await startRoundRobinProxy([a.url, b.url], proxyPort);
    cleanup.push(() => proxy.close());
    const apps = [a.app, b.app];

    const gen = await new DirectLineRest(proxy.url).request('/tokens/generate', { method: 'POST', body: {} });
    const token = String(gen.json['token']);
    const dl = new DirectLine({ token, domain: `${proxy.url}/v3/directline`, webSocket: true, random: () => 0 } as never);
    const received: Activity[] = [];
    const sub = dl.activity$.subscribe((x) => received.push(x as Activity));
    cleanup.push(async () => {
      sub.unsubscribe();
      dl.end();
    });
    const post = (text: string) =>
      new Promise<string>((resolve, reject) => {
        dl.postActivity({ type: 'message', from: { id: 'eleve-1', name: 'Élève' }, text } as never).subscribe({ next: resolve, error: reject });
      });
    const botTexts = () => received.filter((x) => x.from.role === 'bot' && x.type === 'message').map((x) => x.text);

    await waitFor(botTexts, (t) => t.includes('Bienvenue dans le bot de test.'), 15_000);
    const texts = ['m1', 'm2', 'm3', 'm4', 'm5', 'm6'];
    for (const text of texts) await post(text);
    const expected = ['Bienvenue dans le bot de test.', 'Quel est ton prénom ?', 'Enchanté, m2 !', 'Quel est ton prénom ?', 'Enchanté, m4 !', 'Quel est ton prénom ?', 'Enchanté, m6 !'];
    await waitFor(botTexts, (t) => t.length === expected.length, 15_000);
    // The waterfall state went from instance to instance: each answer is the step after the other instance's question.
    expect(botTexts()).toEqual(expected);
    const posts = proxy.routed.filter((r) => r.method === 'POST' && r.path.endsWith('/activities'));
    expect(posts.map((r) => r.backend)).toEqual([0, 1, 0, 1, 0, 1].map((x) => (x + (posts[0]?.backend ?? 0)) % 2));
    // One stream, every activity once, in commit order.
    const ids = received.map((x) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.map(seqOf)).toEqual([...ids.map(seqOf)].sort((x, y) => x - y));
    expect(received.filter((x) => x.from.role !== 'bot').map((x) => x.text)).toEqual(texts);
    const upgrades = proxy.routed.filter((r) => r.upgrade);
    expect(upgrades).toHaveLength(1);
    const streamOn = upgrades[0]?.backend as number;
    report(`posts by instance: ${posts.map((r) => (r.backend === 0 ? 'A' : 'B')).join(' ')}; stream on ${streamOn === 0 ? 'A' : 'B'}; ${received.length} activities received in order`);

    // The stream's instance drops it; meanwhile the bot speaks; directlinejs reconnects with its watermark, and the
    // proxy sends the reconnect to the other instance.
    const other = 1 - streamOn;
    proxy.route = () => other;
    const before = received.length;
    const conversationId = (dl as unknown as { conversationId: string }).conversationId;
    for (const s of apps[streamOn]?.websocketServer.clients ?? []) s.terminate();
    const rest = new DirectLineRest(proxy.url);
    const conv: Conversation = { conversationId, token, streamUrl: '' };
    expect((await rest.send(conv, 'm7')).status).toBe(200);
    expect((await rest.send(conv, 'm8')).status).toBe(200);
    await waitFor(() => received.length, (n) => n >= before + 4, 20_000);
    await new Promise((r) => setTimeout(r, 400));
    const missed = received.slice(before);
    expect(missed.map((x) => x.text)).toEqual(['m7', 'Quel est ton prénom ?', 'm8', 'Enchanté, m8 !']);
    expect(proxy.routed.filter((r) => r.upgrade).at(-1)?.backend).toBe(other);
    const all = received.map((x) => x.id);
    expect(new Set(all).size).toBe(all.length);
    report(`reconnect on ${other === 0 ? 'A' : 'B'} with its watermark: ${missed.length} missed activities, none repeated`);
  }, 90_000);

  it('kill -9 of one instance while 20 conversations send: every acknowledged message is in the history once, and they go on through the other', async () => {
    await backend.reset();
    const env = { ...backend.env(), RATE_LIMIT_PER_TOKEN: '100000', REDIS_LOCK_TTL_MS: '2000' };
    const ports = [await freePort(), await freePort()];
    const children: ChildProcess[] = [];
    for (const port of ports) children.push(await spawnServer(port, env));
    cleanup.push(async () => {
      for (const c of children) {
        c.kill('SIGKILL');
        await exited(c);
      }
    });
    const proxy: RoundRobinProxy = await startRoundRobinProxy(ports.map((p) => `http://127.0.0.1:${p}`));
    cleanup.push(() => proxy.close());
    const result = await sendWhile(proxy.url, async () => {
      const victim = children[0] as ChildProcess;
      victim.kill('SIGKILL');
      await exited(victim);
    });
    report(
      `kill -9 of instance A after ${result.ackedBefore} acks: ${result.acked} acknowledged in all, ${result.afterEvent} after the kill, ${result.retries} retries, longest wait for an ack ${result.longestMs} ms`,
    );
    expect(result.afterEvent).toBeGreaterThanOrEqual(40);
  }, 180_000);

  it('kill -9 of redis-server (AOF, fsync always) while they send, then a restart: nothing acknowledged is lost', async () => {
    await backend.reset();
    const env = { ...backend.env(), RATE_LIMIT_PER_TOKEN: '100000', REDIS_LOCK_TTL_MS: '2000' };
    const ports = [await freePort(), await freePort()];
    const children: ChildProcess[] = [];
    for (const port of ports) children.push(await spawnServer(port, env));
    cleanup.push(async () => {
      for (const c of children) {
        c.kill('SIGKILL');
        await exited(c);
      }
    });
    const proxy = await startRoundRobinProxy(ports.map((p) => `http://127.0.0.1:${p}`));
    cleanup.push(() => proxy.close());
    const redis = backend.redis;
    if (!redis) throw new Error('no redis-server');
    const result = await sendWhile(proxy.url, async () => {
      await redis.kill9();
      await new Promise((r) => setTimeout(r, 1000));
      await redis.restart();
    });
    report(
      `kill -9 of redis-server after ${result.ackedBefore} acks: ${result.acked} acknowledged in all, ${result.afterEvent} after the restart, ${result.retries} retries (503/502), longest wait for an ack ${result.longestMs} ms`,
    );
    expect(result.afterEvent).toBeGreaterThanOrEqual(40);
  }, 180_000);
});

interface SendResult {
  acked: number;
  ackedBefore: number;
  afterEvent: number;
  retries: number;
  longestMs: number;
}

/**
 * 20 conversations send through the proxy, each message with its client activity id and retried with the same id
 * until it gets an `{id}`; `event` happens once 60 are acknowledged; sending goes on until every conversation got 3
 * more acks after it. Then every acknowledged id must be in the history, with its text, exactly once.
 */
async function sendWhile(url: string, event: () => Promise<void>): Promise<SendResult> {
  const rest = new DirectLineRest(url);
  const conversations: Conversation[] = [];
  for (let i = 0; i < 20; i++) conversations.push(await retry(() => rest.start()));
  const acked = new Map<string, { id: string; text: string; at: number }[]>(conversations.map((c) => [c.conversationId, []]));
  let stop = false;
  let eventAt = Infinity;
  let retries = 0;
  let longestMs = 0;
  const total = () => [...acked.values()].reduce((n, l) => n + l.length, 0);
  const sender = async (c: Conversation, n: number): Promise<void> => {
    const mine = acked.get(c.conversationId) ?? [];
    for (let i = 0; !stop; i++) {
      const text = `c${n}-m${i}`;
      const started = Date.now();
      for (;;) {
        try {
          const r = await rest.send(c, text, { channelData: { clientActivityID: text } });
          if (r.status === 200) {
            mine.push({ id: String(r.json['id']), text, at: Date.now() });
            break;
          }
        } catch {
          // connection reset by a kill: not acknowledged, send it again
        }
        retries++;
        await new Promise((r) => setTimeout(r, 100));
      }
      longestMs = Math.max(longestMs, Date.now() - started);
    }
  };
  const senders = conversations.map((c, n) => sender(c, n));
  const t0 = Date.now();
  while (total() < 60 && Date.now() - t0 < 60_000) await new Promise((r) => setTimeout(r, 20));
  const ackedBefore = total();
  eventAt = Date.now();
  await event();
  const goneOn = () => [...acked.values()].every((l) => l.filter((x) => x.at > eventAt).length >= 3);
  const t1 = Date.now();
  while (!goneOn() && Date.now() - t1 < 60_000) await new Promise((r) => setTimeout(r, 50));
  stop = true;
  await Promise.all(senders);
  expect(goneOn()).toBe(true);

  for (const c of conversations) {
    const { activities } = await rest.activities(c);
    const userTexts = activities.filter((x) => x.from.role === 'user').map((x) => x.text);
    for (const { id, text } of acked.get(c.conversationId) ?? []) {
      const found = activities.filter((x) => x.id === id);
      expect(found).toHaveLength(1);
      expect(found[0]?.text).toBe(text);
      expect(userTexts.filter((t) => t === text)).toHaveLength(1);
    }
    expect(new Set(userTexts).size).toBe(userTexts.length);
    const seqs = activities.map((x) => seqOf(x.id));
    expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
  }
  const all = [...acked.values()].flat();
  return { acked: all.length, ackedBefore, afterEvent: all.filter((x) => x.at > eventAt).length, retries, longestMs };
}

async function retry<T>(fn: () => Promise<T>): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await fn();
    } catch (err) {
      if (i > 20) throw err;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}
