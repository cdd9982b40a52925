import { rmSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { applyMigrations, DATABASE_FILE, openDatabase } from '../../../src/storage/sqlite/database.js';
import { GroupCommitter } from '../../../src/storage/sqlite/group-commit.js';
import { op } from '../../../src/storage/sqlite/sql-ops.js';
import { tempDir } from '../../channel/helpers.js';

const TEST_TABLE = { name: 'test-gc-001', sql: 'CREATE TABLE gc_items (k TEXT PRIMARY KEY, v INTEGER NOT NULL)' };

const cleanup: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0)) await fn();
});

function setup(mode: 'worker' | 'inline') {
  const dir = tempDir('group-commit-');
  const db = openDatabase(dir);
  applyMigrations(db, [TEST_TABLE]);
  const committer = new GroupCommitter(db, { mode });
  // A connection of its own, as another process would read the file.
  const outside = new BetterSqlite3(join(dir, DATABASE_FILE), { readonly: true });
  cleanup.push(async () => {
    await committer.close();
    outside.close();
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const insert = committer.statement('INSERT INTO gc_items (k, v) VALUES (?, ?)');
  const select = committer.statement('SELECT v FROM gc_items WHERE k = ?');
  const count = (): number => outside.prepare('SELECT count(*) FROM gc_items').pluck().get() as number;
  return { db, committer, insert, select, count, outside };
}

describe.each(['worker', 'inline'] as const)('GroupCommitter (%s)', (mode) => {
  it('resolves a unit only once its rows are committed, as another connection sees them', async () => {
    const { committer, insert, outside } = setup(mode);
    const seen: unknown[] = [];
    await committer.submit([op(insert, 'a', 1)]).then(() => {
      seen.push(outside.prepare('SELECT v FROM gc_items WHERE k = ?').pluck().get('a'));
    });
    expect(seen).toEqual([1]);
  });

  it('a failing unit rolls back alone: a failed check rejects with its AppError, a SQLite error with its code', async () => {
    const { committer, insert, select, count } = setup(mode);
    await committer.submit([op(insert, 'x', 1)]);
    const results = await Promise.allSettled([
      committer.submit([op(insert, 'a', 1)]),
      // Written, then the check fails: the unit's first insert must go too.
      committer.submit([op(insert, 'b', 2), { s: select.id, p: ['x'], check: { equals: 99, code: 'BOT_STATE_CONFLICT' } }]),
      committer.submit([op(insert, 'c', 3), op(insert, 'x', 4)]),
      committer.submit([op(insert, 'd', 4), { s: select.id, p: ['x'], check: { equals: 1, code: 'BOT_STATE_CONFLICT' } }]),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'rejected', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason).toMatchObject({ code: 'BOT_STATE_CONFLICT', status: 409 });
    expect((results[2] as PromiseRejectedResult).reason).toMatchObject({ code: 'SQLITE_CONSTRAINT_PRIMARYKEY' });
    expect(count()).toBe(3);
  });

  it('runs `committed` callbacks before any promise of the batch resumes', async () => {
    const { committer, insert } = setup(mode);
    const order: string[] = [];
    await Promise.all([
      committer.submit([op(insert, 'a', 1)], () => order.push('committed a')).then(() => order.push('resumed a')),
      committer.submit([op(insert, 'b', 2)], () => order.push('committed b')).then(() => order.push('resumed b')),
    ]);
    expect(order).toEqual(['committed a', 'committed b', 'resumed a', 'resumed b']);
  });

  it('batches concurrent units, and close() commits what is queued, then refuses', async () => {
    const { committer, insert, count } = setup(mode);
    await Promise.all(Array.from({ length: 300 }, (_, i) => committer.submit([op(insert, `k${i}`, i)])));
    expect(committer.stats.units).toBe(300);
    expect(committer.stats.batches).toBeLessThanOrEqual(2);
    const last = committer.submit([op(insert, 'last', 1)]);
    await committer.close();
    await expect(last).resolves.toBeUndefined();
    expect(count()).toBe(301);
    await expect(committer.submit([op(insert, 'late', 1)])).rejects.toMatchObject({ code: 'DL_OVERLOADED' });
  });

  it('checks SQL where the statement is registered', () => {
    const { committer } = setup(mode);
    expect(() => committer.statement('INSERT INTO no_such_table VALUES (?)')).toThrow(/no such table/);
  });
});

describe('GroupCommitter worker', () => {
  it('keeps the event loop free while it commits: timers run during a big batch', async () => {
    const { committer, insert } = setup('worker');
    await committer.submit([op(insert, 'warm', 0)]);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const big = Array.from({ length: 20_000 }, (_, i) => op(insert, `big${i}`, i));
    await committer.submit(big);
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(0);
  });
});
