import type { WebSocket } from 'ws';
import type { CommittedBatch, FanOut, HistoryStore, TokenStore } from '../../storage/types.js';

interface Subscriber {
  socket: WebSocket;
  /** Highest seq this socket has been sent: frames never repeat an activity. */
  watermark: number;
  alive: boolean;
  /** While the backlog is read (attach, catch-up), batches wait here instead of overtaking it. */
  held: CommittedBatch[] | undefined;
  /** When the token the socket was opened with (or a later one of its conversation) expires; undefined for the secret. */
  expiresAt: number | undefined;
  expiry: NodeJS.Timeout | undefined;
}

/** Close code of a socket whose token expired (4xxx: the application's own codes; 401 as in HTTP). */
export const TOKEN_EXPIRED_CLOSE = 4401;

interface ConversationSockets {
  subscribers: Set<Subscriber>;
  /** Resolves once the fan-out delivers this conversation's batches here. */
  subscribed: Promise<void>;
  unsubscribe: (() => void) | undefined;
}

interface PendingFrame {
  seqs: number[];
  jsons: string[];
}

export interface StreamHubOptions {
  pingIntervalMs: number;
  /** A client that does not read (bufferedAmount above this) is dropped; it will reconnect with its watermark. */
  maxBufferedBytes?: number;
}

/**
 * The WebSocket side of Direct Line: per conversation, the open sockets of this instance, each fed
 * `{activities, watermark}` frames after every commit (the user's own activities included, as Direct Line does),
 * whichever instance committed them: batches come through the storage's fan-out. Activities delivered in the same
 * event-loop turn go out as one frame. Ping/pong keeps connections alive and finds dead ones.
 */
export class StreamHub {
  private readonly conversations = new Map<string, ConversationSockets>();
  private pending = new Map<string, PendingFrame>();
  private flushScheduled = false;
  private readonly pinger: NodeJS.Timeout;
  readonly stats = { frames: 0 };

  constructor(
    private readonly history: HistoryStore,
    private readonly fanOut: FanOut,
    private readonly tokens: Pick<TokenStore, 'latestExpiry'>,
    private readonly opts: StreamHubOptions,
  ) {
    // Batches may have been missed (the link to Redis came back): every socket catches up from the history.
    fanOut.onGap(() => {
      for (const [conversationId, entry] of this.conversations) for (const sub of entry.subscribers) void this.catchUp(conversationId, sub);
    });
    this.pinger = setInterval(() => this.ping(), opts.pingIntervalMs);
    this.pinger.unref();
  }

  get connections(): number {
    let n = 0;
    for (const entry of this.conversations.values()) n += entry.subscribers.size;
    return n;
  }

  /**
   * Subscribes the socket, then sends what the client missed since `watermark` (everything when absent). Batches
   * committed meanwhile are held and sent after the backlog, without repeating what it contained. A socket opened
   * with a token ends with it (`expiresAt`, see scheduleExpiry).
   */
  async attach(conversationId: string, socket: WebSocket, watermark: number, expiresAt?: number): Promise<void> {
    const sub: Subscriber = { socket, watermark, alive: true, held: [], expiresAt, expiry: undefined };
    this.scheduleExpiry(conversationId, sub);
    const entry = this.entryFor(conversationId);
    entry.subscribers.add(sub);
    socket.on('pong', () => {
      sub.alive = true;
    });
    // Direct Line clients send "" as a keep-alive, nothing else: any frame is ignored (ws enforces maxPayload).
    socket.on('close', () => {
      clearTimeout(sub.expiry);
      this.detach(conversationId, sub);
    });
    await entry.subscribed;
    await this.catchUp(conversationId, sub);
  }

  /**
   * A socket is as good as its token: when the token expires, the socket is closed (4401) unless a token of its
   * conversation issued since (a refresh, on this instance or another) is still valid; it then lives until that one
   * expires. Storage is asked when the time comes, so a refresh needs no message between instances; if storage
   * cannot answer, the socket is closed (the client reconnects with its refreshed token).
   */
  private scheduleExpiry(conversationId: string, sub: Subscriber): void {
    clearTimeout(sub.expiry);
    const expiresAt = sub.expiresAt;
    if (expiresAt === undefined) return;
    sub.expiry = setTimeout(() => {
      void this.tokens
        .latestExpiry(conversationId)
        .catch(() => undefined)
        .then((latest) => {
          if (sub.socket.readyState !== sub.socket.OPEN) return;
          if (latest !== undefined && latest > Date.now() && latest > expiresAt) {
            sub.expiresAt = latest;
            this.scheduleExpiry(conversationId, sub);
            return;
          }
          sub.socket.close(TOKEN_EXPIRED_CLOSE, 'token expired');
        });
    }, Math.max(0, expiresAt - Date.now()));
    sub.expiry.unref();
  }

  /** Drops a conversation's sockets (history deleted, token revoked); clients reconnect and re-authenticate. */
  disconnect(conversationId: string, code = 1000, reason = ''): void {
    for (const sub of this.conversations.get(conversationId)?.subscribers ?? []) sub.socket.close(code, reason);
  }

