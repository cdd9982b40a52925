import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { applyMigrations, openDatabase, type Database } from '../../../src/storage/sqlite/database.js';
import { MIGRATIONS } from '../../../src/storage/sqlite/migrations.js';
import { GroupCommitter } from '../../../src/storage/sqlite/group-commit.js';
import { SqliteStateStore } from '../../../src/storage/sqlite/state-store.js';
import { runInTurn, TurnUnit } from '../../../src/storage/turn-unit.js';
import { tempDir } from '../../channel/helpers.js';

const dirs: string[] = [];
const dbs: Database[] = [];
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function open(dir = tempDir('sqlite-')) {
  dirs.push(dir);
  const db = openDatabase(dir);
  dbs.push(db);
  const committer = new GroupCommitter(db);
  return { dir, db, committer, storage: new SqliteStateStore(db, committer) };
}

describe('openDatabase', () => {
  it('uses WAL and synchronous=FULL and applies each migration of the ordered list once', () => {
    const { db, dir } = open();
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    const extra = [...MIGRATIONS, { name: 'test-001-extra', sql: 'CREATE TABLE extra (x INTEGER)' }];
    expect(applyMigrations(db, extra)).toEqual(['test-001-extra']);
    expect(applyMigrations(db, extra)).toEqual([]);
    db.close();
    dbs.length = 0;
    const again = openDatabase(dir);
    dbs.push(again);
    expect(again.prepare("SELECT count(*) FROM _migrations WHERE name = 'test-001-extra'").pluck().get()).toBe(1);
  });
});

describe('SqliteStorage', () => {
  it('reads what it wrote, with an eTag, and deletes', async () => {
    const { storage } = open();
    await storage.write({ k: { a: 1, nested: { b: [1, 2] } } });
    const got = await storage.read(['k', 'missing']);
    expect(Object.keys(got)).toEqual(['k']);
    expect(got['k']).toMatchObject({ a: 1, nested: { b: [1, 2] } });
    expect(typeof got['k']?.eTag).toBe('string');
    await storage.delete(['k']);
    expect(await storage.read(['k'])).toEqual({});
  });

  it('optimistic concurrency: a stale eTag conflicts, "*" and no eTag win', async () => {
    const { storage } = open();
    await storage.write({ k: { v: 1 } });
    const first = (await storage.read(['k']))['k'];
    const second = (await storage.read(['k']))['k'];
    await storage.write({ k: { ...first, v: 2 } });
    await expect(storage.write({ k: { ...second, v: 3 } })).rejects.toMatchObject({ code: 'BOT_STATE_CONFLICT' });
    expect((await storage.read(['k']))['k']).toMatchObject({ v: 2 });
    await storage.write({ k: { v: 4, eTag: '*' } });
    expect((await storage.read(['k']))['k']).toMatchObject({ v: 4 });
  });

  it('survives reopening the database', async () => {
    const { storage, dir, db } = open();
    await storage.write({ 'directline/conversations/c1/': { dialogState: { stack: [1] } } });
    db.close();
    dbs.length = 0;
    const reopened = openDatabase(dir);
    dbs.push(reopened);
    const s2 = new SqliteStateStore(reopened, new GroupCommitter(reopened));
    expect((await s2.read(['directline/conversations/c1/']))['directline/conversations/c1/']).toMatchObject({ dialogState: { stack: [1] } });
  });

  it('inside a turn, writes are staged (read-your-writes) and a conflict at commit rolls back the whole turn', async () => {
    const { storage, committer, db } = open();
    await storage.write({ shared: { v: 0 } });
    const unit = new TurnUnit('c1');
    await runInTurn(unit, ['shared', 'other'], async () => {
      const item = (await storage.read(['shared']))['shared'];
      await storage.write({ shared: { ...item, v: 1 }, other: { w: 1 } });
      expect((await storage.read(['shared']))['shared']).toMatchObject({ v: 1 });
    });
    // Not committed yet: another writer gets there first.
    expect(db.prepare("SELECT count(*) FROM bot_state WHERE key = 'other'").pluck().get()).toBe(0);
    await storage.write({ shared: { v: 99, eTag: '*' } });
    await expect(unit.flush(committer)).rejects.toMatchObject({ code: 'BOT_STATE_CONFLICT' });
    expect((await storage.read(['shared', 'other']))).toEqual({ shared: expect.objectContaining({ v: 99 }) });
  });

  it('commits many concurrent writers in few transactions', async () => {
    const { storage, committer } = open();
    await Promise.all(Array.from({ length: 200 }, (_, i) => storage.write({ [`k${i}`]: { i } })));
    expect(committer.stats.units).toBe(200);
    expect(committer.stats.batches).toBeLessThanOrEqual(2);
    expect(Object.keys(await storage.read(Array.from({ length: 200 }, (_, i) => `k${i}`)))).toHaveLength(200);
  });
});
