/**
 * `npm run eval [-- extra run-eval.mjs options]`: starts the real server (eval-server.ts), runs
 * ../shared/eval/run-eval.mjs against it with ../shared/eval/dev.yaml (or EVAL_CASES), then stops it.
 */
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { startEvalServer } from './eval-server.js';

const evalDir = resolve(process.env['EVAL_DIR'] ?? '../shared/eval');
const cases = resolve(process.env['EVAL_CASES'] ?? join(evalDir, 'dev.yaml'));
const server = await startEvalServer();

const child = spawn(process.execPath, [join(evalDir, 'run-eval.mjs'), cases, '--url', server.url, ...process.argv.slice(2)], { stdio: 'inherit' });
const code: number = await new Promise((done) => child.on('exit', (c) => done(c ?? 1)));
await server.close();
process.exit(code);
