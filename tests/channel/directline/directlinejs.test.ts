import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachBackend } from '../../support/backends.js';
import { DirectLineRest, installDirectLineGlobals, startServer, waitFor, type TestServer } from '../helpers.js';

// The client Web Chat uses, which no one here wrote, driving the real server over loopback.
await installDirectLineGlobals();
const { DirectLine, ConnectionStatus } = await import('botframework-directlinejs');
type Activity = { id?: string; type: string; text?: string; from: { id: string; role?: string }; suggestedActions?: unknown; attachments?: unknown; channelData?: unknown; value?: unknown };

describeEachBackend('Direct Line', (backend) => {
  let server: TestServer;
  let rest: DirectLineRest;

  beforeAll(async () => {
    server = await startServer(backend.env(), { channel: { pingIntervalMs: 200 } });
    rest = new DirectLineRest(server.url);
  });
  afterAll(async () => {
    await server.close();
  });

  async function widgetToken(): Promise<string> {
    const r = await rest.request('/tokens/generate', { method: 'POST', body: {} });
    expect(r.status).toBe(200);
    return String(r.json['token']);
  }

  function connect(token: string, extra: Record<string, unknown> = {}) {
    const dl = new DirectLine({ token, domain: `${server.url}/v3/directline`, webSocket: true, random: () => 0, ...extra } as never);
    const received: Activity[] = [];
    const sub = dl.activity$.subscribe((a) => received.push(a as Activity));
    return { dl, received, end: () => { sub.unsubscribe(); dl.end(); } };
  }

  const botTexts = (list: Activity[]) => list.filter((a) => a.from.role === 'bot' && a.type === 'message').map((a) => a.text);

  function post(dl: InstanceType<typeof DirectLine>, text: string): Promise<string> {
    return new Promise((resolve, reject) => {
      dl.postActivity({ type: 'message', from: { id: 'eleve-1', name: 'Élève' }, text } as never).subscribe({ next: resolve, error: reject });
    });
  }

  describe('Direct Line with botframework-directlinejs', () => {
    it('receives the welcome, then a reply to a message, with cards and quick replies intact', async () => {
      const c = connect(await widgetToken());
      try {
        await waitFor(() => botTexts(c.received), (t) => t.includes('Bienvenue dans le bot de test.'));
        const id = await post(c.dl, 'bonjour');
        expect(id).toMatch(/\|0000002$/);
        const got = await waitFor(() => c.received, (l) => l.some((a) => a.text === 'Quel est ton prénom ?'));
        // The user's own message comes back on the stream, as Direct Line does.
        expect(got.some((a) => a.id === id && a.text === 'bonjour' && a.from.id === 'eleve-1')).toBe(true);
        const question = got.find((a) => a.text === 'Quel est ton prénom ?') as Activity;
        expect(question.suggestedActions).toEqual({ to: [], actions: [{ type: 'imBack', title: 'Alice', value: 'Alice' }] });
        expect(question.attachments).toEqual([
          expect.objectContaining({ contentType: 'application/vnd.microsoft.card.hero', content: expect.objectContaining({ title: 'Carte' }) }),
        ]);
        expect(question.channelData).toEqual({ source: 'test', date: '2026-01-01' });
        expect(question.value).toEqual({ step: 1 });
        await post(c.dl, 'Alice');
        await waitFor(() => botTexts(c.received), (t) => t.includes('Enchanté, Alice !'));
        // Order is the commit order: welcome, question, answer.
        expect(botTexts(c.received)).toEqual(['Bienvenue dans le bot de test.', 'Quel est ton prénom ?', 'Enchanté, Alice !']);
      } finally {
        c.end();
      }
    });

    it('after a dropped socket, reconnects with its watermark and receives exactly the missed activities', async () => {
      const token = await widgetToken();
      const c = connect(token);
      try {
        await waitFor(() => botTexts(c.received), (t) => t.length === 1);
        const conversationId = (c.dl as unknown as { conversationId: string }).conversationId;
        const before = c.received.length;
        // Drop the server side of the socket, then let the bot speak while the client is away.
        const sockets = [...server.app.websocketServer.clients];
        expect(sockets.length).toBeGreaterThan(0);
        for (const s of sockets) s.terminate();
        const conv = { conversationId, token, streamUrl: '' };
        const sent = await rest.send(conv, 'bonjour');
        expect(sent.status).toBe(200);
        // directlinejs waits 3 s (random() = 0), asks GET /conversations/{id}?watermark=N, reopens the stream.
        await waitFor(() => c.received.length, (n) => n >= before + 2, 15_000);
        await new Promise((r) => setTimeout(r, 300));
        const missed = c.received.slice(before);
        expect(missed.map((a) => a.text)).toEqual(['bonjour', 'Quel est ton prénom ?']);
        const ids = c.received.map((a) => a.id);
        expect(new Set(ids).size).toBe(ids.length);
      } finally {
        c.end();
      }
    }, 30_000);

    it('keeps two conversations apart', async () => {
      const a = connect(await widgetToken());
      const b = connect(await widgetToken());
      try {
        await waitFor(() => botTexts(a.received).length + botTexts(b.received).length, (n) => n === 2);
        await post(a.dl, 'bonjour');
        await post(a.dl, 'Alice');
        await post(b.dl, 'bonjour');
        await post(b.dl, 'Bob');
        await waitFor(() => botTexts(a.received), (t) => t.includes('Enchanté, Alice !'));
        await waitFor(() => botTexts(b.received), (t) => t.includes('Enchanté, Bob !'));
        expect(a.received.some((x) => x.text?.includes('Bob'))).toBe(false);
        expect(b.received.some((x) => x.text?.includes('Alice'))).toBe(false);
        expect(a.dl.connectionStatus$.getValue()).toBe(ConnectionStatus.Online);
      } finally {
        a.end();
        b.end();
      }
    });
  });
});
