import type { Database } from '../bot/storage/database.js';
import './migrations.js';

export interface LockoutPolicy {
  /** Failed logins allowed for one address within the window; the next attempt is refused. */
  maxPerEmail: number;
  /** Failed logins allowed from one IP address (whatever the e-mail) within the window: stops password spraying. */
  maxPerIp: number;
  windowMs: number;
}

export const DEFAULT_LOCKOUT: LockoutPolicy = { maxPerEmail: 5, maxPerIp: 30, windowMs: 15 * 60_000 };

/** An attempt let through: it already counts as a failure until `succeeded` says otherwise. */
export type Reservation = { allowed: true; id: number } | { allowed: false; retryAfter: number };

/**
 * Lock-out after repeated failures, counted in the database (it survives a restart and is shared by instances
 * on the same database). While locked, even the right password is refused: the attacker learns nothing.
 *
 * An attempt is counted BEFORE its password is checked (the check takes tens of milliseconds of scrypt): checking
 * the lock, then hashing, then recording the failure let 40 attempts sent at once all pass the check, and the right
 * password among them log in. Now the check and the reservation are one write transaction, so attempts in flight
 * count, across processes sharing the database too.
 */
export class LoginThrottle {
  private readonly reserveTx;

  constructor(
    private readonly db: Database,
    private readonly policy: LockoutPolicy = DEFAULT_LOCKOUT,
    private readonly now: () => number = Date.now,
  ) {
    const insert = db.prepare('INSERT INTO adviser_login_failures (email, ip, at) VALUES (?, ?, ?)');
    this.reserveTx = db.transaction((email: string, ip: string): Reservation => {
      const wait = this.retryAfter(email, ip);
      if (wait > 0) return { allowed: false, retryAfter: wait };
      return { allowed: true, id: Number(insert.run(email, ip, this.now()).lastInsertRowid) };
    });
  }

  /** Seconds to wait before the next attempt, or 0 when one is allowed. */
  retryAfter(email: string, ip: string): number {
    const t = this.now();
    const since = t - this.policy.windowMs;
    const waits = [
      this.waitFor('email', email, this.policy.maxPerEmail, since),
      this.waitFor('ip', ip, this.policy.maxPerIp, since),
    ];
    const ms = Math.max(...waits.map((oldest) => (oldest === undefined ? 0 : oldest + this.policy.windowMs - t)));
    return ms > 0 ? Math.ceil(ms / 1000) : 0;
  }

  /**
   * Lets an attempt through when neither the address nor the IP is locked, counting it as a failure at once
   * (IMMEDIATE: two processes cannot both take the last place).
   */
  reserve(email: string, ip: string): Reservation {
    return this.reserveTx.immediate(email, ip);
  }

  /** The reserved attempt had the right password: it was no failure, and the address's failures are cleared. */
  succeeded(reservation: number, email: string): void {
    this.db.prepare('DELETE FROM adviser_login_failures WHERE id = ?').run(reservation);
    this.clear(email);
  }

  /** A successful login clears the address's failures (not the IP's: a sprayer may know one password). */
  clear(email: string): void {
    this.db.prepare('DELETE FROM adviser_login_failures WHERE email = ?').run(email);
  }

  purgeOld(now = this.now()): number {
    return this.db.prepare('DELETE FROM adviser_login_failures WHERE at < ?').run(now - this.policy.windowMs).changes;
  }

  /**
   * When `max` failures are in the window, the time of the one that must leave the window before the next
   * attempt is allowed; undefined when under the limit.
   */
  private waitFor(column: 'email' | 'ip', value: string, max: number, since: number): number | undefined {
    const times = this.db
      .prepare(`SELECT at FROM adviser_login_failures WHERE ${column} = ? AND at > ? ORDER BY at DESC LIMIT ?`)
      .pluck()
      .all(value, since, max) as number[];
    return times.length >= max ? times[max - 1] : undefined;
  }
}