  /** Closes every socket (1001 "going away" at shutdown). */
  closeAll(code: number, reason: string): void {
    this.flush();
    for (const entry of this.conversations.values()) {
      for (const sub of entry.subscribers) {
        clearTimeout(sub.expiry);
        sub.socket.close(code, reason);
      }
    }
    clearInterval(this.pinger);
  }

  private entryFor(conversationId: string): ConversationSockets {
    const known = this.conversations.get(conversationId);
    if (known) return known;
    const entry: ConversationSockets = { subscribers: new Set(), subscribed: Promise.resolve(), unsubscribe: undefined };
    entry.subscribed = this.fanOut.subscribe(conversationId, (batch) => this.enqueue(batch)).then((unsubscribe) => {
      // Every socket may have gone while the subscription was on its way.
      if (this.conversations.get(conversationId) === entry) entry.unsubscribe = unsubscribe;
      else unsubscribe();
    });
    this.conversations.set(conversationId, entry);
    return entry;
  }

  private detach(conversationId: string, sub: Subscriber): void {
    const entry = this.conversations.get(conversationId);
    if (!entry) return;
    entry.subscribers.delete(sub);
    if (entry.subscribers.size > 0) return;
    this.conversations.delete(conversationId);
    entry.unsubscribe?.();
  }

  /** Sends the socket what the history holds after its watermark, holding live batches meanwhile. */
  private async catchUp(conversationId: string, sub: Subscriber): Promise<void> {
    sub.held ??= [];
    try {
      const backlog = await this.history.activitySet(conversationId, sub.watermark);
      if (sub.socket.readyState !== sub.socket.OPEN) return;
      if (backlog.watermark > sub.watermark && backlog.body.length > 32) {
        sub.socket.send(backlog.body);
        this.stats.frames++;
      }
      sub.watermark = Math.max(sub.watermark, backlog.watermark);
    } catch {
      // Storage unreachable: the socket goes, the client reconnects with its watermark once it is back.
      sub.socket.close(1011, 'storage unavailable');
      return;
    } finally {
      const held = sub.held ?? [];
      sub.held = undefined;
      for (const batch of held) this.send(sub, batch.seqs, batch.jsons);
    }
  }

  private enqueue(batch: CommittedBatch): void {
    const entry = this.conversations.get(batch.conversationId);
    if (!entry) return;
    let frame = this.pending.get(batch.conversationId);
    if (!frame) {
      frame = { seqs: [], jsons: [] };
      this.pending.set(batch.conversationId, frame);
    }
    for (let i = 0; i < batch.seqs.length; i++) {
      frame.seqs.push(batch.seqs[i] as number);
      frame.jsons.push(batch.jsons[i] as string);
    }
    if (!this.flushScheduled) {
      this.flushScheduled = true;
      queueMicrotask(() => this.flush());
    }
  }

  private flush(): void {
    this.flushScheduled = false;
    const pending = this.pending;
    this.pending = new Map();
    for (const [conversationId, frame] of pending) {
      const entry = this.conversations.get(conversationId);
      if (!entry) continue;
      let whole: string | undefined;
      for (const sub of entry.subscribers) {
        if (sub.held) {
          sub.held.push({ conversationId, seqs: frame.seqs, jsons: frame.jsons });
          continue;
        }
        // Usually the whole frame, built once; after a backlog, only what this socket has not seen yet.
        if (frame.seqs[0] !== undefined && frame.seqs[0] > sub.watermark) {
          whole ??= body(frame.jsons, Math.max(...frame.seqs));
          this.deliver(sub, whole, Math.max(...frame.seqs));
        } else {
          this.send(sub, frame.seqs, frame.jsons);
        }
      }
    }
  }

  /** Sends the activities this socket has not seen yet, if any. */
  private send(sub: Subscriber, seqs: number[], jsons: string[]): void {
    const keep: string[] = [];
    let last = sub.watermark;
    for (let i = 0; i < seqs.length; i++) {
      const seq = seqs[i] as number;
      if (seq <= sub.watermark) continue;
      keep.push(jsons[i] as string);
      last = Math.max(last, seq);
    }
    if (keep.length > 0) this.deliver(sub, body(keep, last), last);
  }

  private deliver(sub: Subscriber, frame: string, last: number): void {
    if (sub.socket.readyState !== sub.socket.OPEN) return;
    if (sub.socket.bufferedAmount > (this.opts.maxBufferedBytes ?? 4 * 1024 * 1024)) {
      sub.socket.terminate();
      return;
    }
    sub.watermark = Math.max(sub.watermark, last);
    sub.socket.send(frame);
    this.stats.frames++;
  }

  private ping(): void {
    for (const entry of this.conversations.values()) {
      for (const sub of entry.subscribers) {
        if (!sub.alive) {
          sub.socket.terminate();
          continue;
        }
        sub.alive = false;
        sub.socket.ping();
      }
    }
  }
}

function body(jsons: string[], watermark: number): string {
  return `{"activities":[${jsons.join(',')}],"watermark":"${watermark}"}`;
}
