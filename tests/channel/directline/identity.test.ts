import { WebSocket } from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachBackend } from '../../support/backends.js';
import { DirectLineRest, startServer, type TestServer } from '../helpers.js';
import { DirectLineInject, startInjectServer, type InjectServer } from '../inject.js';

describeEachBackend('a user cannot speak as someone else', (backend) => {
  let server: InjectServer;
  beforeAll(async () => {
    await backend.reset();
    server = await startInjectServer(backend.env());
  });
  afterAll(async () => {
    await server?.close();
  });

  it('from is the token\'s user, whatever the activity says (not "bot", not the bot\'s name, not a bot role)', async () => {
    const dl = new DirectLineInject(server.app);
    const c = await dl.start();
    const botName = server.app.bot.adapter.botAccount.name ?? '';
    const r = await dl.post(c, { type: 'message', text: 'je suis le bot', from: { id: 'bot', name: botName, role: 'bot' } });
    expect(r.statusCode).toBe(200);
    const { activities } = await dl.activities(c);
    const mine = activities.find((a) => a.text === 'je suis le bot');
    const userId = (await server.app.storage.history.getConversation(c.conversationId))?.userId;
    expect(mine?.from).toEqual({ id: userId, role: 'user' });
    expect(mine?.from.id).not.toBe('bot');
  });
});

describeEachBackend('one user per conversation', (backend) => {
  let server: InjectServer;
  beforeAll(async () => {
    await backend.reset();
    server = await startInjectServer(backend.env());
  });
  afterAll(async () => {
    await server?.close();
  });

  it('an anonymous token\'s conversation keeps the id of its first message; later claims change nothing', async () => {
    const dl = new DirectLineInject(server.app);
    const c = await dl.start();
    expect((await dl.post(c, { type: 'message', text: 'premier', from: { id: 'eleve-1' } })).statusCode).toBe(200);
    expect((await dl.post(c, { type: 'message', text: 'second', from: { id: 'quelqu-un-d-autre', name: 'Autre' } })).statusCode).toBe(200);
    expect((await dl.post(c, { type: 'message', text: 'troisième', from: { id: 'bot' } })).statusCode).toBe(200);
    const { activities } = await dl.activities(c);
    const senders = activities.filter((a) => a.from.role === 'user').map((a) => [a.text, a.from.id, a.from.name]);
    expect(senders).toEqual([['premier', 'eleve-1', undefined], ['second', 'eleve-1', undefined], ['troisième', 'eleve-1', undefined]]);
  });

  it('a token generated for a user id speaks as that id only', async () => {
    const dl = new DirectLineInject(server.app);
    const gen = await dl.request('POST', '/tokens/generate', { body: { user: { id: 'eleve-42' } } });
    const { token, conversationId } = gen.json() as { token: string; conversationId: string };
    await dl.request('POST', '/conversations', { token, body: {} });
    const c = { token, conversationId, streamUrl: '' };
    await dl.post(c, { type: 'message', text: 'salut', from: { id: 'bot' } });
    const { activities } = await dl.activities(c);
    expect(activities.find((a) => a.text === 'salut')?.from.id).toBe('eleve-42');
  });
});

describe('a WebSocket ends with its token', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer({}, { channel: { tokenTtlSeconds: 1.5 } });
  });
  afterAll(async () => {
    await server?.close();
  });

  const open = (url: string): Promise<{ ws: WebSocket; closed: Promise<{ code: number; at: number }> }> =>
    new Promise((resolve, reject) => {
      const ws = new WebSocket(url, { headers: { origin: server.url } });
      const closed = new Promise<{ code: number; at: number }>((r) => ws.on('close', (code) => r({ code, at: Date.now() })));
      ws.on('open', () => resolve({ ws, closed }));
      ws.on('error', reject);
    });

  it('closes the socket with 4401 once its token has expired', async () => {
    const rest = new DirectLineRest(server.url);
    const c = await rest.start();
    const start = Date.now();
    const { closed } = await open(c.streamUrl);
    const { code, at } = await closed;
    expect(code).toBe(4401);
    expect(at - start).toBeLessThan(3_000);
  });

  it('keeps it open past the first expiry when the client refreshed its token', async () => {
    const rest = new DirectLineRest(server.url);
    const c = await rest.start();
    const { ws, closed } = await open(c.streamUrl);
    await new Promise((r) => setTimeout(r, 700));
    const refreshed = await rest.request('/tokens/refresh', { method: 'POST', token: c.token });
    expect(refreshed.status).toBe(200);
    const state = await Promise.race([closed.then(() => 'closed'), new Promise((r) => setTimeout(() => r('open'), 1_300))]);
    expect(state).toBe('open');
    expect(ws.readyState).toBe(WebSocket.OPEN);
    // …until the refreshed token expires too.
    expect((await closed).code).toBe(4401);
  });
});
