import { resolve } from 'node:path';
import { factRows, readHandwrittenFiles, renderFactsMarkdown } from './facts-table.js';
import { formatLocatedError } from './yaml-file.js';

/**
 * `npm run kb:facts [-- --json] [--dir knowledge]`: every amount, rate, age and date written in the hand-written
 * knowledge (aids, FAQ, contacts, messages) and in the pay parameters, with its file:line, record, source and
 * verification date, so that a reviewer checks them in one table. Markdown by default.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const dirIndex = args.indexOf('--dir');
  const dir = resolve(dirIndex >= 0 && args[dirIndex + 1] ? args[dirIndex + 1]! : 'knowledge');
  const read = await readHandwrittenFiles(dir);
  if (!read.ok) {
    process.stderr.write(`${read.errors.map(formatLocatedError).join('\n')}\n`);
    process.exitCode = 1;
    return;
  }
  const rows = factRows(read.files, read.texts);
  process.stdout.write(args.includes('--json') ? `${JSON.stringify(rows, null, 2)}\n` : renderFactsMarkdown(rows));
}

main().catch((err: unknown) => {
  process.stderr.write(`kb:facts failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
