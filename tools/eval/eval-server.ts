/**
 * The real server as the evaluations run it: a free port on 127.0.0.1, a throw-away data folder, no knowledge watch.
 * Load shedding is off (0) unless MAX_EVENT_LOOP_DELAY_MS is given: the eval measures understanding, not shedding
 * (tested in tests/channel); on a busy machine even 3000 ms shed the first cases of a run with 503s (at load 14),
 * and the eval client reads a 503 as the bot's failure.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';

export interface EvalServer {
  url: string;
  close(): Promise<void>;
}

/** `env`: extra configuration (e.g. a higher per-IP rate limit when many eval clients share 127.0.0.1). */
export async function startEvalServer(env: Record<string, string> = {}): Promise<EvalServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'eval-data-'));
  const maxEventLoopDelayMs = process.env['MAX_EVENT_LOOP_DELAY_MS'] ?? '0';
  const config = loadConfig({ PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'warn', KNOWLEDGE_WATCH: 'false', MAX_EVENT_LOOP_DELAY_MS: maxEventLoopDelayMs, ...env });
  const app = await buildApp({ config, logger: false });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url,
    async close() {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
