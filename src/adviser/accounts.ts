import type { Database } from '../bot/storage/database.js';
import { DEFAULT_SCRYPT, hashPassword, verifyPassword, type ScryptParams } from './password.js';
import './migrations.js';

export interface Adviser {
  id: number;
  email: string;
}

/** A syntactically plausible address; we only need it as a login name. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function isEmail(email: string): boolean {
  return email.length <= 254 && EMAIL.test(email);
}

/**
 * Adviser accounts. A login for an unknown address still runs one scrypt derivation (against a dummy hash), so
 * response times do not tell which addresses have an account.
 */
export class AdviserAccounts {
  private dummyHash: Promise<string> | undefined;

  constructor(
    private readonly db: Database,
    private readonly params: ScryptParams = DEFAULT_SCRYPT,
    private readonly now: () => number = Date.now,
  ) {}

  /** Creates the account, or sets a new password when it exists. Returns whether it was created. */
  async upsert(email: string, password: string): Promise<{ id: number; created: boolean }> {
    const normalized = normalizeEmail(email);
    if (!isEmail(normalized)) throw new Error('invalid e-mail address');
    const hash = await hashPassword(password, this.params);
    const t = this.now();
    const existing = this.db.prepare('SELECT id FROM advisers WHERE email = ?').pluck().get(normalized) as number | undefined;
    if (existing !== undefined) {
      this.db.prepare('UPDATE advisers SET password_hash = ?, updated_at = ? WHERE id = ?').run(hash, t, existing);
      // A new password ends every open session of that account.
      this.db.prepare('DELETE FROM adviser_sessions WHERE adviser_id = ?').run(existing);
      return { id: existing, created: false };
    }
    const r = this.db.prepare('INSERT INTO advisers (email, password_hash, created_at, updated_at) VALUES (?, ?, ?, ?)').run(normalized, hash, t, t);
    return { id: Number(r.lastInsertRowid), created: true };
  }

  /** The adviser when the password matches; undefined otherwise (unknown address or wrong password alike). */
  async authenticate(email: string, password: string): Promise<Adviser | undefined> {
    const normalized = normalizeEmail(email);
    const row = this.db.prepare('SELECT id, email, password_hash FROM advisers WHERE email = ?').get(normalized) as
      | { id: number; email: string; password_hash: string }
      | undefined;
    if (!row) {
      this.dummyHash ??= hashPassword('not a password', this.params);
      await verifyPassword(password, await this.dummyHash);
      return undefined;
    }
    return (await verifyPassword(password, row.password_hash)) ? { id: row.id, email: row.email } : undefined;
  }

  byId(id: number): Adviser | undefined {
    return this.db.prepare('SELECT id, email FROM advisers WHERE id = ?').get(id) as Adviser | undefined;
  }

  count(): number {
    return this.db.prepare('SELECT count(*) FROM advisers').pluck().get() as number;
  }
}
