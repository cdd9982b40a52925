import { connect, type Socket } from 'node:net';
import { afterEach, expect, it } from 'vitest';
import { describeEachBackend } from '../../support/backends.js';
import { startServer, waitFor, type TestServer } from '../helpers.js';

/** Sends a WebSocket upgrade request on a raw socket; resolves with what the server wrote once it ends the connection. */
function refusedUpgrade(url: string, path: string): { socket: Socket; ended: Promise<string> } {
  const { hostname, port } = new URL(url);
  const socket = connect(Number(port), hostname);
  let received = '';
  socket.on('data', (d: Buffer) => {
    received += d.toString();
  });
  const ended = new Promise<string>((resolve, reject) => {
    socket.on('end', () => resolve(received));
    socket.on('close', () => resolve(received));
    socket.on('error', reject);
  });
  socket.write(
    `GET ${path} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n` +
      'Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n',
  );
  return { socket, ended };
}

function within<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what}: not within ${ms} ms`)), ms))]);
}

/**
 * A WebSocket upgrade refused before the route's own hooks (load shedding's 503, storage unreachable) is answered and
 * its connection ended by the server: @fastify/websocket only ends upgrade sockets it marked in its own onRequest
 * hook, which the hooks registered before it skip when they answer. A leaked socket is never closed, and the server
 * waits for it forever at shutdown (a SIGTERM that does nothing).
 */
describeEachBackend('a refused WebSocket upgrade', (backend) => {
  let server: TestServer | undefined;
  const sockets: Socket[] = [];
  afterEach(async () => {
    for (const s of sockets.splice(0)) s.destroy();
    await server?.close();
    server = undefined;
  });

  it('under load shedding gets 503 with Retry-After, its connection is ended by the server, and shutdown completes', async () => {
    await backend.reset();
    // Every heap is over one byte: load shedding answers every request, deterministically (no loop to block).
    server = await startServer(backend.env(), { channel: { underPressure: { maxHeapUsedBytes: 1 } } });
    // The heap is sampled once a second: from the first sample on, plain requests are shed.
    const url = server.url;
    await waitFor(() => fetch(`${url}/v3/directline/tokens/generate`, { method: 'POST' }).then((r) => r.status), (s) => s === 503, 5000);
    const { socket, ended } = refusedUpgrade(server.url, '/v3/directline/conversations/abc/stream?t=x');
    sockets.push(socket);
    const answer = await within(ended, 5000, 'the server ending the refused upgrade');
    expect(answer).toMatch(/^HTTP\/1\.1 503 /);
    expect(answer).toMatch(/\r\nretry-after: 5\r\n/i);
    const closing = server.close();
    server = undefined;
    await within(closing, 5000, 'app.close()');
  });

  it('with the route refusing it (no token) gets 401 and its connection ended too', async () => {
    await backend.reset();
    server = await startServer(backend.env());
    const { socket, ended } = refusedUpgrade(server.url, '/v3/directline/conversations/abc/stream');
    sockets.push(socket);
    const answer = await within(ended, 5000, 'the server ending the refused upgrade');
    expect(answer).toMatch(/^HTTP\/1\.1 401 /);
  });
});
