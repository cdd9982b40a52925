import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { MIGRATIONS, type Migration } from './migrations.js';

/** The one SQLite connection of the process for reads and rare writes (better-sqlite3 is synchronous: no pool). */
export type Database = BetterSqlite3.Database;

/** Applies, in one transaction each and in order, the migrations that this database has not seen yet. */
export function applyMigrations(db: Database, migrations: readonly Migration[] = MIGRATIONS): string[] {
  db.exec('CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at INTEGER NOT NULL) WITHOUT ROWID');
  const done = new Set(db.prepare('SELECT name FROM _migrations').pluck().all() as string[]);
  const record = db.prepare('INSERT INTO _migrations (name, applied_at) VALUES (?, ?)');
  const applied: string[] = [];
  for (const m of migrations) {
    if (done.has(m.name)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      record.run(m.name, Date.now());
    })();
    applied.push(m.name);
  }
  return applied;
}

export const DATABASE_FILE = 'bot.sqlite';

/**
 * Opens (creating it and its folder if absent) `<dataDir>/bot.sqlite` in WAL mode with synchronous=FULL, so a
 * committed transaction survives a power cut, and applies the migrations of `migrations.ts`.
 *
 * The database holds transcripts and phone numbers: the folder is created 0700 and the file 0600 before SQLite
 * opens it (SQLite gives its -wal and -shm files the database file's mode), and deleted rows are overwritten with
 * zeros (secure_delete) so that an erasure leaves no text in free pages. See `checkpointTruncate` for the WAL.
 */
export function openDatabase(dataDir: string): Database {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = join(dataDir, DATABASE_FILE);
  if (!existsSync(file)) closeSync(openSync(file, 'a', 0o600));
  // A database made before this rule (or copied in) is tightened too.
  for (const suffix of ['', '-wal', '-shm']) {
    if (existsSync(file + suffix)) chmodSync(file + suffix, 0o600);
  }
  const db = new BetterSqlite3(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('secure_delete = ON');
  // Another process (a CLI, a backup) may hold the lock briefly; wait rather than fail.
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  applyMigrations(db);
  return db;
}

/**
 * Copies every WAL frame into the database file and truncates the WAL to zero bytes. After an erasure the deleted
 * text is zeroed in the new page versions, but older frames of the WAL still hold it until they are overwritten:
 * this removes them. Returns false when a reader kept it from completing (it is then tried again by the caller).
 */
export function checkpointTruncate(db: Database): boolean {
  const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number; log: number; checkpointed: number }[];
  return result !== undefined && result.busy === 0;
}
