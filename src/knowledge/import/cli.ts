import { join, resolve } from 'node:path';
import { writeMapFile } from './map.js';
import { writeParametersFile } from './parameters.js';
import { writeFranceFile } from './france.js';
import { runImport } from './run.js';

/** `npm run kb:import [-- --from DIR --out DIR]`: builds knowledge/{metiers,diplomes,etablissements,communes,parametres,communes-france,carte-normandie}.yaml. */
function parseArgs(argv: readonly string[]): { from: string; out: string } {
  let from = '../shared/data';
  let out = './knowledge';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = argv[i + 1];
    if ((a === '--from' || a === '--out') && next !== undefined) {
      if (a === '--from') from = next;
      else out = next;
      i++;
    } else if (a?.startsWith('--from=')) from = a.slice(7);
    else if (a?.startsWith('--out=')) out = a.slice(6);
    else throw new Error(`unknown argument: ${a ?? ''} (expected --from DIR, --out DIR)`);
  }
  return { from: resolve(from), out: resolve(out) };
}

const started = performance.now();
try {
  const opts = parseArgs(process.argv.slice(2));
  const result = runImport(opts);
  const params = writeParametersFile(opts.from, join(opts.out, 'parametres.yaml'));
  const france = writeFranceFile(opts.from, join(opts.out, 'communes-france.yaml'));
  const map = writeMapFile(opts.from, opts.out);
  const ms = Math.round(performance.now() - started);
  console.log(`kb:import from ${opts.from} to ${opts.out} in ${ms} ms`);
  for (const [name, f] of Object.entries(result.files)) console.log(`  ${name}.yaml  ${(f.bytes / 1024).toFixed(0)} KiB`);
  console.log(`  carte-normandie.yaml  ${(map.bytes / 1024).toFixed(1)} KiB`);
  console.log(`  parametres.yaml  SMIC ${params.smic.gross_monthly} € on ${params.smic.value_date}`);
  console.log(`  communes-france.yaml  ${(france.bytes / 1024).toFixed(0)} KiB, ${france.communes} communes outside Normandy`);
  console.log('counts', result.counts);
  const s = result.establishments;
  console.log(
    `offers: ${s.offerRows} catalogue lines → ${s.offers} offers (by CFD ${s.matchedBy.cfd}, MEF ${s.matchedBy.mef}, title ${s.matchedBy.title}); ` +
      `${s.unmatched} lines not mapped to a diploma; ${s.diplomasAddedFromOffers} diplomas known only from an offer (${s.codesRenewed} renewing a known one); ` +
      `${s.unresolvedCommunes.length} sites without a commune`,
  );
  console.log(
    `offers by year ${JSON.stringify(s.offersByYear)}; ${s.superseded} older lines superseded by a newer catalogue; ` +
      `${s.pastOffers} past offers (listed in an older catalogue, not in a newer one that lists the site; ${s.movedWithinTown} of them listed now at another site of the same town)`,
  );
  console.log(`unplaced_offers: ${s.unplacedOffers} lines of ${s.unresolvedCommunes.length} sites that no catalogue places in a commune; ${s.placedInDepartement} of those sites placed in their département by their UAI`);
  console.log(`unmatched communes: ${s.unmatchedCommunes.length}${s.unmatchedCommunes.map((c) => `\n  ${c}`).join('')}`);
  for (const l of [...new Set(s.unmatchedLabels)]) console.log(`  not mapped: ${l}`);
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
}
