import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fc, propertyOptions } from '../helpers/fast-check.js';
import { login, startAdviserApp, type AdviserTestApp, type LoggedIn } from './helpers.js';

const options = propertyOptions('tests/adviser/api-bodies.property.test.ts');

let t: AdviserTestApp;
let session: LoggedIn;

beforeAll(async () => {
  t = await startAdviserApp();
  session = await login(t.app);
});
afterAll(async () => {
  await t?.close();
});

const json = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v) ?? 'null'),
  fc.record({ email: fc.oneof(fc.string(), fc.emailAddress(), fc.jsonValue({ maxDepth: 2 })), password: fc.oneof(fc.string({ maxLength: 300 }), fc.jsonValue({ maxDepth: 2 })) }, { requiredKeys: [] }).map((v) => JSON.stringify(v)),
  fc.record({ status: fc.oneof(fc.constantFrom('new', 'in_progress', 'done'), fc.string(), fc.jsonValue({ maxDepth: 2 })) }, { requiredKeys: [] }).map((v) => JSON.stringify(v)),
  fc.integer({ min: 1, max: 20_000 }).map((d) => `{"email":${'['.repeat(d)}${']'.repeat(d)}}`),
  fc.string({ unit: 'binary', maxLength: 300 }),
);

const route = fc.oneof(
  fc.constant({ method: 'POST' as const, url: '/api/adviser/login' }),
  fc.oneof(fc.nat(), fc.string({ maxLength: 30 })).map((id) => ({ method: 'POST' as const, url: `/api/adviser/callbacks/${encodeURIComponent(String(id))}/status` })),
  fc.string({ unit: 'binary', maxLength: 400 }).map((q) => ({ method: 'GET' as const, url: `/api/adviser/search?q=${encodeURIComponent(q)}` })),
  fc.string({ unit: 'binary', maxLength: 40 }).map((code) => ({ method: 'GET' as const, url: `/api/adviser/conversations/${encodeURIComponent(code)}` })),
  fc.string({ maxLength: 40 }).map((status) => ({ method: 'GET' as const, url: `/api/adviser/callbacks?status=${encodeURIComponent(status)}` })),
  fc.string({ maxLength: 40 }).map((id) => ({ method: 'GET' as const, url: `/api/adviser/answers/${encodeURIComponent(id)}` })),
);

describe('adviser API bodies from a fuzzer', () => {
  it('property: any body, query or path, with or without a session, gets a 2xx or 4xx within 2 s, never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(route, json, fc.boolean(), fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded'), async (r, payload, withSession, type) => {
        const started = performance.now();
        const res = await t.app.inject({
          method: r.method,
          url: r.url,
          headers: {
            'content-type': type,
            ...(withSession ? { cookie: session.cookie, 'x-csrf-token': session.csrf, origin: 'http://127.0.0.1:3978' } : {}),
          },
          ...(r.method === 'POST' ? { payload } : {}),
        });
        expect(performance.now() - started).toBeLessThan(2_000);
        expect(res.statusCode, `${r.method} ${r.url} ${res.body.slice(0, 200)}`).toBeLessThan(500);
        if (res.statusCode >= 400) expect(res.json().error.code).toMatch(/^(DL|API)_/);
      }),
      options,
    );
  }, 180_000);
});
