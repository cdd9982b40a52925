import type { ConversationLock, Lease } from './types.js';

/**
 * One promise chain per key: work for the same key runs one at a time, in submission order; different keys run
 * concurrently. A failure does not break the chain for the next caller. Entries are removed when idle, so the
 * map only holds conversations with a turn in flight.
 */
export class KeyedLock implements ConversationLock {
  private readonly tails = new Map<string, Promise<void>>();

  /** In one process nothing else can take the key: the lease's token is empty (no fencing needed). */
  run<T>(key: string, fn: (lease: Lease) => Promise<T>): Promise<T> {
    const previous = this.tails.get(key);
    const lease: Lease = { conversationId: key, token: '' };
    const result = previous ? previous.then(() => fn(lease)) : fn(lease);
    const tail = result.then(noop, noop);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }

  /** Keys with work queued or running. */
  get busy(): number {
    return this.tails.size;
  }

  /** Resolves when every chain queued so far (and any queued meanwhile) has settled. */
  async drain(): Promise<void> {
    while (this.tails.size > 0) await Promise.all([...this.tails.values()]);
  }
}

function noop(): void {}
