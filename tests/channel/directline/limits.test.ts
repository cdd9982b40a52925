import { Redis } from 'ioredis';
import { WebSocket } from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachBackend } from '../../support/backends.js';
import { DirectLineRest, startServer, waitFor, type Conversation, type TestServer } from '../helpers.js';

const SECRET = 'secret-for-server-side-clients-0123456789';
describeEachBackend('Direct Line', (backend) => {
  let server: TestServer;
  let rest: DirectLineRest;

  beforeAll(async () => {
    server = await startServer({
      ...backend.env(),
      RATE_LIMIT_PER_TOKEN: '5',
      MAX_MESSAGE_CHARS: '100',
      ALLOWED_ORIGINS: 'https://partenaire.example',
      DIRECTLINE_SECRET: SECRET,
    });
    rest = new DirectLineRest(server.url);
  });
  afterAll(async () => {
    await server.close();
  });

  function openSocket(url: string, headers: Record<string, string> = {}): Promise<{ ws: WebSocket; frames: string[] }> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url, { headers });
      const frames: string[] = [];
      ws.on('message', (d) => frames.push(d.toString()));
      ws.on('open', () => resolve({ ws, frames }));
      ws.on('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
      ws.on('error', reject);
    });
  }

  describe('Direct Line limits and bad input', () => {
    it('404 for an unknown conversation (a token of another one gets 403 first: ids are not probed)', async () => {
      const r = await rest.request('/conversations/nope/activities', { token: SECRET });
      expect(r.status).toBe(404);
      expect(r.json.error?.code).toBe('DL_CONVERSATION_NOT_FOUND');
      const c = await rest.start();
      const other = await rest.request('/conversations/nope/activities', { token: c.token });
      expect(other.status).toBe(403);
      expect(other.json.error?.code).toBe('DL_TOKEN_WRONG_CONVERSATION');
    });

    it('the secret starts conversations for server-side clients; a wrong secret gets no token', async () => {
      const created = await rest.request('/conversations', { method: 'POST', token: SECRET });
      expect(created.status).toBe(201);
      expect(String(created.json['streamUrl'])).toMatch(/^ws:\/\/127\.0\.0\.1:\d+\/v3\/directline\/conversations\/.+\/stream\?t=/);
      const gen = await rest.request('/tokens/generate', { method: 'POST', token: `${SECRET}x` });
      expect(gen.status).toBe(403);
    });

    it('401 without a token, 403 with a wrong one', async () => {
      const c = await rest.start();
      const missing = await rest.request(`/conversations/${c.conversationId}/activities`);
      expect(missing.status).toBe(401);
      expect(missing.json.error?.code).toBe('DL_TOKEN_MISSING');
      const wrong = await rest.request(`/conversations/${c.conversationId}/activities`, { token: 'x'.repeat(43) });
      expect(wrong.status).toBe(403);
      expect(wrong.json.error?.code).toBe('DL_TOKEN_INVALID');
    });

    it('a token of conversation A never reads or writes conversation B (REST and WebSocket)', async () => {
      const a = await rest.start();
      const b = await rest.start();
      const read = await rest.request(`/conversations/${b.conversationId}/activities`, { token: a.token });
      expect(read.status).toBe(403);
      const write = await rest.send({ ...b, token: a.token }, 'intrusion');
      expect(write.status).toBe(403);
      const reconnect = await rest.request(`/conversations/${b.conversationId}?watermark=0`, { token: a.token });
      expect(reconnect.status).toBe(403);
      const streamB = b.streamUrl.replace(/t=[^&]+/, `t=${encodeURIComponent(a.token)}`);
      await expect(openSocket(streamB)).rejects.toThrow('HTTP 403');
      const history = await rest.activities(b);
      expect(history.activities.some((x) => x.text === 'intrusion')).toBe(false);
    });

    it('rejects a body over 64 KB with 413 and a frame over 64 KB with close 1009', async () => {
      const c = await rest.start();
      const big = await rest.send(c, 'a'.repeat(70 * 1024));
      expect(big.status).toBe(413);
      expect(big.json.error?.code).toBe('DL_PAYLOAD_TOO_LARGE');
      const { ws } = await openSocket(c.streamUrl);
      const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
      ws.send('b'.repeat(65 * 1024 + 1));
      expect(await closed).toBe(1009);
    });

    it('validates the activity and names the invalid field', async () => {
      const c = await rest.start();
      const badType = await rest.request(`/conversations/${c.conversationId}/activities`, {
        method: 'POST',
        token: c.token,
        body: { type: 'deleteUserData', text: 'x' },
      });
      expect(badType.status).toBe(400);
      expect(badType.json.error?.code).toBe('DL_BAD_ACTIVITY');
      expect(badType.json.error?.detail).toMatch(/^type:/);
      const badText = await rest.send(c, 'ok', { text: 42 });
      expect(badText.status).toBe(400);
      expect(badText.json.error?.detail).toMatch(/^text:/);
      const badFrom = await rest.send(c, 'ok', { from: { id: 7 } });
      expect(badFrom.json.error?.detail).toMatch(/^from\.id:/);
    });

    it('answers a message over MAX_MESSAGE_CHARS politely instead of failing', async () => {
      const c = await rest.start();
      const r = await rest.send(c, 'je veux faire un apprentissage '.repeat(10));
      expect(r.status).toBe(200);
      const { activities } = await rest.activities(c);
      const reply = activities.at(-1);
      expect(reply?.from.role).toBe('bot');
      expect(reply?.text).toMatch(/un peu long/);
      expect(reply?.text).toMatch(/100 caractères/);
      // The bot's dialog did not run.
      expect(activities.some((a) => a.text === 'Quel est ton prénom ?')).toBe(false);
    });

    it('rate-limits messages per conversation with Retry-After, without touching other conversations', async () => {
      const c = await rest.start();
      const statuses: number[] = [];
      let retryAfter: string | null = null;
      for (let i = 0; i < 7; i++) {
        const r = await rest.send(c, `m${i}`);
        statuses.push(r.status);
        if (r.status === 429) {
          retryAfter = r.headers.get('retry-after');
          expect(r.json.error?.code).toBe('DL_RATE_LIMITED');
        }
      }
      expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
      expect(statuses.slice(5)).toEqual([429, 429]);
      expect(Number(retryAfter)).toBeGreaterThan(0);
      const other = await rest.start();
      expect((await rest.send(other, 'bonjour')).status).toBe(200);
      if (backend.redis) {
        // On Redis the counters are named by limiter and key, shared by every instance under one prefix.
        const client = new Redis(backend.redis.url);
        const counters = await client.keys('an:rl:*');
        client.disconnect();
        expect(counters).toContain(`an:rl:msg:${c.conversationId}`);
        expect(counters).toContain(`an:rl:msg:${other.conversationId}`);
        expect(counters.filter((k) => !/^an:rl:(ip|msg|read):[^:]/.test(k))).toEqual([]);
      }
    });

    it('rate-limits per IP as well', async () => {
      await backend.resetRateLimits();
      const limited = await startServer({ ...backend.env(), RATE_LIMIT_PER_IP: '3' });
      try {
        const r2 = new DirectLineRest(limited.url);
        const statuses: number[] = [];
        for (let i = 0; i < 4; i++) statuses.push((await r2.request('/tokens/generate', { method: 'POST', body: {} })).status);
        expect(statuses).toEqual([200, 200, 200, 429]);
      } finally {
        await limited.close();
      }
    });

    it('gives widget tokens only to allowed origins, and checks the origin before the WebSocket upgrade', async () => {
      const ok = await rest.request('/tokens/generate', { method: 'POST', body: {}, headers: { Origin: 'https://partenaire.example' } });
      expect(ok.status).toBe(200);
      expect(ok.headers.get('access-control-allow-origin')).toBe('https://partenaire.example');
      const evil = await rest.request('/tokens/generate', { method: 'POST', body: {}, headers: { Origin: 'https://evil.example' } });
      expect(evil.status).toBe(403);
      expect(evil.json.error?.code).toBe('DL_ORIGIN_NOT_ALLOWED');
      const noOrigin = await fetch(`${server.url}/v3/directline/tokens/generate`, { method: 'POST' });
      expect(noOrigin.status).toBe(403);
      const c = await rest.start();
      await expect(openSocket(c.streamUrl, { Origin: 'https://evil.example' })).rejects.toThrow('HTTP 403');
      const { ws } = await openSocket(c.streamUrl, { Origin: 'https://partenaire.example' });
      ws.close();
    });

    it('a retry with the same client activity id returns the same id and runs no second turn', async () => {
      const c = await rest.start();
      const body = { channelData: { clientActivityID: 'client-42' } };
      const first = await rest.send(c, 'bonjour', body);
      const again = await rest.send(c, 'bonjour', body);
      expect(first.status).toBe(200);
      expect(again.json['id']).toBe(first.json['id']);
      const { activities } = await rest.activities(c);
      expect(activities.filter((a) => a.text === 'bonjour')).toHaveLength(1);
      expect(activities.filter((a) => a.text === 'Quel est ton prénom ?')).toHaveLength(1);
    });

    it('refreshes a token; the new one works on the same conversation only', async () => {
      const c = await rest.start();
      const r = await rest.request('/tokens/refresh', { method: 'POST', token: c.token });
      expect(r.status).toBe(200);
      expect(r.json['conversationId']).toBe(c.conversationId);
      expect(r.json['token']).not.toBe(c.token);
      expect(String(r.json['token']).length).toBeGreaterThanOrEqual(43);
      const fresh = { ...c, token: String(r.json['token']) };
      expect((await rest.send(fresh, 'bonjour')).status).toBe(200);
    });

    it('sets security headers: helmet on pages, strict API headers on Direct Line', async () => {
      const page = await fetch(`${server.url}/quelque-page`);
      expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'self' https://partenaire.example");
      // Served over plain http (no https PUBLIC_URL): no HSTS, which only means something over https.
      expect(page.headers.get('strict-transport-security')).toBeNull();
      const r = await rest.request('/tokens/generate', { method: 'POST', body: {} });
      expect(r.headers.get('x-content-type-options')).toBe('nosniff');
      expect(r.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(r.headers.get('cache-control')).toBe('no-store');
    });

    it('GET activities returns everything after the watermark', async () => {
      const c: Conversation = await rest.start();
      await rest.send(c, 'bonjour');
      const all = await rest.activities(c);
      expect(all.activities.map((a) => a.text)).toEqual(['Bienvenue dans le bot de test.', 'bonjour', 'Quel est ton prénom ?']);
      expect(all.watermark).toBe('3');
      const after1 = await rest.activities(c, '1');
      expect(after1.activities.map((a) => a.text)).toEqual(['bonjour', 'Quel est ton prénom ?']);
      const none = await rest.activities(c, '3');
      expect(none).toEqual({ activities: [], watermark: '3' });
    });

    it('typing and delay: kept in the history in order, and what comes before is delivered before the pause', async () => {
      const c = await rest.start();
      const { ws, frames } = await openSocket(c.streamUrl);
      try {
        await rest.send(c, 'lent');
        await waitFor(() => frames.join(''), (f) => f.includes('après une pause'));
        const frameOf = (needle: string) => frames.findIndex((f) => f.includes(needle));
        // Committed and pushed before the pause, not together with what follows it.
        expect(frameOf('"typing"')).toBeLessThan(frameOf('après une pause'));
        expect(frameOf('"delay"')).toBeLessThan(frameOf('après une pause'));
        const ids = frames.flatMap((f) => (JSON.parse(f) as { activities: { id: string }[] }).activities.map((a) => a.id));
        expect(new Set(ids).size).toBe(ids.length);
        const { activities } = await rest.activities(c);
        const tail = activities.slice(-4);
        expect(tail.map((a) => a.type)).toEqual(['message', 'typing', 'delay', 'message']);
        const seqs = tail.map((a) => Number(String(a.id).split('|')[1]));
        expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
        expect(new Set(seqs).size).toBe(4);
      } finally {
        ws.close();
      }
    });

    it('a failing turn gets a polite French apology and the message is kept', async () => {
      const c = await rest.start();
      const r = await rest.send(c, 'boom');
      expect(r.status).toBe(200);
      const { activities } = await rest.activities(c);
      expect(activities.map((a) => a.text).slice(-2)).toEqual([
        'boom',
        expect.stringContaining('0800 050 000'),
      ]);
    });

    it('"effacer" deletes the transcript now; later ids keep increasing', async () => {
      const c = await rest.start();
      await rest.send(c, 'bonjour');
      await rest.send(c, 'effacer');
      const after = await rest.activities(c);
      expect(after.activities.map((a) => a.text)).toEqual(['Conversation effacée.']);
      expect(after.activities[0]?.id).toMatch(/\|0000005$/);
      const key = `directline/conversations/${c.conversationId}/`;
      expect(await server.app.storage.state.read([key])).toEqual({});
    });
  });

  describe('load shedding and shutdown', () => {
    it('answers 503 with Retry-After when under pressure', async () => {
      let healthy = true;
      const s = await startServer(backend.env(), { channel: { underPressure: { healthCheck: async () => healthy, healthCheckInterval: 20 } } });
      try {
        const r = new DirectLineRest(s.url);
        expect((await r.request('/tokens/generate', { method: 'POST', body: {} })).status).toBe(200);
        healthy = false;
        const shed = await waitFor(() => r.request('/tokens/generate', { method: 'POST', body: {} }), (x) => x.status === 503);
        expect(shed.json.error?.code).toBe('DL_OVERLOADED');
        expect(Number(shed.headers.get('retry-after'))).toBeGreaterThan(0);
      } finally {
        await s.close();
      }
    });

    it('drains a running turn and closes sockets with 1001', async () => {
      const s = await startServer(backend.env());
      const r = new DirectLineRest(s.url);
      const c = await r.start();
      const { ws } = await openSocket(c.streamUrl);
      const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
      const slow = r.send(c, 'attends');
      await new Promise((res) => setTimeout(res, 100));
      await s.close();
      expect((await slow).status).toBe(200);
      expect(await closed).toBe(1001);
    });
  });
});
