import { afterAll, expect, it } from 'vitest';
import { describeRedis } from '../../support/backends.js';
import { exited, spawnServerProcess, type ServerProcess } from '../../support/instances.js';
import { freePort } from '../../support/redis-server.js';
import { DirectLineRest, waitFor } from '../helpers.js';

describeRedis('Redis outage', (backend) => {
  let server: ServerProcess | undefined;
  afterAll(async () => {
    server?.process.kill('SIGKILL');
    if (server) await exited(server.process);
  });

  it('answers 503 with Retry-After and one clear log line while Redis is down, and recovers by itself', async () => {
    await backend.reset();
    const port = await freePort();
    server = await spawnServerProcess(port, { ...backend.env(), LOG_LEVEL: 'warn' });
    const url = `http://127.0.0.1:${port}`;
    const rest = new DirectLineRest(url);
    const health = async () => {
      const r = await fetch(`${url}/healthz`);
      return { status: r.status, retryAfter: r.headers.get('retry-after'), body: (await r.json()) as Record<string, unknown> };
    };
    const up = await health();
    expect(up.status).toBe(200);
    expect(up.body).toMatchObject({ status: 'ok', storage: { backend: 'redis', ok: true } });
    expect(typeof (up.body['storage'] as { latencyMs?: unknown }).latencyMs).toBe('number');

    const c = await rest.start();
    const before = await rest.send(c, 'avant la panne', { channelData: { clientActivityID: 'k1' } });
    expect(before.status).toBe(200);

    const redis = backend.redis;
    if (!redis) throw new Error('no redis-server');
    await redis.kill9();
    const refused = await waitFor(() => rest.send(c, 'pendant la panne'), (r) => r.status === 503, 15_000);
    expect(refused.json.error?.code).toBe('STORAGE_UNAVAILABLE');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    const down = await health();
    expect(down.status).toBe(503);
    expect(Number(down.retryAfter)).toBeGreaterThan(0);
    expect(down.body).toMatchObject({ status: 'unavailable', storage: { backend: 'redis', ok: false } });

    await redis.restart();
    const again = await waitFor(() => rest.send(c, 'après la panne', { channelData: { clientActivityID: 'k3' } }), (r) => r.status === 200, 20_000);
    expect(again.status).toBe(200);
    expect((await health()).status).toBe(200);
    const texts = (await rest.activities(c)).activities.filter((a) => a.from.role === 'user').map((a) => a.text);
    expect(texts).toEqual(['avant la panne', 'après la panne']);

    // A request passes only once the instance has logged that storage is back; the line may still be on its way
    // through the pipe from the child process on a loaded machine.
    const s = server;
    await waitFor(() => s.output(), (out) => out.includes('storage reachable again'), 10_000);
    const log = server.output();
    const unreachable = log.split('\n').filter((l) => l.includes('storage unreachable'));
    expect(unreachable.length).toBeGreaterThanOrEqual(1);
    expect(unreachable.length).toBeLessThanOrEqual(3);
    expect(log).toContain('storage reachable again');
    // Never a stack trace, never ioredis's own "unhandled error event".
    expect(log).not.toMatch(/\n\s+at /);
    expect(log).not.toContain('Unhandled error event');
  }, 90_000);
});
