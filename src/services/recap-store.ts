import { createHash, randomBytes } from 'node:crypto';
import { registerMigration, type Database } from '../bot/storage/database.js';
import { recapDocumentSchema, type RecapDocument } from '../recap/document.js';

/**
 * Where the récaps live: one per conversation, found by the hash of its link's token (the table alone gives no
 * link), deleted with the conversation ("effacer ma conversation") or once it is older than the conversation's
 * retention (TRANSCRIPT_DAYS).
 */
registerMigration(
  'services-004-recaps',
  `CREATE TABLE recaps (
     token_hash TEXT PRIMARY KEY,
     conversation_id TEXT NOT NULL UNIQUE,
     document_json TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     updated_at INTEGER NOT NULL
   ) WITHOUT ROWID;
   CREATE INDEX recaps_updated ON recaps (updated_at);`,
);

/** 128 random bits, URL-safe: the récap's address cannot be guessed or enumerated. */
export function newRecapToken(): string {
  return randomBytes(16).toString('base64url');
}

/** A token as we issue them (22 URL-safe characters); anything else is unknown without a lookup. */
export const RECAP_TOKEN = /^[A-Za-z0-9_-]{22}$/;

export function recapTokenHash(token: string): string {
  return createHash('sha256').update(`recap:${token}`).digest('base64url');
}

export interface StoredRecap {
  conversationId: string;
  document: RecapDocument;
  updatedAt: number;
}

/** The récaps of conversations: one interface, so that another back end can hold them too. */
export interface RecapStore {
  /** Creates or replaces the conversation's récap under this token. */
  save(token: string, conversationId: string, document: RecapDocument): Promise<void>;
  /** The récap behind a token, if it exists and was written after `notBefore` (ms). */
  get(token: string, notBefore: number): Promise<StoredRecap | undefined>;
  /** Deletes the conversation's récap (erasure). */
  forget(conversationId: string): Promise<void>;
  /** Deletes the récaps not written since `cutoff` (ms); returns how many. */
  purgeOlderThan(cutoff: number): Promise<number>;
}

export class SqliteRecapStore implements RecapStore {
  constructor(
    private readonly db: Database,
    private readonly now: () => number = Date.now,
  ) {}

  async save(token: string, conversationId: string, document: RecapDocument): Promise<void> {
    const t = this.now();
    const json = JSON.stringify(recapDocumentSchema.parse(document));
    this.db.transaction(() => {
      // One récap per conversation: a new token replaces the old one.
      this.db.prepare('DELETE FROM recaps WHERE conversation_id = ? AND token_hash <> ?').run(conversationId, recapTokenHash(token));
      this.db
        .prepare(
          `INSERT INTO recaps (token_hash, conversation_id, document_json, created_at, updated_at) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (token_hash) DO UPDATE SET document_json = excluded.document_json, updated_at = excluded.updated_at`,
        )
        .run(recapTokenHash(token), conversationId, json, t, t);
    })();
  }

  async get(token: string, notBefore: number): Promise<StoredRecap | undefined> {
    if (!RECAP_TOKEN.test(token)) return undefined;
    const row = this.db
      .prepare('SELECT conversation_id, document_json, updated_at FROM recaps WHERE token_hash = ? AND updated_at >= ?')
      .get(recapTokenHash(token), notBefore) as { conversation_id: string; document_json: string; updated_at: number } | undefined;
    if (!row) return undefined;
    const parsed = recapDocumentSchema.safeParse(JSON.parse(row.document_json) as unknown);
    return parsed.success ? { conversationId: row.conversation_id, document: parsed.data, updatedAt: row.updated_at } : undefined;
  }

  async forget(conversationId: string): Promise<void> {
    this.db.prepare('DELETE FROM recaps WHERE conversation_id = ?').run(conversationId);
  }

  async purgeOlderThan(cutoff: number): Promise<number> {
    return this.db.prepare('DELETE FROM recaps WHERE updated_at < ?').run(cutoff).changes;
  }
}
