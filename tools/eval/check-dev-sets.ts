/**
 * `npm run eval:dev-sets [-- --update] [-- --all]`: runs every read evaluation set against the real server and
 * compares each with tests/eval/passing.json (dev-sets.ts). Prints each set's score, the cases lost (recorded as
 * passing, failing now, with the reply) and gained; exits 1 when a case is lost.
 * --update  records the passes of this run (a case lost is then dropped from the record: say why in the commit);
 * --all     runs every set under tests/eval/ and ../shared/eval/dev.yaml, not only those recorded (with --update: a
 *           new read set joins the record).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { startEvalServer } from './eval-server.js';
import { type PassingRecord, readRecord, runRecord, UNREAD_SETS } from './dev-sets.js';

const RECORD = 'tests/eval/passing.json';
const args = new Set(process.argv.slice(2));
const evalDir = resolve(process.env['EVAL_DIR'] ?? '../shared/eval');

const record = readRecord(RECORD);
if (args.has('--all')) {
  const found = ['../shared/eval/dev.yaml', ...readdirSync('tests/eval').filter((f) => f.endsWith('.yaml')).map((f) => `tests/eval/${f}`)];
  for (const set of found) if (!UNREAD_SETS.has(set)) record.sets[set] ??= [];
}

// Many eval clients share 127.0.0.1: the per-IP limit (a classroom's) is not what this run measures.
const server = await startEvalServer({ RATE_LIMIT_PER_IP: '1000000', RATE_LIMIT_PER_TOKEN: '1000000' });
const started = Date.now();
const results = await runRecord(server.url, record, { evalDir, concurrency: 8, parallel: 6 });
await server.close();

let lost = 0;
for (const r of results) {
  lost += r.lost.length + r.missing.length;
  console.log(`${r.set.padEnd(28)} ${`${r.passed}/${r.total}`.padStart(8)}  lost ${r.lost.length}  gained ${r.gained.length}${r.missing.length ? `  MISSING ${r.missing.join(' ')}` : ''}`);
  for (const o of r.lost) console.log(`  LOST ${o.id}  step ${o.fail?.step} "${o.fail?.say ?? ''}": ${o.fail?.why}  || ${o.fail?.reply ?? ''}`);
  for (const id of r.gained) console.log(`  gained ${id}`);
}
console.log(`${results.length} sets in ${((Date.now() - started) / 1000).toFixed(0)} s; ${lost} recorded case(s) lost`);

if (args.has('--update')) {
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD']).toString().trim();
  const sets = Object.fromEntries(results.map((r) => [r.set, [...(record.sets[r.set] ?? []).filter((id) => !r.lost.some((o) => o.id === id) && !r.missing.includes(id)), ...r.gained].sort()]));
  const updated: PassingRecord = { ...record, recorded: { commit, date: new Date().toISOString().slice(0, 10) }, sets };
  writeFileSync(RECORD, `${JSON.stringify(updated, null, 1)}\n`);
  console.log(`recorded in ${RECORD}`);
  process.exit(0);
}
process.exit(lost > 0 ? 1 : 0);
