import { randomBytes } from 'node:crypto';
import { AppError } from '../../errors.js';
import { turnOfKey, type StagedState, type TurnUnit } from '../turn-unit.js';
import type { StateItem, StateItems, StateStore } from '../types.js';
import type { Database } from './database.js';
import type { GroupCommitter } from './group-commit.js';
import { op, type SqlOp, type SqlStatement } from './sql-ops.js';
import { jsonWithoutEtag, rememberStateText } from '../state-text.js';

interface StateRow {
  etag: string;
  json: string;
}

/** Committed rows kept in memory (a conversation's state is a few KB); the oldest entry goes first when full. */
const STATE_CACHE_MAX = 10_000;

/**
 * Conversation and user state on SQLite (botbuilder's `Storage` shape), with eTag optimistic concurrency:
 * - an item written with the eTag it was read with succeeds only if nobody wrote the key since;
 * - no eTag or `*` means last write wins (as botbuilder's MemoryStorage);
 * - a conflict rejects with AppError BOT_STATE_CONFLICT.
 * A key whose scope (its conversation, or its user) has an open turn (see openTurn) is staged and committed with
 * that turn's history, atomically; the eTag is checked at once and checked again in the commit. Other keys commit
 * before the call resolves.
 *
 * Committed rows are mirrored in memory: each turn reads its state twice (the bot's read, the eTag check of its
 * write), and a SQLite read outside a transaction costs ~10–30 µs (read lock, WAL lookup). The mirror is updated
 * synchronously right after each COMMIT of this store, and dropped for the keys SqliteHistoryStore deletes (see
 * `forget`); the eTag is still re-checked against SQLite inside the commit, so a writer this process does not
 * know of is caught as a conflict, as before.
 */
export class SqliteStateStore implements StateStore {
  private readonly selectRow;
  private readonly selectEtag: SqlStatement;
  private readonly upsert: SqlStatement;
  private readonly remove: SqlStatement;
  private readonly etagPrefix = randomBytes(4).toString('hex');
  private etagCounter = 0;
  private readonly committed = new Map<string, StateRow>();

  constructor(
    db: Database,
    private readonly committer: GroupCommitter,
    private readonly now: () => number = Date.now,
  ) {
    this.selectRow = db.prepare<[string], StateRow>('SELECT etag, json FROM bot_state WHERE key = ?');
    this.selectEtag = committer.statement('SELECT etag FROM bot_state WHERE key = ?');
    this.upsert = committer.statement(
      `INSERT INTO bot_state (key, etag, json, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET etag = excluded.etag, json = excluded.json, updated_at = excluded.updated_at`,
    );
    this.remove = committer.statement('DELETE FROM bot_state WHERE key = ?');
  }

  read(keys: string[]): Promise<StateItems> {
    if (!keys) return Promise.reject(new ReferenceError('Keys are required when reading.'));
    const items: StateItems = {};
    for (const key of keys) {
      const row = this.lookup(key, turnOfKey(key));
      if (row) items[key] = withEtag(parsed(row.json), row.etag);
    }
    return Promise.resolve(items);
  }

  write(changes: StateItems): Promise<void> {
    if (!changes) return Promise.reject(new ReferenceError('Changes are required when writing.'));
    const direct: { ops: SqlOp[]; done: () => void; text: () => void }[] = [];
    const staged: { unit: TurnUnit; ops: SqlOp[]; done: () => void; text: () => void }[] = [];
    try {
      for (const key of Object.keys(changes)) {
        const unit = turnOfKey(key);
        const write = this.prepareWrite(key, changes[key] as StateItem, unit);
        if (unit) staged.push({ unit, ...write });
        else direct.push(write);
      }
    } catch (err) {
      return Promise.reject(err);
    }
    // Only once every eTag passed: a conflict stages nothing. The items' texts are offered to the change key
    // BotState computes once this write resolves (state-text.ts): a staged write resolves now, a direct one once
    // committed (a write that fails leaves nothing behind).
    for (const { unit, ops, done, text } of staged) {
      unit.stage(ops, undefined, done);
      text();
    }
    if (direct.length === 0) return Promise.resolve();
    return this.committer.submit(
      direct.length === 1 ? (direct[0] as { ops: SqlOp[] }).ops : direct.flatMap((w) => w.ops),
      () => {
        for (const { done, text } of direct) {
          done();
          text();
        }
      },
    );
  }

  delete(keys: string[]): Promise<void> {
    if (!keys) return Promise.reject(new ReferenceError('Keys are required when deleting.'));
    const direct: SqlOp[] = [];
    const directKeys: string[] = [];
    for (const key of keys) {
      const unit = turnOfKey(key);
      if (!unit) {
        direct.push(op(this.remove, key));
        directKeys.push(key);
        continue;
      }
      unit.stagedState.set(key, null);
      unit.stage(op(this.remove, key), undefined, () => void this.committed.delete(key));
    }
    if (direct.length === 0) return Promise.resolve();
    return this.committer.submit(direct, () => {
      for (const key of directKeys) this.committed.delete(key);
    });
  }

  /** Drops cached rows whose key starts with `prefix` (all of them when undefined): they were deleted in SQL. */
  forget(prefix: string | undefined): void {
    if (prefix === undefined) {
      this.committed.clear();
      return;
    }
    for (const key of this.committed.keys()) if (key.startsWith(prefix)) this.committed.delete(key);
  }

  /**
   * Checks the eTag now and returns the op that re-checks and writes inside the commit, and what to do once it is
   * committed.
   */
  private prepareWrite(
    key: string,
    item: StateItem,
    unit: TurnUnit | undefined,
  ): { ops: SqlOp[]; done: () => void; text: () => void } {
    const expected = typeof item.eTag === 'string' && item.eTag !== '*' && item.eTag !== '' ? item.eTag : undefined;
    const base = this.lookup(key, unit)?.etag;
    if (expected !== undefined && base !== undefined && base !== expected) {
      throw new AppError('BOT_STATE_CONFLICT');
    }
    const etag = `${this.etagPrefix}${(++this.etagCounter).toString(36)}`;
    const json = jsonWithoutEtag(item);
    unit?.stagedState.set(key, { etag, json } satisfies StagedState);
    const write = op(this.upsert, key, etag, json, this.now());
    return {
      // Someone else may have committed between the check above and this commit: checked again in the commit.
      ops:
        expected !== undefined
          ? [{ s: this.selectEtag.id, p: [key], check: { equals: base ?? null, code: 'BOT_STATE_CONFLICT' } }, write]
          : [write],
      done: () => void this.remember(key, { etag, json }),
      text: () => rememberStateText(item, json),
    };
  }

  private lookup(key: string, unit: TurnUnit | undefined): StateRow | undefined {
    const staged = unit?.stagedState.get(key);
    if (staged === null) return undefined;
    if (staged) return staged;
    const cached = this.committed.get(key);
    if (cached) return cached;
    const row = this.selectRow.get(key);
    return row ? this.remember(key, row) : undefined;
  }

  private remember(key: string, row: StateRow): StateRow {
    if (this.committed.size >= STATE_CACHE_MAX && !this.committed.has(key)) {
      const oldest = this.committed.keys().next();
      if (!oldest.done) this.committed.delete(oldest.value);
    }
    this.committed.set(key, row);
    return row;
  }
}

/** A state item parsed from its stored text, which BotState's change key of it can reuse (see state-text.ts). */
function parsed(json: string): StateItem {
  const item = JSON.parse(json) as StateItem;
  rememberStateText(item, json);
  return item;
}

function withEtag(item: StateItem, etag: string): StateItem {
  item.eTag = etag;
  return item;
}
