import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { buildApp, type BuildAppOptions } from '../../../src/app.js';
import { loadConfig } from '../../../src/config.js';
import { sharedKnowledge } from '../../helpers/knowledge.js';
import { launchBrowser } from './browser.js';

export interface RealAppInBrowser {
  /** e.g. http://127.0.0.1:41234 */
  url: string;
  app: FastifyInstance;
  browser: Browser;
  /** Closes the browser and the app, then removes the data directory. */
  close(): Promise<void>;
}

/**
 * The real app (real knowledge base, orientation bot, storage in a fresh data directory) on a random local port, and
 * Chromium beside it, started together: what every browser test of the real product needs before its own set-up.
 * `env` adds configuration (a backend's REDIS_URL…); `without` leaves plugins out as buildApp's test hook does.
 */
export async function startRealApp(
  options: { dataDirPrefix: string; env?: Record<string, string>; without?: BuildAppOptions['without'] },
): Promise<RealAppInBrowser> {
  const dataDir = mkdtempSync(join(tmpdir(), options.dataDirPrefix));
  const config = loadConfig({ LOG_LEVEL: 'silent', KNOWLEDGE_WATCH: 'false', MAX_EVENT_LOOP_DELAY_MS: '0', ...options.env, DATA_DIR: dataDir });
  const [browser, knowledgeStore] = await Promise.all([launchBrowser(), sharedKnowledge()]);
  const app = await buildApp({ config, logger: false, knowledgeStore, ...(options.without ? { without: options.without } : {}) });
  await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`,
    app,
    browser,
    close: async () => {
      await browser.close();
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The Content-Security-Policy complaints a page logs from now on: a test ends by expecting none. */
export function cspComplaints(page: Page): string[] {
  const complaints: string[] = [];
  page.on('console', (m) => {
    if (/Content.Security.Policy/i.test(m.text())) complaints.push(m.text());
  });
  return complaints;
}
