import type {
  AdviserAccountStore,
  AdviserRole,
  AdviserRow,
  AuditFilter,
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

const ADVISER_COLUMNS = 'id, email, password_hash, role, disabled_at, created_at';

interface AdviserSqlRow {
  id: number;
  email: string;
  password_hash: string;
  role: AdviserRole;
  disabled_at: number | null;
  created_at: number;
}

function toAdviser(r: AdviserSqlRow | undefined): AdviserRow | undefined {
  return r && { id: r.id, email: r.email, passwordHash: r.password_hash, role: r.role, disabled: r.disabled_at !== null, createdAt: r.created_at };
}

/** Adviser accounts on SQLite (main connection, synchronous writes: committed when the promise resolves). */
export class SqliteAdviserAccountStore implements AdviserAccountStore {
  constructor(private readonly db: Database) {}

  async findByEmail(email: string): Promise<AdviserRow | undefined> {
    return Promise.resolve(toAdviser(this.db.prepare(`SELECT ${ADVISER_COLUMNS} FROM advisers WHERE email = ?`).get(email) as AdviserSqlRow | undefined));
  }

  async byId(id: number): Promise<AdviserRow | undefined> {
    return Promise.resolve(toAdviser(this.db.prepare(`SELECT ${ADVISER_COLUMNS} FROM advisers WHERE id = ?`).get(id) as AdviserSqlRow | undefined));
  }

  async create(email: string, passwordHash: string, now: number, role: AdviserRole = 'adviser'): Promise<number> {
    const r = this.db
      .prepare('INSERT INTO advisers (email, password_hash, role, created_at, updated_at) VALUES (?, ?, ?, ?, ?)')
      .run(email, passwordHash, role, now, now);
    return Promise.resolve(Number(r.lastInsertRowid));
  }

  async list(): Promise<AdviserRow[]> {
    const rows = this.db.prepare(`SELECT ${ADVISER_COLUMNS} FROM advisers ORDER BY id`).all() as AdviserSqlRow[];
    return Promise.resolve(rows.map((r) => toAdviser(r)!));
  }

  async setRole(id: number, role: AdviserRole, now: number): Promise<void> {
    this.db.prepare('UPDATE advisers SET role = ?, updated_at = ? WHERE id = ?').run(role, now, id);
    return Promise.resolve();
  }

  async setDisabled(id: number, disabled: boolean, now: number): Promise<void> {
    this.db.transaction(() => {
      this.db.prepare('UPDATE advisers SET disabled_at = ?, updated_at = ? WHERE id = ?').run(disabled ? now : null, now, id);
      if (disabled) this.db.prepare('DELETE FROM adviser_sessions WHERE adviser_id = ?').run(id);
    })();
    return Promise.resolve();
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
    return this.query({}, limit);
  }

  async query(filter: AuditFilter, limit: number): Promise<AuditRecord[]> {
    const where: string[] = [];
    const params: (string | number)[] = [];
    if (filter.who) {
      // instr on lower-cased text: no LIKE wildcards to escape in what the adviser typed.
      where.push('instr(lower(adviser_email), ?) > 0');
      params.push(filter.who.toLowerCase());
    }
    if (filter.action) {
      where.push('action = ?');
      params.push(filter.action);
    }
    if (filter.from !== undefined) {
      where.push('at >= ?');
      params.push(filter.from);
    }
    if (filter.to !== undefined) {
      where.push('at < ?');
      params.push(filter.to);
    }
    const sql = `SELECT * FROM adviser_audit ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT ?`;
    const rows = this.db.prepare(sql).all(...params, limit) as {
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
