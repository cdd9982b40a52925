import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Database } from '../bot/storage/database.js';
import type { Adviser } from './accounts.js';
import './migrations.js';

export interface SessionPolicy {
  /** A session unused for this long ends (ms). */
  idleMs: number;
  /** A session ends this long after login, used or not (ms): one working day. */
  absoluteMs: number;
}

export const DEFAULT_SESSION_POLICY: SessionPolicy = { idleMs: 60 * 60_000, absoluteMs: 10 * 3_600_000 };

export interface Session {
  adviser: Adviser;
  csrfToken: string;
  expiresAt: number;
}

/** 256 random bits, URL-safe. */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

function hashId(id: string): string {
  return createHash('sha256').update(id).digest('base64url');
}

/** Constant-time comparison of two tokens of any length. */
export function sameToken(a: string, b: string): boolean {
  const ha = createHash('sha256').update(a).digest();
  const hb = createHash('sha256').update(b).digest();
  return timingSafeEqual(ha, hb) && a.length === b.length;
}

/**
 * Server-side sessions. The cookie holds a random 256-bit id; the database keeps only its SHA-256, the adviser, the
 * CSRF token bound to this session, and the expiry (sliding on use, capped by an absolute lifetime).
 */
export class SessionStore {
  constructor(
    private readonly db: Database,
    private readonly policy: SessionPolicy = DEFAULT_SESSION_POLICY,
    private readonly now: () => number = Date.now,
  ) {}

  create(adviser: Adviser): { id: string; csrfToken: string; expiresAt: number } {
    const id = randomToken();
    const csrfToken = randomToken();
    const t = this.now();
    const expiresAt = t + Math.min(this.policy.idleMs, this.policy.absoluteMs);
    this.db
      .prepare('INSERT INTO adviser_sessions (id_hash, adviser_id, csrf_token, created_at, last_seen_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(hashId(id), adviser.id, csrfToken, t, t, expiresAt);
    return { id, csrfToken, expiresAt };
  }

  /** The live session for a cookie value, its expiry pushed forward; undefined when unknown or expired. */
  resume(id: string): Session | undefined {
    if (id.length < 20 || id.length > 100) return undefined;
    const key = hashId(id);
    const row = this.db
      .prepare(
        `SELECT s.csrf_token, s.created_at, s.expires_at, a.id, a.email
           FROM adviser_sessions s JOIN advisers a ON a.id = s.adviser_id WHERE s.id_hash = ?`,
      )
      .get(key) as { csrf_token: string; created_at: number; expires_at: number; id: number; email: string } | undefined;
    if (!row) return undefined;
    const t = this.now();
    if (row.expires_at <= t) {
      this.db.prepare('DELETE FROM adviser_sessions WHERE id_hash = ?').run(key);
      return undefined;
    }
    const expiresAt = Math.min(t + this.policy.idleMs, row.created_at + this.policy.absoluteMs);
    this.db.prepare('UPDATE adviser_sessions SET last_seen_at = ?, expires_at = ? WHERE id_hash = ?').run(t, expiresAt, key);
    return { adviser: { id: row.id, email: row.email }, csrfToken: row.csrf_token, expiresAt };
  }

  destroy(id: string): void {
    this.db.prepare('DELETE FROM adviser_sessions WHERE id_hash = ?').run(hashId(id));
  }

  purgeExpired(now = this.now()): number {
    return this.db.prepare('DELETE FROM adviser_sessions WHERE expires_at <= ?').run(now).changes;
  }
}
