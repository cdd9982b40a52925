import { resolve } from 'node:path';
import { loadKnowledge } from './load.js';
import { formatLocatedError } from './yaml-file.js';

/**
 * `npm run kb:check [-- --json] [--dir knowledge]`: validates every file and every cross-reference.
 * Exit 0 when valid, 1 when not (errors located as `file:line path: message`).
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const dirIndex = args.indexOf('--dir');
  const dir = resolve(dirIndex >= 0 && args[dirIndex + 1] ? args[dirIndex + 1]! : 'knowledge');
  const outcome = await loadKnowledge(dir);
  if (outcome.ok) {
    const { counts, version } = outcome.knowledge;
    const summary = {
      trades: counts.trades,
      synonyms: counts.synonyms,
      trades_with_diplomas: counts.trades_with_diplomas,
      diplomas: counts.diplomas,
      establishments: counts.establishments,
      establishments_by_year: counts.establishments_by_year,
      // Current offers known = placed + unplaced; past offers and unmatched lines are counted apart, never as current.
      offers: counts.offers,
      offers_by_year: counts.offers_by_year,
      offers_placed: counts.offers_placed,
      offers_placed_by_year: counts.offers_placed_by_year,
      offers_unplaced: counts.offers_unplaced,
      offers_unplaced_by_year: counts.offers_unplaced_by_year,
      past_offers: counts.past_offers,
      past_offers_by_year: counts.past_offers_by_year,
      offers_unmatched: counts.offers_unmatched,
      communes: counts.communes,
      aids: counts.aids,
      faq: counts.faq,
    };
    if (json) process.stdout.write(`${JSON.stringify({ ok: true, version, counts: summary })}\n`);
    else process.stdout.write(`knowledge OK (version ${version}, ${Math.round(outcome.ms)} ms)\n${Object.entries(summary).map(([k, v]) => `  ${k}: ${typeof v === 'object' ? JSON.stringify(v) : v}`).join('\n')}\n`);
    return;
  }
  if (json) process.stdout.write(`${JSON.stringify({ ok: false, errors: outcome.errors.map(formatLocatedError) })}\n`);
  else process.stderr.write(`${outcome.errors.map(formatLocatedError).join('\n')}\n`);
  process.exitCode = 1;
}

main().catch((err: unknown) => {
  process.stderr.write(`kb:check failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
