import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fc, propertyOptions } from '../../helpers/fast-check.js';
import { DirectLineInject, startInjectServer, type InjectConversation, type InjectServer } from '../inject.js';

const options = propertyOptions('tests/channel/directline/activities.property.test.ts');

let server: InjectServer;
let dl: DirectLineInject;
let conversation: InjectConversation;

beforeAll(async () => {
  server = await startInjectServer({ RATE_LIMIT_PER_TOKEN: '1000000', RATE_LIMIT_PER_IP: '1000000', MAX_MESSAGE_CHARS: '2000' });
  dl = new DirectLineInject(server.app);
  conversation = await dl.start();
});
afterAll(async () => {
  await server?.close();
});

/** JSON nested `depth` deep, written out (JSON.stringify itself recurses). */
const deepJson = fc.integer({ min: 1, max: 20_000 }).map((d) => `${'['.repeat(d)}${']'.repeat(d)}`);

const field = fc.oneof(fc.jsonValue({ maxDepth: 4 }), fc.string({ unit: 'binary', maxLength: 200 }), fc.constant(undefined));

/** Activities as a client we did not write might send them: right shapes, wrong types, extra fields, commands. */
const activity = fc.record(
  {
    type: fc.oneof(fc.constantFrom('message', 'event', 'typing', 'conversationUpdate', 'invoke', ''), fc.string()),
    text: fc.oneof(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.constantFrom('boom', 'lent', 'effacer', 'Alice'), fc.jsonValue({ maxDepth: 2 })),
    from: fc.oneof(fc.record({ id: fc.oneof(fc.string(), fc.constant('bot')), name: fc.string(), role: fc.constantFrom('bot', 'user', 'x') }), field),
    value: field,
    channelData: fc.oneof(fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 3 })), field),
    entities: fc.oneof(fc.array(fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 2 })), { maxLength: 25 }), field),
    attachments: fc.oneof(fc.array(fc.record({ contentType: fc.string(), content: fc.jsonValue({ maxDepth: 3 }) }), { maxLength: 12 }), field),
    name: field,
    locale: field,
    id: field,
    replyToId: field,
    textFormat: fc.oneof(fc.constantFrom('plain', 'markdown', 'xml'), field),
  },
  { requiredKeys: [] },
);

/** Bodies: an activity, any JSON, deep JSON, or bytes that are not JSON at all. */
const body = fc.oneof(
  { weight: 6, arbitrary: activity.map((a) => JSON.stringify(a)) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 5 }).map((v) => JSON.stringify(v) ?? 'null') },
  { weight: 1, arbitrary: deepJson },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
);

describe('Direct Line activities from a fuzzer', () => {
  it('property: any body posted as an activity gets a 2xx or 4xx within 2 s, never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(body, fc.constantFrom('application/json', 'application/json; charset=utf-8', 'text/plain'), async (payload, type) => {
        const started = performance.now();
        const r = await server.app.inject({
          method: 'POST',
          url: `/v3/directline/conversations/${conversation.conversationId}/activities`,
          headers: { origin: dl.origin, authorization: `Bearer ${conversation.token}`, 'content-type': type },
          payload,
        });
        expect(performance.now() - started).toBeLessThan(2_000);
        expect(r.statusCode, r.body.slice(0, 300)).toBeLessThan(500);
        if (r.statusCode >= 400) expect(r.json().error.code).toMatch(/^(DL|API)_/);
      }),
      options,
    );
    // And the conversation still works afterwards.
    expect((await dl.post(conversation, { type: 'message', text: 'toujours là' })).statusCode).toBe(200);
  }, 180_000);
});
