/**
 * CPU per message of `understand()` (the reading of a message, before the dialogs route it), on a mix of what people
 * type: the public eval's messages, our own eval sets, the held-out phrases and the bench's messages (the blind sets
 * are not read). `npx tsx bench/understand-cost.ts [ROUNDS=5]`: after one unmeasured round (JIT, caches), each round
 * reads every message once; prints the CPU (process.cpuUsage, steadier than wall time on a shared machine) per
 * message of each round and their median, with the load average. Profile it with
 * `node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/understand-cost.ts`, then tools/profile-summary.ts.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parse } from 'yaml';
import { KnowledgeStore } from '../src/knowledge/store.js';
import { createRecognizer } from '../src/nlu/understand.js';
import { loadHeldout } from '../tests/nlu/heldout.js';
import { ORIENTATION_MESSAGES } from './orientation-turns.js';

const rounds = Number(process.argv[2] ?? 5);
const CASE_FILES = ['../shared/eval/dev.yaml', 'tests/eval/extra.yaml', 'tests/eval/fresh.yaml', 'tests/eval/fresh2.yaml', 'tests/eval/fresh3.yaml'];
const messages: string[] = [...ORIENTATION_MESSAGES, ...loadHeldout().map((h) => h.text)];
for (const f of CASE_FILES) {
  for (const c of parse(readFileSync(f, 'utf8')) as { turns: { say?: string }[] }[]) {
    for (const t of c.turns) if (typeof t.say === 'string') messages.push(t.say);
  }
}

const store = await KnowledgeStore.open('knowledge', { info: () => undefined, error: () => undefined });
const kb = store.current;
const recognizer = createRecognizer();
recognizer.prepare(kb);
for (const _ of recognizer.warmUp(kb));
const options = { maxChars: 500, today: new Date().toISOString().slice(0, 10) };
const readAll = (): void => {
  for (const m of messages) recognizer.understand(m, kb, options);
};
readAll();
const perMessageUs: number[] = [];
for (let r = 0; r < rounds; r++) {
  const before = process.cpuUsage();
  readAll();
  const used = process.cpuUsage(before);
  perMessageUs.push((used.user + used.system) / messages.length);
}
store.close();
const sorted = [...perMessageUs].sort((a, b) => a - b);
console.log(`understand(): ${messages.length} messages × ${rounds} rounds, CPU per message (µs): ${perMessageUs.map((u) => u.toFixed(0)).join(' ')}; median ${sorted[Math.floor(sorted.length / 2)]?.toFixed(0)} µs; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')} (shared machine)`);
