import type { AdviserAccountStore, AdviserRow } from '../storage/types.js';
import { DEFAULT_SCRYPT, hashPassword, verifyPassword, type ScryptParams } from './password.js';
import type { Role } from './roles.js';

export interface Adviser {
  id: number;
  email: string;
  role: Role;
}

/** An account as the admins' screen shows it (never its password hash). */
export interface AccountSummary extends Adviser {
  disabled: boolean;
  createdAt: number;
}

function toAdviser(row: AdviserRow): Adviser {
  return { id: row.id, email: row.email, role: row.role };
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

  /**
   * Creates the account (an adviser unless `role` says otherwise), or sets a new password when it exists, and its
   * role when one is given. Returns whether it was created.
   */
  async upsert(email: string, password: string, role?: Role): Promise<{ id: number; created: boolean }> {
    const normalized = normalizeEmail(email);
    if (!isEmail(normalized)) throw new Error('invalid e-mail address');
    const hash = await hashPassword(password, this.params);
    const t = this.now();
    const existing = await this.store.findByEmail(normalized);
    if (existing !== undefined) {
      // A new password ends every open session of that account.
      await this.store.setPassword(existing.id, hash, t);
      if (role && role !== existing.role) await this.store.setRole(existing.id, role, t);
      return { id: existing.id, created: false };
    }
    return { id: await this.store.create(normalized, hash, t, role ?? 'adviser'), created: true };
  }

  /**
   * The adviser when the password matches and the account is enabled; undefined otherwise (unknown address, wrong
   * password and disabled account alike: the answer does not tell which).
   */
  async authenticate(email: string, password: string): Promise<Adviser | undefined> {
    const normalized = normalizeEmail(email);
    const row = await this.store.findByEmail(normalized);
    if (!row) {
      this.dummyHash ??= hashPassword('not a password', this.params);
      await verifyPassword(password, await this.dummyHash);
      return undefined;
    }
    const ok = await verifyPassword(password, row.passwordHash);
    return ok && !row.disabled ? toAdviser(row) : undefined;
  }

  /** The enabled account with this id; undefined when it is gone or disabled. */
  async byId(id: number): Promise<Adviser | undefined> {
    const row = await this.store.byId(id);
    return row && !row.disabled ? toAdviser(row) : undefined;
  }

  async list(): Promise<AccountSummary[]> {
    return (await this.store.list()).map((r) => ({ ...toAdviser(r), disabled: r.disabled, createdAt: r.createdAt }));
  }

  setRole(id: number, role: Role): Promise<void> {
    return this.store.setRole(id, role, this.now());
  }

  /** Disabling ends every session of the account at once (its next request is a 401). */
  setDisabled(id: number, disabled: boolean): Promise<void> {
    return this.store.setDisabled(id, disabled, this.now());
  }

  /**
   * Checks the current password, then sets the new one, which ends every session of the account (the caller opens
   * a new one for itself). False when the current password is wrong.
   */
  async changePassword(id: number, current: string, next: string): Promise<boolean> {
    const row = await this.store.byId(id);
    if (!row || row.disabled || !(await verifyPassword(current, row.passwordHash))) return false;
    await this.store.setPassword(id, await hashPassword(next, this.params), this.now());
    return true;
  }

  count(): Promise<number> {
    return this.store.count();
  }
}
