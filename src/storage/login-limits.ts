import type { LoginLimits } from './types.js';

/**
 * The lock-out rule, apart from any storage: given the most recent failure times (newest first, within the window)
 * of an address and of an IP, the seconds to wait before the next attempt, or 0 when one is allowed. With `max`
 * failures in the window, the attempt waits until the `max`-th most recent one leaves it. The Redis back end applies
 * the same rule inside its reservation script (src/storage/redis/adviser-store.ts).
 */
export function lockoutWait(emailTimes: readonly number[], ipTimes: readonly number[], limits: LoginLimits, now: number): number {
  const waitFor = (times: readonly number[], max: number): number => {
    const oldest = times.length >= max ? times[max - 1] : undefined;
    return oldest === undefined ? 0 : oldest + limits.windowMs - now;
  };
  const ms = Math.max(waitFor(emailTimes, limits.maxPerEmail), waitFor(ipTimes, limits.maxPerIp));
  return ms > 0 ? Math.ceil(ms / 1000) : 0;
}
