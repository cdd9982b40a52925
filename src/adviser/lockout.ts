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

/**
 * Lock-out after repeated failures, counted in the database (it survives a restart and is shared by instances
 * on the same database). While locked, even the right password is refused: the attacker learns nothing.
 */
export class LoginThrottle {
  constructor(
    private readonly db: Database,
    private readonly policy: LockoutPolicy = DEFAULT_LOCKOUT,
    private readonly now: () => number = Date.now,
  ) {}

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

  recordFailure(email: string, ip: string): void {
    this.db.prepare('INSERT INTO adviser_login_failures (email, ip, at) VALUES (?, ?, ?)').run(email, ip, this.now());
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
