import type { AdviserAccountStore } from '../storage/types.js';
import { DEFAULT_SCRYPT, hashPassword, verifyPassword, type ScryptParams } from './password.js';

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
    private readonly store: AdviserAccountStore,
    private readonly params: ScryptParams = DEFAULT_SCRYPT,
    private readonly now: () => number = Date.now,
  ) {}

  /** Creates the account, or sets a new password when it exists. Returns whether it was created. */
  async upsert(email: string, password: string): Promise<{ id: number; created: boolean }> {
    const normalized = normalizeEmail(email);
    if (!isEmail(normalized)) throw new Error('invalid e-mail address');
    const hash = await hashPassword(password, this.params);
    const t = this.now();
    const existing = await this.store.findByEmail(normalized);
    if (existing !== undefined) {
      // A new password ends every open session of that account.
      await this.store.setPassword(existing.id, hash, t);
      return { id: existing.id, created: false };
    }
    return { id: await this.store.create(normalized, hash, t), created: true };
  }

  /** The adviser when the password matches; undefined otherwise (unknown address or wrong password alike). */
  async authenticate(email: string, password: string): Promise<Adviser | undefined> {
    const normalized = normalizeEmail(email);
    const row = await this.store.findByEmail(normalized);
    if (!row) {
      this.dummyHash ??= hashPassword('not a password', this.params);
      await verifyPassword(password, await this.dummyHash);
      return undefined;
    }
    return (await verifyPassword(password, row.passwordHash)) ? { id: row.id, email: row.email } : undefined;
  }

  async byId(id: number): Promise<Adviser | undefined> {
    const row = await this.store.byId(id);
    return row ? { id: row.id, email: row.email } : undefined;
  }

  count(): Promise<number> {
    return this.store.count();
  }
}
