import type { BatchListener, CommittedBatch, FanOut } from './types.js';

/** Fan-out within one process (the SQLite back end: one instance holds every socket). */
export class LocalFanOut implements FanOut {
  private readonly listeners = new Map<string, Set<BatchListener>>();

  publish(batch: CommittedBatch): void {
    const set = this.listeners.get(batch.conversationId);
    if (!set) return;
    for (const l of set) l(batch);
  }

  subscribe(conversationId: string, listener: BatchListener): Promise<() => void> {
    let set = this.listeners.get(conversationId);
    if (!set) {
      set = new Set();
      this.listeners.set(conversationId, set);
    }
    set.add(listener);
    return Promise.resolve(() => {
      const s = this.listeners.get(conversationId);
      if (!s) return;
      s.delete(listener);
      if (s.size === 0) this.listeners.delete(conversationId);
    });
  }

  /** Nothing is ever missed in one process. */
  onGap(_listener: () => void): void {}
}
