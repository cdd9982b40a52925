import { WebSocket } from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fc, propertyOptions } from '../../helpers/fast-check.js';
import { DirectLineRest, startServer, type Conversation, type TestServer } from '../helpers.js';

const options = propertyOptions('tests/channel/directline/frames.property.test.ts');

let server: TestServer;
let rest: DirectLineRest;
let conversation: Conversation;
let socket: WebSocket | undefined;

beforeAll(async () => {
  server = await startServer({ RATE_LIMIT_PER_TOKEN: '1000000', RATE_LIMIT_PER_IP: '1000000' });
  rest = new DirectLineRest(server.url);
  conversation = await rest.start();
});
afterAll(async () => {
  socket?.terminate();
  await server?.close();
});

/** The open socket, or a new one on the same conversation (a frame may have closed the last). */
async function openSocket(): Promise<WebSocket> {
  if (socket && socket.readyState === WebSocket.OPEN) return socket;
  const ws = new WebSocket(conversation.streamUrl, { headers: { origin: server.url } });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  ws.on('error', () => undefined);
  socket = ws;
  return ws;
}

/** What a client can put in a frame: keep-alives, JSON, garbage, text and binary, up to past the 64 KB limit. */
const frame = fc.oneof(
  { weight: 3, arbitrary: fc.oneof(fc.constant(''), fc.string({ unit: 'binary', maxLength: 500 }), fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v) ?? '')).map((s) => ({ binary: false, data: Buffer.from(s) })) },
  { weight: 2, arbitrary: fc.uint8Array({ maxLength: 2_000 }).map((b) => ({ binary: true, data: Buffer.from(b) })) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 60_000, max: 70_000 }), fc.boolean()).map(([n, binary]) => ({ binary, data: Buffer.alloc(n, 0x61) })) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 30_000 }).map((d) => ({ binary: false, data: Buffer.from(`${'['.repeat(d)}${']'.repeat(d)}`) })) },
);

describe('WebSocket frames from a fuzzer', () => {
  it('property: after any frame the server answers a ping within 2 s, or closes that socket cleanly (1009 for too big); it keeps serving', async () => {
    await fc.assert(
      fc.asyncProperty(frame, async (f) => {
        const ws = await openSocket();
        const outcome = await new Promise<string>((resolve) => {
          const timer = setTimeout(() => resolve('hang'), 2_000);
          ws.once('pong', () => {
            clearTimeout(timer);
            resolve('pong');
          });
          ws.once('close', (code) => {
            clearTimeout(timer);
            resolve(`close ${code}`);
          });
          ws.send(f.data, { binary: f.binary }, () => ws.ping());
        });
        if (f.data.length > 64 * 1024) expect(outcome).toBe('close 1009');
        else expect(outcome).toBe('pong');
      }),
      options,
    );
    // The server still serves REST and streams after all that.
    const r = await rest.send(conversation, 'bonjour');
    expect(r.status).toBe(200);
  }, 180_000);
});
