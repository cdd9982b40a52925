import type { RecapRow, RecapStore } from '../types.js';
import type { Database } from './database.js';

/** Récap pages in the `recaps` table (services-004), on the main connection: written once per turn at most. */
export class SqliteRecapStore implements RecapStore {
  constructor(private readonly db: Database) {}

  save(tokenHash: string, conversationId: string, documentJson: string, now: number): Promise<void> {
    this.db.transaction(() => {
      // One récap per conversation: a new token replaces the old one.
      this.db.prepare('DELETE FROM recaps WHERE conversation_id = ? AND token_hash <> ?').run(conversationId, tokenHash);
      this.db
        .prepare(
          `INSERT INTO recaps (token_hash, conversation_id, document_json, created_at, updated_at) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (token_hash) DO UPDATE SET document_json = excluded.document_json, updated_at = excluded.updated_at`,
        )
        .run(tokenHash, conversationId, documentJson, now, now);
    })();
    return Promise.resolve();
  }

  get(tokenHash: string, notBefore: number): Promise<RecapRow | undefined> {
    const row = this.db
      .prepare('SELECT conversation_id, document_json, updated_at FROM recaps WHERE token_hash = ? AND updated_at >= ?')
      .get(tokenHash, notBefore) as { conversation_id: string; document_json: string; updated_at: number } | undefined;
    return Promise.resolve(row && { conversationId: row.conversation_id, documentJson: row.document_json, updatedAt: row.updated_at });
  }

  deleteConversation(conversationId: string): Promise<void> {
    this.db.prepare('DELETE FROM recaps WHERE conversation_id = ?').run(conversationId);
    return Promise.resolve();
  }

  /** Retention: récaps not written since `cutoff`. */
  purgeOlderThan(cutoff: number): number {
    return this.db.prepare('DELETE FROM recaps WHERE updated_at < ?').run(cutoff).changes;
  }
}
