import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../helpers.js';

/** The README's "Direct Line for other clients", request by request: no Origin header anywhere, as from a server. */
const SECRET = 'secret-for-server-side-clients-0123456789';
let server: TestServer;

beforeAll(async () => {
  server = await startServer({ DIRECTLINE_SECRET: SECRET, ALLOWED_ORIGINS: 'https://partenaire.example' });
});
afterAll(async () => {
  await server.close();
});

async function call(path: string, init: { method?: string; headers?: Record<string, string>; body?: unknown } = {}) {
  const res = await fetch(`${server.url}/v3/directline${path}`, {
    method: init.method ?? 'GET',
    headers: { ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}), ...init.headers },
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  });
  const text = await res.text();
  return { status: res.status, json: (text ? JSON.parse(text) : undefined) as Record<string, unknown> & { error?: { code: string; detail?: string } } };
}

describe('Direct Line from a server (no Origin header)', () => {
  it('without a secret: a token request gets 403 DL_ORIGIN_NOT_ALLOWED, and so does a site not in ALLOWED_ORIGINS', async () => {
    const bare = await call('/tokens/generate', { method: 'POST' });
    expect(bare.status).toBe(403);
    expect(bare.json.error).toMatchObject({ code: 'DL_ORIGIN_NOT_ALLOWED', detail: 'Origin header required without a secret' });
    const other = await call('/tokens/generate', { method: 'POST', headers: { origin: 'https://autre-site.example' } });
    expect(other.status).toBe(403);
    expect((await call('/tokens/generate', { method: 'POST', headers: { origin: 'https://partenaire.example' } })).status).toBe(200);
  });

  it('with DIRECTLINE_SECRET: opens a conversation, posts, reads the answer at once, and makes a token for a page', async () => {
    const auth = { authorization: `Bearer ${SECRET}` };
    const conv = await call('/conversations', { method: 'POST', headers: auth, body: { user: { id: 'crm-42' }, locale: 'fr-FR' } });
    expect(conv.status).toBe(201);
    expect(conv.json).toMatchObject({ conversationId: expect.any(String), token: expect.any(String), streamUrl: expect.stringMatching(/^ws:/) });
    const id = String(conv.json['conversationId']);
    const posted = await call(`/conversations/${id}/activities`, { method: 'POST', headers: auth, body: { type: 'message', from: { id: 'crm-42' }, text: 'bonjour' } });
    expect(posted.status).toBe(200);
    // The id comes back once the turn is committed: the answer is already there.
    const read = await call(`/conversations/${id}/activities?watermark=`, { headers: auth });
    // Messages only: a turn slowed down by a busy machine may also hold a typing activity.
    const texts = (read.json['activities'] as { type: string; text?: string }[]).filter((a) => a.type === 'message').map((a) => a.text);
    expect(texts).toEqual(['Bienvenue dans le bot de test.', 'bonjour', 'Quel est ton prénom ?']);
    const token = await call('/tokens/generate', { method: 'POST', headers: auth });
    expect(token.status).toBe(200);
    expect(token.json).toMatchObject({ conversationId: expect.any(String), token: expect.any(String), expires_in: expect.any(Number) });
  });
});
