import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DirectLineInject, startInjectServer, type InjectServer } from '../inject.js';

let server: InjectServer;
let dl: DirectLineInject;

beforeAll(async () => {
  server = await startInjectServer({ RATE_LIMIT_PER_TOKEN: '1000' });
  dl = new DirectLineInject(server.app);
});
afterAll(async () => {
  await server?.close();
});

/** `{"a":{"a":…{"a":1}}}`, `depth` levels. */
function nested(depth: number): unknown {
  let v: unknown = 1;
  for (let i = 0; i < depth; i++) v = { a: v };
  return v;
}

describe('free-form JSON of an activity is bounded (depth and size), with its own error', () => {
  it('a value nested 4,500 deep gets a clear 400, not a 500 from a stack overflow', async () => {
    const c = await dl.start();
    // Written out by hand: JSON.stringify itself would overflow the stack on it.
    const body = `{"type":"message","text":"x","value":${'{"a":'.repeat(4_500)}1${'}'.repeat(4_500)}}`;
    const r = await dl.request('POST', `/conversations/${c.conversationId}/activities`, { token: c.token, body });
    // The body check answers first (64 levels for any JSON body); the activity's own limits are tighter (below).
    expect(r.statusCode).toBe(400);
    expect(r.json()).toMatchObject({ error: { code: 'API_JSON_TOO_DEEP' } });
    // The conversation still works.
    expect((await dl.post(c, { type: 'message', text: 'encore là ?' })).statusCode).toBe(200);
  });

  it('refuses a value or channelData nested deeper than 32 levels, or holding more than 2,000 items, and stores none of it', async () => {
    const c = await dl.start();
    const cases: [string, unknown][] = [
      ['value', { type: 'message', text: 'x', value: nested(40) }],
      ['channelData', { type: 'message', text: 'x', channelData: { deep: nested(40) } }],
      ['entities', { type: 'message', text: 'x', entities: [{ type: 'x', deep: nested(40) }] }],
      ['attachments', { type: 'message', attachments: [{ contentType: 'application/json', content: nested(40) }] }],
      ['value', { type: 'message', text: 'x', value: Array.from({ length: 2_500 }, (_, i) => i) }],
      ['value', { type: 'message', text: 'x', value: { s: 'é'.repeat(20_000) } }],
    ];
    for (const [field, activity] of cases) {
      const r = await dl.post(c, activity);
      expect(r.statusCode, field).toBe(400);
      expect(r.json(), field).toMatchObject({ error: { code: 'DL_ACTIVITY_TOO_COMPLEX' } });
      expect(r.json().error.detail, field).toMatch(new RegExp(`^${field}`));
    }
    const stored = await dl.activities(c);
    expect(stored.activities.filter((a) => a.from.role !== 'bot')).toEqual([]);
  });

  it('keeps accepting the ordinary shapes (Web Chat channelData, a feedback value, a card submit)', async () => {
    const c = await dl.start();
    const r = await dl.post(c, {
      type: 'message',
      text: 'bonjour',
      channelData: { clientActivityID: 'abc', clientTimestamp: '2026-12-04T10:00:00Z', attachmentSizes: [] },
      value: { type: 'feedback', rating: 'up', replyToId: 'x|0000001', nested: nested(10) },
      entities: [{ type: 'ClientCapabilities', requiresBotState: true, supportsListening: false }],
    });
    expect(r.statusCode, r.body).toBe(200);
  });

  it('any JSON body nested absurdly deep gets 400 API_JSON_TOO_DEEP before any route reads it', async () => {
    const depth = 30_000; // 60 KB: under the body limit
    const body = `${'['.repeat(depth)}${']'.repeat(depth)}`;
    const c = await dl.start();
    for (const path of ['/tokens/generate', `/conversations/${c.conversationId}/activities`]) {
      const r = await dl.request('POST', path, { token: c.token, body });
      expect(r.statusCode, path).toBe(400);
      expect(r.json(), path).toMatchObject({ error: { code: 'API_JSON_TOO_DEEP' } });
    }
    const adviser = await server.app.inject({ method: 'POST', url: '/v3/directline/tokens/refresh', headers: { 'content-type': 'application/json', authorization: `Bearer ${c.token}` }, payload: `{"a":${body}}` });
    expect(adviser.statusCode).toBe(400);
  });
});
