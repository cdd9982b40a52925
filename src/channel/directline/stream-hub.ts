import type { WebSocket } from 'ws';
import type { HistoryStore } from '../../bot/storage/history.js';

interface Subscriber {
  socket: WebSocket;
  /** Highest seq this socket has been sent: frames never repeat an activity. */
  watermark: number;
  alive: boolean;
  /** When the token the socket was opened with (or its latest refresh) expires; undefined for the secret. */
  expiresAt: number | undefined;
  expiry: NodeJS.Timeout | undefined;
}

/** Close code of a socket whose token expired (4xxx: the application's own codes; 401 as in HTTP). */
export const TOKEN_EXPIRED_CLOSE = 4401;

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
 * The WebSocket side of Direct Line: per conversation, the open sockets, each fed `{activities, watermark}`
 * frames after every commit (the user's own activities included, as Direct Line does). Activities committed in
 * the same event-loop turn go out as one frame. Ping/pong keeps connections alive and finds dead ones.
 */
export class StreamHub {
  private readonly subscribers = new Map<string, Set<Subscriber>>();
  private pending = new Map<string, PendingFrame>();
  private flushScheduled = false;
  private readonly pinger: NodeJS.Timeout;
  readonly stats = { frames: 0 };

  constructor(
    private readonly history: HistoryStore,
    private readonly opts: StreamHubOptions,
  ) {
    history.onCommitted((conversationId, jsons, watermark) => this.enqueue(conversationId, jsons, watermark));
    this.pinger = setInterval(() => this.ping(), opts.pingIntervalMs);
    this.pinger.unref();
  }

  get connections(): number {
    let n = 0;
    for (const set of this.subscribers.values()) n += set.size;
    return n;
  }

  /**
   * Sends what the client missed since `watermark` (everything when absent), then keeps it subscribed. Runs
   * synchronously, so no commit can slip between the backlog and the subscription.
   */
  attach(conversationId: string, socket: WebSocket, watermark: number, lastSeq: number, expiresAt?: number): void {
    const sub: Subscriber = { socket, watermark, alive: true, expiresAt, expiry: undefined };
    this.scheduleExpiry(sub);
    const backlog = this.history.activitySet(conversationId, watermark, lastSeq);
    if (backlog.body.length > 32 && backlog.watermark > watermark) socket.send(backlog.body);
    sub.watermark = Math.max(watermark, backlog.watermark);
    let set = this.subscribers.get(conversationId);
    if (!set) {
      set = new Set();
      this.subscribers.set(conversationId, set);
    }
    set.add(sub);
    socket.on('pong', () => {
      sub.alive = true;
    });
    // Direct Line clients send "" as a keep-alive, nothing else: any frame is ignored (ws enforces maxPayload).
    socket.on('close', () => {
      clearTimeout(sub.expiry);
      const s = this.subscribers.get(conversationId);
      if (!s) return;
      s.delete(sub);
      if (s.size === 0) this.subscribers.delete(conversationId);
    });
  }

  /** A token of the conversation was refreshed: its sockets now end when the new one expires. */
  extend(conversationId: string, expiresAt: number): void {
    for (const sub of this.subscribers.get(conversationId) ?? []) {
      if (sub.expiresAt === undefined || expiresAt <= sub.expiresAt) continue;
      sub.expiresAt = expiresAt;
      this.scheduleExpiry(sub);
    }
  }

  /** A socket is as good as its token: it is closed (4401) when the token expires, unless refreshed before. */
  private scheduleExpiry(sub: Subscriber): void {
    clearTimeout(sub.expiry);
    if (sub.expiresAt === undefined) return;
    sub.expiry = setTimeout(() => sub.socket.close(TOKEN_EXPIRED_CLOSE, 'token expired'), Math.max(0, sub.expiresAt - Date.now()));
    sub.expiry.unref();
  }

  /** Drops a conversation's sockets (history deleted, token revoked); clients reconnect and re-authenticate. */
  disconnect(conversationId: string, code = 1000, reason = ''): void {
    for (const sub of this.subscribers.get(conversationId) ?? []) sub.socket.close(code, reason);
  }

  /** Closes every socket (1001 "going away" at shutdown). */
  closeAll(code: number, reason: string): void {
    this.flush();
    for (const set of this.subscribers.values()) for (const sub of set) sub.socket.close(code, reason);
    clearInterval(this.pinger);
  }

  private enqueue(conversationId: string, jsons: string[], watermark: number): void {
    if (!this.subscribers.has(conversationId)) return;
    let frame = this.pending.get(conversationId);
    if (!frame) {
      frame = { seqs: [], jsons: [] };
      this.pending.set(conversationId, frame);
    }
    for (const json of jsons) {
      frame.seqs.push(watermark);
      frame.jsons.push(json);
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
    const maxBuffered = this.opts.maxBufferedBytes ?? 4 * 1024 * 1024;
    for (const [conversationId, frame] of pending) {
      const set = this.subscribers.get(conversationId);
      if (!set) continue;
      const last = Math.max(...frame.seqs);
      const whole = `{"activities":[${frame.jsons.join(',')}],"watermark":"${last}"}`;
      for (const sub of set) {
        if (sub.socket.readyState !== sub.socket.OPEN) continue;
        if (sub.socket.bufferedAmount > maxBuffered) {
          sub.socket.terminate();
          continue;
        }
        // Usually the whole frame; after a backlog, only what this socket has not seen yet.
        let body = whole;
        if (frame.seqs[0] !== undefined && frame.seqs[0] <= sub.watermark) {
          const keep = frame.jsons.filter((_, i) => (frame.seqs[i] as number) > sub.watermark);
          if (keep.length === 0) continue;
          body = `{"activities":[${keep.join(',')}],"watermark":"${last}"}`;
        }
        sub.watermark = Math.max(sub.watermark, last);
        sub.socket.send(body);
        this.stats.frames++;
      }
    }
  }

  private ping(): void {
    for (const set of this.subscribers.values()) {
      for (const sub of set) {
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
