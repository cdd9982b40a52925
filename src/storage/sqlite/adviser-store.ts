import type {
  AdviserAccountStore,
  AdviserRow,
  AdviserSessionStore,
  AuditRecord,
  AuditRow,
  AuditStore,
  LoginFailureStore,
  LoginLimits,
  Reservation,
  SessionRow,
} from '../types.js';
import { lockoutWait } from '../login-limits.js';
import type { Database } from './database.js';

/** Adviser accounts on SQLite (main connection, synchronous writes: committed when the promise resolves). */
export class SqliteAdviserAccountStore implements AdviserAccountStore {
  constructor(private readonly db: Database) {}

  async findByEmail(email: string): Promise<AdviserRow | undefined> {
    const row = this.db.prepare('SELECT id, email, password_hash FROM advisers WHERE email = ?').get(email) as
      | { id: number; email: string; password_hash: string }
      | undefined;
    return Promise.resolve(row ? { id: row.id, email: row.email, passwordHash: row.password_hash } : undefined);
  }

  async byId(id: number): Promise<AdviserRow | undefined> {
    const row = this.db.prepare('SELECT id, email, password_hash FROM advisers WHERE id = ?').get(id) as
      | { id: number; email: string; password_hash: string }
      | undefined;
    return Promise.resolve(row ? { id: row.id, email: row.email, passwordHash: row.password_hash } : undefined);
  }

  async create(email: string, passwordHash: string, now: number): Promise<number> {
    const r = this.db.prepare('INSERT INTO advisers (email, password_hash, created_at, updated_at) VALUES (?, ?, ?, ?)').run(email, passwordHash, now, now);
    return Promise.resolve(Number(r.lastInsertRowid));
  }

  async setPassword(id: number, passwordHash: string, now: number): Promise<void> {
    this.db.transaction(() => {
      this.db.prepare('UPDATE advisers SET password_hash = ?, updated_at = ? WHERE id = ?').run(passwordHash, now, id);
      this.db.prepare('DELETE FROM adviser_sessions WHERE adviser_id = ?').run(id);
    })();
    return Promise.resolve();
  }

  async count(): Promise<number> {
    return Promise.resolve(this.db.prepare('SELECT count(*) FROM advisers').pluck().get() as number);
  }
}

export class SqliteAdviserSessionStore implements AdviserSessionStore {
  constructor(private readonly db: Database) {}

  async create(idHash: string, row: SessionRow): Promise<void> {
    this.db
      .prepare('INSERT INTO adviser_sessions (id_hash, adviser_id, csrf_token, created_at, last_seen_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(idHash, row.adviserId, row.csrfToken, row.createdAt, row.createdAt, row.expiresAt);
    return Promise.resolve();
  }

  async get(idHash: string): Promise<SessionRow | undefined> {
    const row = this.db.prepare('SELECT adviser_id, csrf_token, created_at, expires_at FROM adviser_sessions WHERE id_hash = ?').get(idHash) as
      | { adviser_id: number; csrf_token: string; created_at: number; expires_at: number }
      | undefined;
    return Promise.resolve(row ? { adviserId: row.adviser_id, csrfToken: row.csrf_token, createdAt: row.created_at, expiresAt: row.expires_at } : undefined);
  }

  async touch(idHash: string, lastSeenAt: number, expiresAt: number): Promise<void> {
    this.db.prepare('UPDATE adviser_sessions SET last_seen_at = ?, expires_at = ? WHERE id_hash = ?').run(lastSeenAt, expiresAt, idHash);
    return Promise.resolve();
  }

  async delete(idHash: string): Promise<void> {
    this.db.prepare('DELETE FROM adviser_sessions WHERE id_hash = ?').run(idHash);
    return Promise.resolve();
  }

  purgeExpired(now: number): number {
    return this.db.prepare('DELETE FROM adviser_sessions WHERE expires_at <= ?').run(now).changes;
  }
}

/**
 * Failed logins on SQLite. A reservation is one IMMEDIATE transaction on the main connection: the write lock is
 * taken before the counts are read, so two attempts (or two processes on the same file) cannot both take the last
 * place.
 */
export class SqliteLoginFailureStore implements LoginFailureStore {
  private readonly reserveTx;

