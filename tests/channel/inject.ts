import { rmSync } from 'node:fs';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp, type BuildAppOptions } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createTestBot } from './fixtures/test-bot.js';
import { tempDir } from './helpers.js';

/** The origin a browser on the server's own page sends (HOST=127.0.0.1 and PORT of the config). */
export const OWN_ORIGIN = 'http://127.0.0.1:3978';

export interface InjectServer {
  app: FastifyInstance;
  dataDir: string;
  close(): Promise<void>;
}

/**
 * The real app with the channel tests' bot, driven by app.inject (no port): for REST routes. WebSocket, kill -9 and
 * browser tests keep a real port (helpers.ts startServer).
 */
export async function startInjectServer(env: Record<string, string> = {}, options: Partial<BuildAppOptions> = {}): Promise<InjectServer> {
  const dataDir = tempDir('dl-inject-');
  const config = loadConfig({ LOG_LEVEL: 'silent', KNOWLEDGE_WATCH: 'false', DATA_DIR: dataDir, PORT: '3978', MAX_EVENT_LOOP_DELAY_MS: '0', ...env });
  const app = await buildApp({ config, logger: false, bot: createTestBot, without: ['knowledge', 'web'], ...options });
  await app.ready();
  return {
    app,
    dataDir,
    close: async () => {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface InjectConversation {
  conversationId: string;
  token: string;
  streamUrl: string;
}

/** A Direct Line client over app.inject, sending the Origin of the server's own page unless told otherwise. */
export class DirectLineInject {
  constructor(
    readonly app: FastifyInstance,
    readonly origin: string = OWN_ORIGIN,
  ) {}

  request(method: 'GET' | 'POST', path: string, init: { token?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<LightMyRequestResponse> {
    const headers: Record<string, string> = { origin: this.origin, ...init.headers };
    if (init.token) headers['authorization'] = `Bearer ${init.token}`;
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    return this.app.inject({
      method,
      url: `/v3/directline${path}`,
      headers,
      ...(init.body !== undefined ? { payload: typeof init.body === 'string' ? init.body : JSON.stringify(init.body) } : {}),
    });
  }

  async start(): Promise<InjectConversation> {
    const gen = await this.request('POST', '/tokens/generate', { body: {} });
    if (gen.statusCode !== 200) throw new Error(`generate: ${gen.statusCode} ${gen.body}`);
    const conv = await this.request('POST', '/conversations', { token: (gen.json() as { token: string }).token, body: {} });
    if (conv.statusCode !== 201) throw new Error(`conversations: ${conv.statusCode} ${conv.body}`);
    return conv.json() as InjectConversation;
  }

  post(c: InjectConversation, activity: unknown): Promise<LightMyRequestResponse> {
    return this.request('POST', `/conversations/${c.conversationId}/activities`, { token: c.token, body: activity });
  }

  async activities(c: InjectConversation, watermark = ''): Promise<{ activities: { id: string; type: string; text?: string; from: { id: string; name?: string; role?: string } }[]; watermark: string }> {
    const r = await this.request('GET', `/conversations/${c.conversationId}/activities?watermark=${watermark}`, { token: c.token });
    return r.json();
  }
}
