import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../../src/app.js';
import { loadConfig } from '../../../src/config.js';
import type { KnowledgeStore } from '../../../src/knowledge/store.js';
import { createTestBot, type TestBotControl } from './test-bot.js';

export interface RunningServer {
  /** e.g. http://127.0.0.1:41234 */
  url: string;
  app: FastifyInstance;
  control: TestBotControl;
  close(): Promise<void>;
}

/**
 * The scripted test bot reads no knowledge: a stand-in store keeps these browser tests independent of the
 * knowledge base's content (and start-up fast). Only what the knowledge plugin calls is provided.
 */
function noKnowledge(): KnowledgeStore {
  const stub = { watch: () => undefined, close: async () => undefined };
  return stub as unknown as KnowledgeStore;
}

/** The real app (channel, widget, demo page) on a random local port, with the scripted test bot; `env` adds REDIS_URL… */
export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'abn-e2e-'));
  const config = loadConfig({
    ...env,
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    KNOWLEDGE_WATCH: 'false',
    MAX_EVENT_LOOP_DELAY_MS: '0',
  });
  const { bot, control } = createTestBot();
  const app = await buildApp({ config, logger: false, bot: () => bot, knowledgeStore: noKnowledge() });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    app,
    control,
    close: async () => {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A partner site on another origin (another port) that embeds the widget with its own data- options. */
export async function startPartnerSite(botUrl: string): Promise<{ url: string; close(): Promise<void> }> {
  const html = `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Site partenaire</title></head>
<body><main><h1>Site partenaire (test)</h1><p>Une page d’un autre site qui intègre l’assistant.</p></main>
<script src="${botUrl}/widget.js" data-title="Mission Locale test" data-color="#ffcc00" data-position="left" defer></script>
</body></html>`;
  const server: Server = createServer((_req, res) => {
    res.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      // A strict host CSP: the loader must not need inline scripts or styles.
      'Content-Security-Policy': `default-src 'none'; script-src ${botUrl}; frame-src ${botUrl}; style-src 'none'`,
    });
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
