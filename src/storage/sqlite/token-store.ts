import type { TokenGrant, TokenStore } from '../types.js';
import type { Database } from './database.js';
import type { GroupCommitter } from './group-commit.js';
import { op, type SqlStatement } from './sql-ops.js';

/** Direct Line tokens on SQLite: written through the group commit, read on the main connection. */
export class SqliteTokenStore implements TokenStore {
  private readonly insert: SqlStatement;
  private readonly stmt;

  constructor(
    db: Database,
    private readonly committer: GroupCommitter,
  ) {
    this.insert = committer.statement('INSERT INTO dl_tokens (hash, conversation_id, user_id, expires_at) VALUES (?, ?, ?, ?)');
    this.stmt = {
      get: db.prepare<[string], { conversation_id: string; user_id: string | null; expires_at: number }>(
        'SELECT conversation_id, user_id, expires_at FROM dl_tokens WHERE hash = ?',
      ),
      latest: db
        .prepare<[string], number | null>('SELECT max(expires_at) FROM dl_tokens WHERE conversation_id = ?')
        .pluck(),
      purge: db.prepare('DELETE FROM dl_tokens WHERE expires_at < ?'),
    };
  }

  async save(hash: string, grant: TokenGrant): Promise<void> {
    return this.committer.submit([op(this.insert, hash, grant.conversationId, grant.userId ?? null, grant.expiresAt)]);
  }

  async find(hash: string): Promise<TokenGrant | undefined> {
    const row = this.stmt.get.get(hash);
    return Promise.resolve(row ? { conversationId: row.conversation_id, userId: row.user_id ?? undefined, expiresAt: row.expires_at } : undefined);
  }

  latestExpiry(conversationId: string): Promise<number | undefined> {
    return Promise.resolve(this.stmt.latest.get(conversationId) ?? undefined);
  }

  purgeExpired(now: number): void {
    this.stmt.purge.run(now);
  }
}
