import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import BetterSqlite3 from 'better-sqlite3';
import { Redis } from 'ioredis';
import { ConfigError, loadConfig } from '../config.js';
import { copySqliteToRedis, existingKeys } from './migrate.js';
import { redact } from './redis/backend.js';
import { DATABASE_FILE } from './sqlite/database.js';

/**
 * `npm run storage:migrate -- --from sqlite --to redis [--apply]`: copies DATA_DIR/bot.sqlite (it may be in use by
 * a running server) into the empty Redis of REDIS_URL. Without --apply it only counts what it would copy.
 */
async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { from: { type: 'string' }, to: { type: 'string' }, apply: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    strict: true,
  });
  if (values.help || values.from !== 'sqlite' || values.to !== 'redis') {
    process.stderr.write(
      'Usage : npm run storage:migrate -- --from sqlite --to redis [--apply]\n' +
        '  Copie DATA_DIR/bot.sqlite dans le Redis de REDIS_URL (vide). Sans --apply : essai à blanc, rien n’est écrit.\n',
    );
    return values.help ? 0 : 2;
  }
  const config = loadConfig();
  if (!config.REDIS_URL) {
    process.stderr.write('REDIS_URL manque : indiquez le Redis de destination.\n');
    return 2;
  }
  const file = join(config.DATA_DIR, DATABASE_FILE);
  if (!existsSync(file)) {
    process.stderr.write(`Base SQLite introuvable : ${file}\n`);
    return 2;
  }
  // Read-only, with the server possibly writing: one read transaction gives a consistent snapshot (WAL).
  const db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  const redis = new Redis(config.REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    const dryRun = !values.apply;
    if (!dryRun && (await existingKeys(redis)) > 0) {
      process.stderr.write(`Le Redis ${redact(config.REDIS_URL)} contient déjà des données du service : copie refusée (videz-le d’abord).\n`);
      return 1;
    }
    const counts = await copySqliteToRedis(db, redis, { dryRun, transcriptDays: config.TRANSCRIPT_DAYS, callbackDays: config.CALLBACK_RETENTION_DAYS });
    const lines = Object.entries(counts).map(([kind, n]) => `  ${kind}: ${n}`);
    process.stdout.write(
      `${dryRun ? 'Essai à blanc (rien n’est écrit ; --apply pour copier)' : 'Copie faite'} : ${file} → ${redact(config.REDIS_URL)}\n${lines.join('\n')}\n`,
    );
    return 0;
  } finally {
    db.close();
    redis.disconnect();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`${err instanceof ConfigError ? err.message : `Erreur : ${err instanceof Error ? err.message : String(err)}`}\n`);
    process.exit(1);
  },
);
