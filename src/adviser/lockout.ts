import type { LoginFailureStore, LoginLimits, Reservation } from '../storage/types.js';

export type { Reservation } from '../storage/types.js';

export interface LockoutPolicy extends LoginLimits {
  /** Failed logins allowed for one address within the window; the next attempt is refused. */
  maxPerEmail: number;
  /** Failed logins allowed from one IP address (whatever the e-mail) within the window: stops password spraying. */
  maxPerIp: number;
  windowMs: number;
}

export const DEFAULT_LOCKOUT: LockoutPolicy = { maxPerEmail: 5, maxPerIp: 30, windowMs: 15 * 60_000 };

/**
 * Lock-out after repeated failures, counted in storage (it survives a restart and is shared by instances). While
 * locked, even the right password is refused: the attacker learns nothing.
 *
 * An attempt is counted BEFORE its password is checked (the check takes tens of milliseconds of scrypt): checking
 * the lock, then hashing, then recording the failure let 40 attempts sent at once all pass the check, and the right
 * password among them log in. Now the check and the reservation are one atomic step of the store (an IMMEDIATE
 * transaction on SQLite, one script on Redis), so attempts in flight count, on every instance.
 */
export class LoginThrottle {
  constructor(
    private readonly store: LoginFailureStore,
    private readonly policy: LockoutPolicy = DEFAULT_LOCKOUT,
    private readonly now: () => number = Date.now,
  ) {}

  /** Seconds to wait before the next attempt, or 0 when one is allowed (without counting one). */
  async retryAfter(email: string, ip: string): Promise<number> {
    const t = this.now();
    const since = t - this.policy.windowMs;
    const waits = await Promise.all([
      this.waitFor('email', email, this.policy.maxPerEmail, since),
      this.waitFor('ip', ip, this.policy.maxPerIp, since),
    ]);
    const ms = Math.max(...waits.map((oldest) => (oldest === undefined ? 0 : oldest + this.policy.windowMs - t)));
    return ms > 0 ? Math.ceil(ms / 1000) : 0;
  }

  /**
   * Lets an attempt through when neither the address nor the IP is locked, counting it as a failure at once (two
   * instances cannot both take the last place).
   */
  reserve(email: string, ip: string): Promise<Reservation> {
    return this.store.reserve(email, ip, this.now(), this.policy);
  }

  /**
   * The reserved attempt had the right password: it was no failure, and the address's failures are cleared (not
   * the IP's: a sprayer may know one password).
   */
  succeeded(reservation: string, email: string, ip: string): Promise<void> {
    return this.store.succeeded(reservation, email, ip);
  }

  /** A successful login clears the address's failures (not the IP's: a sprayer may know one password). */
  clear(email: string): Promise<void> {
    return this.store.clearEmail(email);
  }

  /**
   * When `max` failures are in the window, the time of the one that must leave the window before the next
   * attempt is allowed; undefined when under the limit.
   */
  private async waitFor(kind: 'email' | 'ip', value: string, max: number, since: number): Promise<number | undefined> {
    const times = await this.store.recent(kind, value, since, max);
    return times.length >= max ? times[max - 1] : undefined;
  }
}
