import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import YAML from 'yaml';
import type { z } from 'zod';
import { communesFileSchema } from '../schema/commune.js';
import { diplomasFileSchema } from '../schema/diploma.js';
import { establishmentsFileSchema } from '../schema/establishment.js';
import { tradesFileSchema } from '../schema/trade.js';

/**
 * `tsx src/knowledge/import/bench-parse.ts [DIR] [yaml|js-yaml]`: time to parse and validate the generated files
 * once, cold, as the server does at start-up (run one parser per process so JIT warm-up is counted the same way).
 */
const dir = resolve(process.argv[2] ?? './knowledge');
const parser = process.argv[3] === 'yaml' ? 'yaml' : 'js-yaml';
const files: ReadonlyArray<readonly [string, z.ZodType]> = [
  ['metiers', tradesFileSchema],
  ['diplomes', diplomasFileSchema],
  ['etablissements', establishmentsFileSchema],
  ['communes', communesFileSchema],
];
let total = 0;
for (const [name, schema] of files) {
  const path = join(dir, `${name}.yaml`);
  const text = readFileSync(path, 'utf8');
  const t0 = performance.now();
  const data: unknown = parser === 'yaml' ? YAML.parse(text) : load(text, { schema: CORE_SCHEMA });
  const t1 = performance.now();
  schema.parse(data);
  const t2 = performance.now();
  total += t2 - t0;
  const kib = (statSync(path).size / 1024).toFixed(0);
  console.log(`${name}.yaml ${kib} KiB: ${parser} ${(t1 - t0).toFixed(0)} ms + zod ${(t2 - t1).toFixed(0)} ms`);
}
console.log(`total (${parser}) ${total.toFixed(0)} ms`);
