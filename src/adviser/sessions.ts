import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { AdviserAccountStore, AdviserSessionStore } from '../storage/types.js';
import type { Adviser } from './accounts.js';

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
 * CSRF token bound to this session, and the expiry (sliding on use, capped by an absolute lifetime). Expired sessions
 * are deleted by the retention job (SQLite) or expire by themselves (Redis).
 */
export class SessionStore {
  constructor(
    private readonly store: AdviserSessionStore,
    private readonly accounts: AdviserAccountStore,
    private readonly policy: SessionPolicy = DEFAULT_SESSION_POLICY,
    private readonly now: () => number = Date.now,
  ) {}

  async create(adviser: Adviser): Promise<{ id: string; csrfToken: string; expiresAt: number }> {
    const id = randomToken();
    const csrfToken = randomToken();
    const t = this.now();
    const expiresAt = t + Math.min(this.policy.idleMs, this.policy.absoluteMs);
    await this.store.create(hashId(id), { adviserId: adviser.id, csrfToken, createdAt: t, expiresAt });
    return { id, csrfToken, expiresAt };
  }

  /** The live session for a cookie value, its expiry pushed forward; undefined when unknown or expired. */
  async resume(id: string): Promise<Session | undefined> {
    if (id.length < 20 || id.length > 100) return undefined;
    const key = hashId(id);
    const row = await this.store.get(key);
    if (!row) return undefined;
    const t = this.now();
    const adviser = row.expiresAt > t ? await this.accounts.byId(row.adviserId) : undefined;
    if (!adviser || adviser.disabled) {
      await this.store.delete(key);
      return undefined;
    }
    const expiresAt = Math.min(t + this.policy.idleMs, row.createdAt + this.policy.absoluteMs);
    await this.store.touch(key, t, expiresAt);
    // The account is read on every request: a disabled account's session ends here, a new role applies at once.
    return { adviser: { id: adviser.id, email: adviser.email, role: adviser.role }, csrfToken: row.csrfToken, expiresAt };
  }

  destroy(id: string): Promise<void> {
    return this.store.delete(hashId(id));
  }
}
