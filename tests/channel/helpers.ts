import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp, type BuildAppOptions } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createTestBot } from './fixtures/test-bot.js';

/** botframework-directlinejs in Node needs these two browser globals before it is imported. */
export async function installDirectLineGlobals(): Promise<void> {
  const g = globalThis as Record<string, unknown>;
  g['WebSocket'] ??= (await import('ws')).WebSocket;
  g['XMLHttpRequest'] ??= (await import('xhr2')).default;
}

export function tempDir(prefix = 'dl-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export interface TestServer {
  app: FastifyInstance;
  url: string;
  dataDir: string;
  close(): Promise<void>;
}

/** The real app (buildApp) on 127.0.0.1 and a random port, with the test bot, without knowledge and widget. */
export async function startServer(
  env: Record<string, string> = {},
  options: Partial<BuildAppOptions> & { dataDir?: string; port?: number; keepData?: boolean } = {},
): Promise<TestServer> {
  const dataDir = options.dataDir ?? tempDir();
  const config = loadConfig({ LOG_LEVEL: 'silent', KNOWLEDGE_WATCH: 'false', DATA_DIR: dataDir, MAX_EVENT_LOOP_DELAY_MS: '0', ...env });
  const app = await buildApp({
    config,
    logger: false,
    bot: createTestBot,
    without: ['knowledge', 'web'],
    ...options,
  });
  await app.listen({ port: options.port ?? 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    app,
    url: `http://127.0.0.1:${port}`,
    dataDir,
    close: async () => {
      await app.close();
      if (!options.keepData && !options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface Conversation {
  conversationId: string;
  token: string;
  streamUrl: string;
}

/** A small Direct Line REST client (what the eval client does). */
export class DirectLineRest {
  constructor(readonly url: string) {}

  async request(path: string, init: { method?: string; token?: string; body?: unknown; headers?: Record<string, string> } = {}) {
    const headers: Record<string, string> = { Origin: this.url, ...init.headers };
    if (init.token) headers['authorization'] = `Bearer ${init.token}`;
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(`${this.url}/v3/directline${path}`, {
      method: init.method ?? 'GET',
      headers,
      ...(init.body !== undefined ? { body: typeof init.body === 'string' ? init.body : JSON.stringify(init.body) } : {}),
    });
    const text = await res.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = text;
    }
    return { status: res.status, headers: res.headers, json: json as Record<string, unknown> & { error?: { code: string; message: string; detail?: string } } };
  }

  async start(): Promise<Conversation> {
    const gen = await this.request('/tokens/generate', { method: 'POST', body: {} });
    if (gen.status !== 200) throw new Error(`generate: ${gen.status} ${JSON.stringify(gen.json)}`);
    const conv = await this.request('/conversations', { method: 'POST', token: String(gen.json['token']), body: {} });
    if (conv.status !== 201) throw new Error(`conversations: ${conv.status} ${JSON.stringify(conv.json)}`);
    return conv.json as unknown as Conversation;
  }

  send(c: Conversation, text: string, extra: Record<string, unknown> = {}) {
    return this.request(`/conversations/${c.conversationId}/activities`, {
      method: 'POST',
      token: c.token,
      body: { type: 'message', from: { id: 'user-1', name: 'Test' }, locale: 'fr-FR', text, ...extra },
    });
  }

  async activities(c: Conversation, watermark = '') {
    const r = await this.request(`/conversations/${c.conversationId}/activities?watermark=${watermark}`, { token: c.token });
    return r.json as unknown as { activities: ActivityJson[]; watermark: string };
  }
}

export interface ActivityJson {
  id: string;
  type: string;
  text?: string;
  from: { id: string; role?: string };
  [key: string]: unknown;
}

/** Polls until `predicate` holds (or throws after `timeoutMs`). */
export async function waitFor<T>(fn: () => Promise<T> | T, predicate: (v: T) => boolean, timeoutMs = 5000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (predicate(v)) return v;
    if (Date.now() > end) throw new Error(`timed out; last value: ${JSON.stringify(v)?.slice(0, 500)}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
