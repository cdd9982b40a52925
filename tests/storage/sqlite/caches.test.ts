import { rmSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE, openDatabase, type Database } from '../../../src/storage/sqlite/database.js';
import { GroupCommitter } from '../../../src/storage/sqlite/group-commit.js';
import { SqliteHistoryStore } from '../../../src/storage/sqlite/history-store.js';
import { LocalFanOut } from '../../../src/storage/local-fan-out.js';
import { SqliteStateStore } from '../../../src/storage/sqlite/state-store.js';
import { op } from '../../../src/storage/sqlite/sql-ops.js';
import { runInTurn, TurnUnit } from '../../../src/storage/turn-unit.js';
import { KeyedLock } from '../../../src/storage/keyed-lock.js';
import { tempDir } from '../../channel/helpers.js';

/** What the SQLite back end's retention does for transcripts and state (see SqliteStorage.purge). */
function purgeExpired(history: SqliteHistoryStore, transcriptDays: number, now: number): number {
  const cutoff = now - transcriptDays * 86_400_000;
  const purged = history.purgeOlderThan(cutoff);
  history.purgeStateOlderThan(cutoff);
  return purged;
}

const cleanup: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0)) await fn();
});

function setup(now = () => Date.now()) {
  const dir = tempDir('caches-');
  const db: Database = openDatabase(dir);
  cleanup.push(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const committer = new GroupCommitter(db);
  cleanup.unshift(() => committer.close());
  const history = new SqliteHistoryStore(db, committer, new KeyedLock(), new LocalFanOut(), now);
  const storage = new SqliteStateStore(db, committer, now);
  history.onStateDeleted((prefix) => storage.forget(prefix));
  return { dir, db, committer, history, storage };
}

const KEY = 'directline/conversations/c1/';

describe('in-memory mirrors of committed rows', () => {
  it('the conversation row follows commits (lastSeq, started) and only after them', async () => {
    const { history, committer } = setup();
    await history.createConversation('c1', 'u1', false);
    expect(history.conversation('c1')).toMatchObject({ lastSeq: 0, started: false });
    const unit = new TurnUnit('c1');
    history.stageAppend(unit, 1, { type: 'message', text: 'a' });
    history.stageStarted(unit);
    // Staged but not committed: readers still see the committed row.
    expect(history.conversation('c1')).toMatchObject({ lastSeq: 0, started: false });
    await unit.flush(committer);
    expect(history.conversation('c1')).toMatchObject({ lastSeq: 1, started: true });
  });

  it('a failed commit leaves the conversation row as it was', async () => {
    const { history, committer } = setup();
    await history.createConversation('c1', 'u1', true);
    const unit = new TurnUnit('c1');
    history.stageAppend(unit, 1, { type: 'message', text: 'a' });
    // The same conversation row again: the unit fails in the commit, after its activity was written.
    unit.stage(op(committer.statement('INSERT INTO conversations (id, user_id, created_at, updated_at) VALUES (?, ?, 0, 0)'), 'c1', 'u1'));
    await expect(unit.flush(committer)).rejects.toMatchObject({ code: 'SQLITE_CONSTRAINT_PRIMARYKEY' });
    expect(history.conversation('c1')).toMatchObject({ lastSeq: 0 });
    expect((await history.listActivities('c1'))).toEqual([]);
  });

  it('the state cache is updated at commit, before any promise of the batch resumes', async () => {
    const { storage, committer } = setup();
    await storage.write({ [KEY]: { v: 1 } });
    const seen: unknown[] = [];
    const unit = new TurnUnit('c1');
    await runInTurn(unit, [KEY], async () => {
      const item = (await storage.read([KEY]))[KEY];
      await storage.write({ [KEY]: { ...item, v: 2 } });
    });
    unit.closed = true;
    // Another writer of the same batch reads the key as soon as its own commit resolves.
    const other = committer.submit([]).then(async () => seen.push((await storage.read([KEY]))[KEY]));
    await Promise.all([unit.flush(committer), other]);
    expect(seen).toEqual([expect.objectContaining({ v: 2 })]);
  });

  it('a write that conflicts in the commit does not reach the cache', async () => {
    const { storage, committer, db } = setup();
    await storage.write({ [KEY]: { v: 1 } });
    const unit = new TurnUnit('c1');
    await runInTurn(unit, [KEY], async () => {
      const item = (await storage.read([KEY]))[KEY];
      await storage.write({ [KEY]: { ...item, v: 2 } });
    });
    // A writer this process does not know of (a CLI) changes the row behind the cache.
    db.prepare("UPDATE bot_state SET etag = 'elsewhere', json = '{\"v\":7}' WHERE key = ?").run(KEY);
    await expect(unit.flush(committer)).rejects.toMatchObject({ code: 'BOT_STATE_CONFLICT' });
    expect(db.prepare('SELECT json FROM bot_state WHERE key = ?').pluck().get(KEY)).toBe('{"v":7}');
  });

  it('state deleted by "effacer" and by retention is not served from the cache', async () => {
    let now = Date.UTC(2026, 0, 1);
    const { storage, history, db } = setup(() => now);
    await history.createConversation('c1', 'u1', true);
    await storage.write({ [KEY]: { v: 1 }, 'directline/users/u1': { name: 'Léa' } });
    expect(await storage.read([KEY])).toHaveProperty([KEY]);
    await history.deleteConversation('c1');
    expect(await storage.read([KEY])).toEqual({});
    expect(await storage.read(['directline/users/u1'])).toHaveProperty(['directline/users/u1']);
    now += 31 * 86_400_000;
    purgeExpired(history, 30, now);
    expect(await storage.read(['directline/users/u1'])).toEqual({});
    expect(history.conversation('c1')).toBeUndefined();
  });
});

describe('migrations to rowid tables', () => {
  it('keep the rows written under the first schema', async () => {
    const dir = tempDir('migrate-');
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
    // The schema as the first release left it: both tables WITHOUT ROWID, with a row each.
    const old = new BetterSqlite3(join(dir, DATABASE_FILE));
    old.exec(`CREATE TABLE _migrations (name TEXT PRIMARY KEY, applied_at INTEGER NOT NULL) WITHOUT ROWID;
      CREATE TABLE bot_state (key TEXT PRIMARY KEY, etag TEXT NOT NULL, json TEXT NOT NULL, updated_at INTEGER NOT NULL) WITHOUT ROWID;
      CREATE INDEX bot_state_updated_at ON bot_state (updated_at);
      CREATE TABLE conversations (id TEXT PRIMARY KEY, user_id TEXT NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, started INTEGER NOT NULL DEFAULT 0, last_seq INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID;
      CREATE INDEX conversations_updated_at ON conversations (updated_at);
      CREATE TABLE activities (conversation_id TEXT NOT NULL, seq INTEGER NOT NULL, client_id TEXT, created_at INTEGER NOT NULL, json TEXT NOT NULL, PRIMARY KEY (conversation_id, seq)) WITHOUT ROWID;
      CREATE UNIQUE INDEX activities_client_id ON activities (conversation_id, client_id) WHERE client_id IS NOT NULL;
      INSERT INTO _migrations VALUES ('bot-001-state', 0), ('bot-002-history', 0);
      INSERT INTO bot_state VALUES ('k', 'e1', '{"v":1}', 5);
      INSERT INTO conversations VALUES ('c1', 'u1', 1, 1, 1, 1);
      INSERT INTO activities VALUES ('c1', 1, 'client-1', 1, '{"text":"salut"}');`);
    old.close();
    const db = openDatabase(dir);
    cleanup.unshift(() => void db.close());
    const withoutRowid = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name IN ('bot_state', 'activities') AND sql LIKE '%WITHOUT ROWID%'")
      .pluck()
      .all();
    expect(withoutRowid).toEqual([]);
    expect(db.prepare('SELECT key, etag, json, updated_at FROM bot_state').all()).toEqual([{ key: 'k', etag: 'e1', json: '{"v":1}', updated_at: 5 }]);
    const committer = new GroupCommitter(db);
    cleanup.unshift(() => committer.close());
    const history = new SqliteHistoryStore(db, committer, new KeyedLock(), new LocalFanOut());
    expect(history.findByClientId('c1', 'client-1')).toBe(1);
    expect((await history.listActivities('c1'))).toEqual([{ text: 'salut' }]);
  });
});
