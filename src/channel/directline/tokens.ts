import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { registerMigration, type Database } from '../../bot/storage/database.js';
import type { GroupCommitter } from '../../bot/storage/group-commit.js';
import { op, type SqlStatement } from '../../bot/storage/sql-ops.js';

registerMigration(
  'dl-001-tokens',
  `CREATE TABLE dl_tokens (
     hash TEXT PRIMARY KEY,
     conversation_id TEXT NOT NULL,
     user_id TEXT,
     expires_at INTEGER NOT NULL
   ) WITHOUT ROWID;
   CREATE INDEX dl_tokens_expires_at ON dl_tokens (expires_at);`,
);

export interface TokenGrant {
  conversationId: string;
  /** Set when the token was generated for a given user id: activities are then sent as that user. */
  userId: string | undefined;
  expiresAt: number;
}

export interface IssuedToken {
  token: string;
  expiresIn: number;
}

/** 256 random bits, URL-safe (it travels in the streamUrl query). */
export function newSecretString(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

const secretDigests = new Map<string, Buffer>();

/** Constant-time comparison of a presented secret with the configured one. */
export function secretMatches(presented: string, secret: string | undefined): boolean {
  if (!secret) return false;
  let b = secretDigests.get(secret);
  if (!b) {
    b = createHash('sha256').update(secret).digest();
    secretDigests.set(secret, b);
  }
  return timingSafeEqual(createHash('sha256').update(presented).digest(), b);
}

/**
 * Direct Line tokens: random, bound to one conversation, expiring. Only their SHA-256 is stored (a copy of the
 * database does not let anyone into a conversation). Verified ones are cached in memory by the token itself: every
 * Direct Line request presents one, and hashing it again each time was ~2.5 % of a turn's CPU. The process sees the
 * tokens in every request anyway; what must not hold them, the database and the logs, still does not.
 */
export class TokenStore {
  private readonly cache = new Map<string, TokenGrant>();
  private readonly stmt;
  private readonly insert: SqlStatement;

  constructor(
    db: Database,
    private readonly committer: GroupCommitter,
    private readonly ttlSeconds: number,
    private readonly now: () => number = Date.now,
  ) {
    this.insert = committer.statement('INSERT INTO dl_tokens (hash, conversation_id, user_id, expires_at) VALUES (?, ?, ?, ?)');
    this.stmt = {
      get: db.prepare<[string], { conversation_id: string; user_id: string | null; expires_at: number }>(
        'SELECT conversation_id, user_id, expires_at FROM dl_tokens WHERE hash = ?',
      ),
      purge: db.prepare('DELETE FROM dl_tokens WHERE expires_at < ?'),
    };
  }

  /** Issues a token for the conversation; resolves once it is durable. */
  async issue(conversationId: string, userId?: string): Promise<IssuedToken> {
    const token = newSecretString();
    const expiresAt = this.now() + this.ttlSeconds * 1000;
    const hash = hashToken(token);
    await this.committer.submit([op(this.insert, hash, conversationId, userId ?? null, expiresAt)]);
    this.remember(token, { conversationId, userId, expiresAt });
    return { token, expiresIn: this.ttlSeconds };
  }

  /** The grant of a token verified before and not expired, without hashing it or reading the database. */
  cached(token: string): TokenGrant | undefined {
    const grant = this.cache.get(token);
    return grant && grant.expiresAt > this.now() ? grant : undefined;
  }

  /** The grant of a valid, unexpired token, or undefined. */
  verify(token: string): TokenGrant | undefined {
    if (token.length < 20 || token.length > 200) return undefined;
    let grant = this.cache.get(token);
    if (!grant) {
      const row = this.stmt.get.get(hashToken(token));
      if (!row) return undefined;
      grant = { conversationId: row.conversation_id, userId: row.user_id ?? undefined, expiresAt: row.expires_at };
      this.remember(token, grant);
    }
    return grant.expiresAt > this.now() ? grant : undefined;
  }

  purgeExpired(now: number): void {
    this.stmt.purge.run(now);
    for (const [token, grant] of this.cache) if (grant.expiresAt <= now) this.cache.delete(token);
  }

  private remember(token: string, grant: TokenGrant): void {
    // A bounded cache: the oldest entry goes first (Map keeps insertion order).
    if (this.cache.size >= 50_000) {
      const oldest = this.cache.keys().next();
      if (!oldest.done) this.cache.delete(oldest.value);
    }
    this.cache.set(token, grant);
  }
}
