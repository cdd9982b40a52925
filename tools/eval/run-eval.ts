/**
 * `npm run eval [-- extra run-eval.mjs options]`: starts the real server on a free port with a throw-away data
 * folder, runs ../shared/eval/run-eval.mjs against it with ../shared/eval/dev.yaml (or EVAL_CASES), then stops it.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';

const evalDir = resolve(process.env['EVAL_DIR'] ?? '../shared/eval');
const cases = resolve(process.env['EVAL_CASES'] ?? join(evalDir, 'dev.yaml'));
const dataDir = mkdtempSync(join(tmpdir(), 'eval-data-'));
// The eval measures understanding, not load shedding (tested in tests/channel): shedding is off (0) unless
// MAX_EVENT_LOOP_DELAY_MS is given. On a busy machine even 3000 ms shed the first cases of a run with 503s (at
// load 14), and the eval client reads a 503 as the bot's failure.
const maxEventLoopDelayMs = process.env['MAX_EVENT_LOOP_DELAY_MS'] ?? '0';
const app = await buildApp({ config: loadConfig({ PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'warn', KNOWLEDGE_WATCH: 'false', MAX_EVENT_LOOP_DELAY_MS: maxEventLoopDelayMs }), logger: false });
const url = await app.listen({ port: 0, host: '127.0.0.1' });

const child = spawn(process.execPath, [join(evalDir, 'run-eval.mjs'), cases, '--url', url, ...process.argv.slice(2)], { stdio: 'inherit' });
const code: number = await new Promise((done) => child.on('exit', (c) => done(c ?? 1)));
await app.close();
rmSync(dataDir, { recursive: true, force: true });
process.exit(code);
