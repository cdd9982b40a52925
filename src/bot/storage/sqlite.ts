import { randomBytes } from 'node:crypto';
import type { Storage, StoreItem, StoreItems } from 'botbuilder';
import { AppError } from '../../errors.js';
import { registerMigration, type Database } from './database.js';
import type { GroupCommitter } from './group-commit.js';
import { currentTurn, type StagedState, type TurnUnit } from './turn-unit.js';

registerMigration(
  'bot-001-state',
  `CREATE TABLE bot_state (
     key TEXT PRIMARY KEY,
     etag TEXT NOT NULL,
     json TEXT NOT NULL,
     updated_at INTEGER NOT NULL
   ) WITHOUT ROWID;
   CREATE INDEX bot_state_updated_at ON bot_state (updated_at);`,
);

interface StateRow {
  etag: string;
  json: string;
}

/**
 * botbuilder `Storage` on SQLite, with eTag optimistic concurrency:
 * - an item written with the eTag it was read with succeeds only if nobody wrote the key since;
 * - no eTag or `*` means last write wins (as botbuilder's MemoryStorage);
 * - a conflict rejects with AppError BOT_STATE_CONFLICT.
 * Inside a turn (see TurnUnit) writes are staged and committed with the turn's history, atomically; the eTag is
 * checked at once and checked again in the commit. Outside a turn, each call commits before it resolves.
 */
export class SqliteStorage implements Storage {
  private readonly selectRow;
  private readonly selectEtag;
  private readonly upsert;
  private readonly remove;
  private readonly etagPrefix = randomBytes(4).toString('hex');
  private etagCounter = 0;

  constructor(
    db: Database,
    private readonly committer: GroupCommitter,
    private readonly now: () => number = Date.now,
  ) {
    this.selectRow = db.prepare<[string], StateRow>('SELECT etag, json FROM bot_state WHERE key = ?');
    this.selectEtag = db.prepare<[string], string>('SELECT etag FROM bot_state WHERE key = ?').pluck();
    this.upsert = db.prepare(
      `INSERT INTO bot_state (key, etag, json, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET etag = excluded.etag, json = excluded.json, updated_at = excluded.updated_at`,
    );
    this.remove = db.prepare('DELETE FROM bot_state WHERE key = ?');
  }

  read(keys: string[]): Promise<StoreItems> {
    if (!keys) return Promise.reject(new ReferenceError('Keys are required when reading.'));
    const unit = currentTurn();
    const items: StoreItems = {};
    for (const key of keys) {
      const row = this.lookup(key, unit);
      if (row) items[key] = withEtag(JSON.parse(row.json) as StoreItem, row.etag);
    }
    return Promise.resolve(items);
  }

  write(changes: StoreItems): Promise<void> {
    if (!changes) return Promise.reject(new ReferenceError('Changes are required when writing.'));
    const unit = currentTurn();
    const ops: (() => void)[] = [];
    try {
      for (const [key, item] of Object.entries(changes) as [string, StoreItem][]) {
        ops.push(this.prepareWrite(key, item, unit));
      }
    } catch (err) {
      return Promise.reject(err);
    }
    if (unit) {
      for (const op of ops) unit.stage(op);
      return Promise.resolve();
    }
    return this.committer.submit(() => {
      for (const op of ops) op();
    });
  }

  delete(keys: string[]): Promise<void> {
    if (!keys) return Promise.reject(new ReferenceError('Keys are required when deleting.'));
    const unit = currentTurn();
    const ops = keys.map((key) => () => void this.remove.run(key));
    if (unit) {
      for (const key of keys) unit.stagedState.set(key, null);
      for (const op of ops) unit.stage(op);
      return Promise.resolve();
    }
    return this.committer.submit(() => {
      for (const op of ops) op();
    });
  }

  /** Checks the eTag now and returns the op that re-checks and writes inside the commit. */
  private prepareWrite(key: string, item: StoreItem, unit: TurnUnit | undefined): () => void {
    const expected = typeof item.eTag === 'string' && item.eTag !== '*' && item.eTag !== '' ? item.eTag : undefined;
    const base = this.lookup(key, unit)?.etag;
    if (expected !== undefined && base !== undefined && base !== expected) {
      throw new AppError('BOT_STATE_CONFLICT');
    }
    const etag = `${this.etagPrefix}${(++this.etagCounter).toString(36)}`;
    const { eTag: _ignored, ...rest } = item;
    const json = JSON.stringify(rest);
    unit?.stagedState.set(key, { etag, json } satisfies StagedState);
    return () => {
      // Someone else may have committed between the check above and this commit.
      if (expected !== undefined && this.selectEtag.get(key) !== base) throw new AppError('BOT_STATE_CONFLICT');
      this.upsert.run(key, etag, json, this.now());
    };
  }

  private lookup(key: string, unit: TurnUnit | undefined): StateRow | undefined {
    const staged = unit?.stagedState.get(key);
    if (staged === null) return undefined;
    return staged ?? this.selectRow.get(key);
  }
}

function withEtag(item: StoreItem, etag: string): StoreItem {
  item.eTag = etag;
  return item;
}

/** Storage-key prefix of a conversation's state (botbuilder ConversationState: `<channel>/conversations/<id>/…`). */
export function conversationStatePrefix(channelId: string, conversationId: string): string {
  return `${channelId}/conversations/${conversationId}/`;
}
