import { describe, expect, it } from 'vitest';
import { KeyedLock } from '../../src/storage/keyed-lock.js';

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('KeyedLock', () => {
  it('runs work of one key one at a time, in order, and other keys concurrently', async () => {
    const lock = new KeyedLock();
    const log: string[] = [];
    const job = (key: string, n: number, ms: number) =>
      lock.run(key, async () => {
        log.push(`start ${key}${n}`);
        await tick(ms);
        log.push(`end ${key}${n}`);
        return n;
      });
    const results = await Promise.all([job('a', 1, 30), job('a', 2, 1), job('b', 1, 5)]);
    expect(results).toEqual([1, 2, 1]);
    // b ran while a1 was running; a2 started only after a1 ended.
    expect(log.indexOf('end b1')).toBeLessThan(log.indexOf('end a1'));
    expect(log.indexOf('start a2')).toBeGreaterThan(log.indexOf('end a1'));
    expect(lock.busy).toBe(0);
  });

  it('a failure does not block the next job, and drain waits for everything', async () => {
    const lock = new KeyedLock();
    const failed = lock.run('a', async () => {
      throw new Error('x');
    });
    let ran = false;
    const next = lock.run('a', async () => {
      await tick(10);
      ran = true;
    });
    await expect(failed).rejects.toThrow('x');
    await lock.drain();
    expect(ran).toBe(true);
    await next;
  });
});
