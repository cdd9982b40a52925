import { rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { createTestBot } from './channel/fixtures/test-bot.js';
import { tempDir } from './channel/helpers.js';

/**
 * A shutdown drains running turns, then closes the HTTP server. Node's server.close() ends the connections that are
 * idle at that moment; a keep-alive connection whose response finishes a moment later would otherwise stay open for
 * the keep-alive timeout (72 s with Fastify) and hold the shutdown that long: a restart during a busy evening would
 * hang, and a test that closes the server right after a turn timed out once under load. The race is made certain
 * here: the reply is sent only once server.close() has been called.
 */
describe('shutdown and keep-alive connections', () => {
  async function closeWhileReplying(route: (app: FastifyInstance, serverCloseCalled: Promise<void>) => void) {
    const dataDir = tempDir('shutdown-');
    const config = loadConfig({ LOG_LEVEL: 'silent', KNOWLEDGE_WATCH: 'false', DATA_DIR: dataDir, MAX_EVENT_LOOP_DELAY_MS: '0' });
    const app = await buildApp({ config, logger: false, bot: createTestBot, without: ['knowledge', 'web'] });
    let serverClosing!: () => void;
    const serverCloseCalled = new Promise<void>((resolve) => (serverClosing = resolve));
    route(app, serverCloseCalled);
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as { port: number };
    const close = app.server.close.bind(app.server);
    app.server.close = ((cb?: (err?: Error) => void) => {
      const result = close(cb);
      serverClosing();
      return result;
    }) as typeof app.server.close;

    // A keep-alive client that never drops an idle connection itself, as a browser tab may: the connection is kept
    // until the server ends it.
    const agent = new Agent({ keepAlive: true });
    try {
      const response = new Promise<{ status: number; connection: string | undefined; body: string }>((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port, agent, path: '/test/reply' }, (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (body += chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, connection: res.headers.connection, body }));
        });
        req.on('error', reject);
        req.end();
      });
      await new Promise((r) => setTimeout(r, 50));
      const closed = app.close().then(() => 'closed' as const);
      const held = new Promise<'held'>((r) => setTimeout(() => r('held'), 10_000).unref());
      expect(await Promise.race([closed, held])).toBe('closed');
      return await response;
    } finally {
      agent.destroy();
      await app.close().catch(() => undefined);
      rmSync(dataDir, { recursive: true, force: true });
    }
  }

  it('a reply sent after the server began closing says "Connection: close" (close does not wait 72 s)', async () => {
    const res = await closeWhileReplying((app, serverCloseCalled) =>
      app.get('/test/reply', async () => {
        await serverCloseCalled;
        return { ok: true };
      }),
    );
    expect(res).toEqual({ status: 200, connection: 'close', body: '{"ok":true}' });
  }, 20_000);

  it('a reply already under way when closing began does not hold its connection for the keep-alive timeout', async () => {
    const res = await closeWhileReplying((app, serverCloseCalled) =>
      app.get('/test/reply', async (_request, reply) => {
        reply.hijack();
        reply.raw.writeHead(200, { 'content-type': 'text/plain', 'content-length': '2' });
        reply.raw.write('o');
        await serverCloseCalled;
        reply.raw.end('k');
      }),
    );
    expect(res).toEqual({ status: 200, connection: 'keep-alive', body: 'ok' });
  }, 20_000);
});
