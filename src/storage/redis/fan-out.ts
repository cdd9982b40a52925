import type { BatchListener, CommittedBatch, FanOut } from '../types.js';
import type { Redis } from './client.js';
import { keys } from './keys.js';

/**
 * A batch as published by the commit script: the seqs, comma-separated, then each activity's JSON on its own line
 * (JSON.stringify never leaves a raw newline in a string), so that a receiver splits it without parsing activities.
 */
export function encodeBatch(seqs: readonly number[], jsons: readonly string[]): string {
  return `${seqs.join(',')}\n${jsons.join('\n')}`;
}

export function decodeBatch(conversationId: string, message: string): CommittedBatch | undefined {
  const lines = message.split('\n');
  const seqs = (lines[0] ?? '').split(',').map(Number);
  const jsons = lines.slice(1);
  if (seqs.length !== jsons.length || seqs.some((s) => !Number.isInteger(s))) return undefined;
  return { conversationId, seqs, jsons };
}

/**
 * Fan-out by Redis pub/sub: the commit script of a turn PUBLISHes its activities on the conversation's channel in
 * the same atomic step as it writes them, so every instance with a socket of that conversation hears them in commit
 * order. Pub/sub does not keep messages for a subscriber that is away: after the subscriber connection comes back,
 * every channel is subscribed again and `onGap` listeners catch up from the history (which is what a reconnecting
 * Direct Line client does with its watermark anyway).
 */
export class RedisFanOut implements FanOut {
  private readonly listeners = new Map<string, Set<BatchListener>>();
  private readonly gapListeners: (() => void)[] = [];
  private readyOnce = false;

  constructor(private readonly subscriber: Redis) {
    subscriber.on('message', (channel: string, message: string) => this.onMessage(channel, message));
    subscriber.on('ready', () => {
      if (!this.readyOnce) {
        this.readyOnce = true;
        return;
      }
      void this.resubscribe();
    });
  }

  async subscribe(conversationId: string, listener: BatchListener): Promise<() => void> {
    const channel = keys.events(conversationId);
    let set = this.listeners.get(channel);
    if (!set) {
      set = new Set();
      this.listeners.set(channel, set);
    }
    set.add(listener);
    try {
      // Resolves once Redis confirmed the subscription: from then on no batch of this conversation is missed.
      await this.subscriber.subscribe(channel);
    } catch {
      // Unreachable now: the channel is subscribed again with the others when the connection is back (onGap).
    }
    return () => {
      const s = this.listeners.get(channel);
      if (!s) return;
      s.delete(listener);
      if (s.size > 0) return;
      this.listeners.delete(channel);
      this.subscriber.unsubscribe(channel).catch(() => undefined);
    };
  }

  onGap(listener: () => void): void {
    this.gapListeners.push(listener);
  }

  get channels(): number {
    return this.listeners.size;
  }

  private async resubscribe(): Promise<void> {
    const channels = [...this.listeners.keys()];
    try {
      if (channels.length > 0) await this.subscriber.subscribe(...channels);
    } catch {
      return; // down again: the next 'ready' retries
    }
    for (const l of this.gapListeners) l();
  }

  private onMessage(channel: string, message: string): void {
    const set = this.listeners.get(channel);
    if (!set) return;
    const batch = decodeBatch(channel.slice(keys.events('').length), message);
    if (!batch) return;
    for (const l of set) l(batch);
  }
}