  constructor(private readonly db: Database) {
    const insert = db.prepare('INSERT INTO adviser_login_failures (email, ip, at) VALUES (?, ?, ?)');
    this.reserveTx = db.transaction((email: string, ip: string, at: number, limits: LoginLimits): Reservation => {
      const since = at - limits.windowMs;
      const wait = lockoutWait(this.times('email', email, since, limits.maxPerEmail), this.times('ip', ip, since, limits.maxPerIp), limits, at);
      if (wait > 0) return { allowed: false, retryAfter: wait };
      return { allowed: true, id: String(insert.run(email, ip, at).lastInsertRowid) };
    });
  }

  async reserve(email: string, ip: string, at: number, limits: LoginLimits): Promise<Reservation> {
    return Promise.resolve(this.reserveTx.immediate(email, ip, at, limits));
  }

  async succeeded(reservation: string, email: string): Promise<void> {
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM adviser_login_failures WHERE id = ?').run(Number(reservation));
      this.clearEmailNow(email);
    })();
    return Promise.resolve();
  }

  async recent(kind: 'email' | 'ip', value: string, since: number, max: number): Promise<number[]> {
    return Promise.resolve(this.times(kind, value, since, max));
  }

  async clearEmail(email: string): Promise<void> {
    this.clearEmailNow(email);
    return Promise.resolve();
  }

  purgeBefore(t: number): number {
    return this.db.prepare('DELETE FROM adviser_login_failures WHERE at < ?').run(t).changes;
  }

  private times(kind: 'email' | 'ip', value: string, since: number, max: number): number[] {
    // A success clears the address's failures but not the IP's (a sprayer may know one password): rows stay for the
    // per-IP count, marked cleared for the per-address one.
    const where = kind === 'email' ? 'email = ? AND email_cleared = 0' : 'ip = ?';
    return this.db
      .prepare(`SELECT at FROM adviser_login_failures WHERE ${where} AND at > ? ORDER BY at DESC LIMIT ?`)
      .pluck()
      .all(value, since, max) as number[];
  }

  private clearEmailNow(email: string): void {
    this.db.prepare('UPDATE adviser_login_failures SET email_cleared = 1 WHERE email = ?').run(email);
  }
}

export class SqliteAuditStore implements AuditStore {
  constructor(private readonly db: Database) {}

  async append(e: AuditRow): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO adviser_audit (at, adviser_id, adviser_email, action, reference_code, callback_id, outcome, detail)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(e.at, e.adviserId, e.adviserEmail, e.action, e.referenceCode, e.callbackId, e.outcome, e.detail);
    return Promise.resolve();
  }

  async list(limit: number): Promise<AuditRecord[]> {
    const rows = this.db.prepare('SELECT * FROM adviser_audit ORDER BY id DESC LIMIT ?').all(limit) as {
      id: number;
      at: number;
      adviser_id: number | null;
      adviser_email: string;
      action: AuditRecord['action'];
      reference_code: string | null;
      callback_id: number | null;
      outcome: string;
      detail: string | null;
    }[];
    return Promise.resolve(
      rows.map((r) => ({
        id: r.id,
        at: r.at,
        adviserId: r.adviser_id,
        adviserEmail: r.adviser_email,
        action: r.action,
        referenceCode: r.reference_code,
        callbackId: r.callback_id,
        outcome: r.outcome,
        detail: r.detail,
      })),
    );
  }

  purgeBefore(t: number): number {
    return this.db.prepare('DELETE FROM adviser_audit WHERE at < ?').run(t).changes;
  }
}
