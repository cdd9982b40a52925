import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { DirectLineInject, startInjectServer, type InjectServer } from './inject.js';

/** The host an attacker's DNS points at our server (DNS rebinding), sent as Host and as the page's Origin. */
const FORGED_HOST = 'evil.example:3978';
const FORGED_ORIGIN = `http://${FORGED_HOST}`;

describe('the public origin comes from the configuration, never from the Host header', () => {
  let server: InjectServer;
  beforeAll(async () => {
    server = await startInjectServer({ HOST: '127.0.0.1', PORT: '3978' });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('an Origin equal to a forged Host gets no token (DNS rebinding around ALLOWED_ORIGINS)', async () => {
    const r = await server.app.inject({
      method: 'POST',
      url: '/v3/directline/tokens/generate',
      headers: { host: FORGED_HOST, origin: FORGED_ORIGIN, 'content-type': 'application/json' },
      payload: '{}',
    });
    expect(r.statusCode).toBe(403);
    expect(r.json()).toMatchObject({ error: { code: 'DL_ORIGIN_NOT_ALLOWED' } });
  });

  it('streamUrl names the configured host whatever Host the request carried', async () => {
    const dl = new DirectLineInject(server.app);
    const gen = await dl.request('POST', '/tokens/generate', { body: {} });
    const token = (gen.json() as { token: string }).token;
    const conv = await dl.request('POST', '/conversations', { token, body: {}, headers: { host: FORGED_HOST } });
    expect(conv.statusCode).toBe(201);
    expect((conv.json() as { streamUrl: string }).streamUrl).toMatch(/^ws:\/\/127\.0\.0\.1:3978\/v3\/directline\//);
  });

  it('sends no HSTS over plain http', async () => {
    const r = await server.app.inject({ method: 'GET', url: '/does-not-exist' });
    expect(r.headers['strict-transport-security']).toBeUndefined();
  });
});

describe('behind a proxy (PUBLIC_URL=https://…)', () => {
  let server: InjectServer;
  beforeAll(async () => {
    server = await startInjectServer({ PUBLIC_URL: 'https://bot.region.example', ALLOWED_ORIGINS: 'https://www.region.example' });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('localhost is not an allowed origin of a public server, the configured ones are', async () => {
    for (const [origin, status] of [['http://localhost:5173', 403], ['http://127.0.0.1:3978', 403], ['https://www.region.example', 200], ['https://bot.region.example', 200]] as const) {
      const r = await new DirectLineInject(server.app, origin).request('POST', '/tokens/generate', { body: {} });
      expect(r.statusCode, origin).toBe(status);
    }
  });

  it('sends HSTS, since browsers reach it over https', async () => {
    const r = await server.app.inject({ method: 'GET', url: '/does-not-exist' });
    expect(r.headers['strict-transport-security']).toMatch(/max-age=\d+/);
  });
});

describe('configuration', () => {
  it('refuses to listen on every interface without PUBLIC_URL (the public address cannot come from requests)', () => {
    expect(() => loadConfig({ HOST: '0.0.0.0' })).toThrow(/PUBLIC_URL/);
    expect(() => loadConfig({ HOST: '::' })).toThrow(/PUBLIC_URL/);
    expect(loadConfig({ HOST: '0.0.0.0', PUBLIC_URL: 'https://bot.region.example' }).HOST).toBe('0.0.0.0');
  });
});
