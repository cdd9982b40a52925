import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DirectLineInject, startInjectServer, type InjectServer } from './inject.js';

let server: InjectServer;

beforeAll(async () => {
  server = await startInjectServer({ MAX_EVENT_LOOP_DELAY_MS: '200' });
});
afterAll(async () => {
  await server?.close();
});

function block(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // the event loop is held, as by turns queued faster than they run
  }
}

describe('load shedding', () => {
  it('answers 503 + Retry-After while the event loop lags, then serves again', async () => {
    const dl = new DirectLineInject(server.app);
    // The first samples after start-up are not counted (start-up work blocks the loop on purpose).
    await new Promise((r) => setTimeout(r, 2_300));
    expect((await dl.request('POST', '/tokens/generate', { body: {} })).statusCode).toBe(200);
    // A saturated loop (the measure is the mean delay over a second, so one short block alone is not pressure):
    // 400 ms of work at a time for 2.5 s, then a request while the last sample still says so.
    const busyUntil = performance.now() + 2_500;
    await new Promise<void>((resolve) => {
      const step = (): void => {
        block(400);
        if (performance.now() < busyUntil) setImmediate(step);
        else resolve();
      };
      step();
    });
    const shed = await dl.request('POST', '/tokens/generate', { body: {} });
    expect(shed.statusCode).toBe(503);
    expect(shed.json()).toMatchObject({ error: { code: 'DL_OVERLOADED' } });
    expect(Number(shed.headers['retry-after'])).toBeGreaterThan(0);
    // Recovered: a second of normal samples later it serves again.
    await new Promise((r) => setTimeout(r, 2_200));
    expect((await dl.request('POST', '/tokens/generate', { body: {} })).statusCode).toBe(200);
  });
});
