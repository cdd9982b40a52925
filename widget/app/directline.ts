import { type Activity, isRecord, parseActivitySet, str } from './protocol.js';
import type { SavedSession, SessionStore } from './session-store.js';

/**
 * A small Direct Line 3.0 client: start or resume a conversation, stream over WebSocket, fall back to REST
 * polling, reconnect with back-off, and catch up from the watermark after every (re)connection so nothing sent
 * while the network was down is lost.
 */
export type ConnectionState = 'connecting' | 'online' | 'reconnecting' | 'polling' | 'failed';

export interface OutgoingActivity {
  type: 'message' | 'event';
  text?: string;
  name?: string;
  value?: unknown;
}

export interface DirectLineOptions {
  /** e.g. `https://bot.example/v3/directline` */
  baseUrl: string;
  store: SessionStore;
  /** `history` is true for activities replayed when a conversation is resumed after a reload. */
  onActivities: (activities: Activity[], history: boolean) => void;
  onState: (state: ConnectionState) => void;
  /** Called once a conversation is ready, with whether it was resumed from storage. */
  onConversation?: (info: { conversationId: string; userId: string; resumed: boolean }) => void;
  locale?: string;
}

class HttpError extends Error {
  constructor(readonly status: number) {
    super(`HTTP ${status}`);
  }
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function randomId(prefix: string): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return prefix + Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Watermarks are opaque strings, but ours (and Microsoft's) are integers: never let an old frame move us back. */
function newerWatermark(current: string | undefined, next: string | undefined): string | undefined {
  if (next === undefined) return current;
  if (current === undefined) return next;
  const a = Number(current);
  const b = Number(next);
  if (Number.isFinite(a) && Number.isFinite(b)) return b >= a ? next : current;
  return next;
}

export class DirectLineClient {
  private session: SavedSession | undefined;
  private ws: WebSocket | undefined;
  private readonly seen = new Set<string>();
  private state: ConnectionState | undefined;
  private reconnectTimer: ReturnType<typeof setTimeout> | undefined;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private pollTimer: ReturnType<typeof setTimeout> | undefined;
  private failures = 0;
  private wsFailuresInARow = 0;
  private pollingUntil = 0;
  private generation = 0;
  private stopped = false;
  /** After a reload, the whole history must be fetched once (from the start, not from the watermark). */
  private needsHistory = false;

  constructor(private readonly opts: DirectLineOptions) {
    if (typeof window !== 'undefined') {
      window.addEventListener('online', () => this.reconnectSoon(0));
      window.addEventListener('offline', () => this.dropSocket());
    }
  }

  get conversationId(): string | undefined {
    return this.session?.conversationId;
  }

  /** Resume the stored conversation when its token is still good, otherwise start a new one. */
  async start(): Promise<void> {
    this.stopped = false;
    this.setState('connecting');
    const saved = this.opts.store.load();
    if (saved && saved.tokenExpiresAt > Date.now() + 30_000) {
      this.session = saved;
      this.needsHistory = true;
      this.opts.onConversation?.({ conversationId: saved.conversationId, userId: saved.userId, resumed: true });
      try {
        await this.catchUp();
        this.scheduleRefresh();
        this.connect().catch(() => this.onConnectionLost());
        return;
      } catch (e) {
        if (!(e instanceof HttpError) || e.status >= 500 || e.status === 429) {
          // The server is down or unreachable: keep the conversation and retry later.
          this.scheduleRefresh();
          this.onConnectionLost();
          return;
        }
        // 401/403/404: the conversation is gone (erased, expired): start afresh.
        this.opts.store.clear();
        this.session = undefined;
      }
    } else if (saved) {
      this.opts.store.clear();
    }
    await this.startNew();
  }

  private async startNew(): Promise<void> {
    this.needsHistory = false;
    const gen = this.generation;
    for (let attempt = 0; !this.stopped && gen === this.generation; attempt++) {
      try {
        // Microsoft's rule: a user id chosen by the client starts with "dl_"; the token is then bound to it.
        const userId = randomId('dl_');
        const generated = await this.request('POST', '/tokens/generate', undefined, { user: { id: userId } });
        const token = isRecord(generated) ? str(generated.token) : undefined;
        if (!token) throw new Error('no token');
        const conv = await this.request('POST', '/conversations', token, {});
        if (!isRecord(conv)) throw new Error('bad conversation');
        const conversationId = str(conv.conversationId) ?? (isRecord(generated) ? str(generated.conversationId) : undefined);
        if (!conversationId) throw new Error('no conversation id');
        const finalToken = str(conv.token) ?? token;
        const expiresIn = Number(conv.expires_in ?? (isRecord(generated) ? generated.expires_in : undefined) ?? 1800);
        this.session = {
          conversationId,
          token: finalToken,
          tokenExpiresAt: Date.now() + expiresIn * 1000,
          userId,
        };
        this.opts.store.save(this.session);
        this.opts.onConversation?.({ conversationId, userId: this.session.userId, resumed: false });
        this.scheduleRefresh();
        this.connect(str(conv.streamUrl)).catch(() => this.onConnectionLost());
        return;
      } catch {
        this.setState(attempt >= 2 ? 'failed' : 'connecting');
        await sleep(Math.min(30_000, 1000 * 2 ** attempt));
      }
    }
  }

  /** Sends one activity; retries reuse the same client activity id so the channel never runs a turn twice. */
  async post(activity: OutgoingActivity, clientActivityId = randomId('c_')): Promise<string | undefined> {
    for (let attempt = 0; ; attempt++) {
      const s = this.session;
      if (s) {
        try {
          const body = {
            ...activity,
            from: { id: s.userId, role: 'user' },
            locale: this.opts.locale ?? 'fr-FR',
            channelData: { clientActivityID: clientActivityId },
          };
          const res = await this.request('POST', `/conversations/${encodeURIComponent(s.conversationId)}/activities`, s.token, body);
          // The echo may be missed while a socket is down: a quick poll brings it and the reply.
          if (this.state !== 'online') this.pollSoon(800);
          return isRecord(res) ? str(res.id) : undefined;
        } catch (e) {
          if (e instanceof HttpError && e.status < 500 && e.status !== 429 && e.status !== 408) throw e;
        }
      }
      if (attempt >= 3) throw new Error('send failed');
      await sleep(600 * 2 ** attempt);
    }
  }

  /** "Effacer ma conversation": tell the bot (which deletes what it stored), forget everything, start anew. */
  async erase(): Promise<void> {
    try {
      await this.post({ type: 'event', name: 'erase' });
    } catch {
      // Forgetting locally still matters even if the server could not be told.
    }
    this.stop();
    this.opts.store.clear();
    this.session = undefined;
    this.seen.clear();
    await this.start();
  }

  stop(): void {
    this.stopped = true;
    this.generation++;
    clearTimeout(this.reconnectTimer);
    clearTimeout(this.refreshTimer);
    clearTimeout(this.pollTimer);
    const ws = this.ws;
    this.ws = undefined;
    ws?.close();
  }

  private setState(state: ConnectionState): void {
    if (state === this.state) return;
    this.state = state;
    this.opts.onState(state);
  }

  private async request(method: 'GET' | 'POST', path: string, token: string | undefined, body?: unknown): Promise<unknown> {
    const headers: Record<string, string> = {};
    if (token) headers.Authorization = `Bearer ${token}`;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const res = await fetch(this.opts.baseUrl + path, {
      method,
      headers,
      body: body === undefined ? null : JSON.stringify(body),
      cache: 'no-store',
      credentials: 'omit',
    });
    if (!res.ok) throw new HttpError(res.status);
    const text = await res.text();
    return text ? (JSON.parse(text) as unknown) : undefined;
  }

  private async getActivities(watermark: string | undefined): Promise<{ activities: Activity[]; watermark: string | undefined }> {
    const s = this.session;
    if (!s) return { activities: [], watermark };
    const q = watermark === undefined ? '' : `?watermark=${encodeURIComponent(watermark)}`;
    const res = parseActivitySet(await this.request('GET', `/conversations/${encodeURIComponent(s.conversationId)}/activities${q}`, s.token));
    if (!res) throw new Error('bad activity set');
    return res;
  }

  /** Fetches what the stream may have missed (or the whole history once after a reload). */
  private async catchUp(): Promise<void> {
    const history = this.needsHistory;
    const r = await this.getActivities(history ? undefined : this.session?.watermark);
    this.needsHistory = false;
    this.acceptSet(r.activities, r.watermark, history);
  }

  private acceptSet(activities: Activity[], watermark: string | undefined, history: boolean): void {
    const fresh = activities.filter((a) => {
      if (a.id === undefined) return true;
      if (this.seen.has(a.id)) return false;
      this.seen.add(a.id);
      return true;
    });
    if (this.session) {
      const wm = newerWatermark(this.session.watermark, watermark);
      if (wm !== this.session.watermark) {
        this.session = { ...this.session, watermark: wm };
        this.opts.store.save(this.session);
      }
    }
    if (fresh.length > 0) this.opts.onActivities(fresh, history);
  }

  /** Opens the stream, then fetches from the watermark to fill any gap between the last frame and the socket. */
  private async connect(streamUrl?: string): Promise<void> {
    const s = this.session;
    if (!s || this.stopped) return;
    const gen = this.generation;
    if (Date.now() < this.pollingUntil || typeof WebSocket === 'undefined') {
      await this.poll();
      return;
    }
    let url = streamUrl;
    if (!url) {
      const q = s.watermark === undefined ? '' : `?watermark=${encodeURIComponent(s.watermark)}`;
      const res = await this.request('GET', `/conversations/${encodeURIComponent(s.conversationId)}${q}`, s.token);
      url = isRecord(res) ? str(res.streamUrl) : undefined;
      if (isRecord(res) && typeof res.token === 'string') this.updateToken(res.token, res.expires_in);
    }
    if (!url || gen !== this.generation) throw new Error('no stream url');
    const ws = new WebSocket(url);
    this.ws = ws;
    let opened = false;
    ws.addEventListener('open', () => {
      opened = true;
      this.failures = 0;
      this.wsFailuresInARow = 0;
      this.setState('online');
      this.catchUp().catch(() => undefined);
    });
    ws.addEventListener('message', (ev: MessageEvent) => {
      if (typeof ev.data !== 'string' || ev.data.trim() === '') return; // empty frames are heartbeats
      try {
        const set = parseActivitySet(JSON.parse(ev.data));
        if (set) this.acceptSet(set.activities, set.watermark, false);
      } catch {
        // a malformed frame is ignored; the next catch-up will fetch what it held
      }
    });
    ws.addEventListener('close', () => {
      if (this.ws !== ws) return;
      this.ws = undefined;
      if (!opened) this.wsFailuresInARow++;
      this.onConnectionLost();
    });
  }

  private dropSocket(): void {
    const ws = this.ws;
    if (!ws) return;
    this.ws = undefined;
    ws.close();
    this.onConnectionLost();
  }

  private onConnectionLost(): void {
    if (this.stopped) return;
    if (this.wsFailuresInARow >= 3) {
      // WebSockets are blocked somewhere (proxy, firewall): poll over HTTPS for a while, then try again.
      this.wsFailuresInARow = 0;
      this.pollingUntil = Date.now() + 60_000;
    }
    this.setState('reconnecting');
    this.reconnectSoon(Math.min(15_000, 500 * 2 ** this.failures));
  }

  private reconnectSoon(delayMs: number): void {
    if (this.stopped || !this.session || this.ws) return;
    clearTimeout(this.reconnectTimer);
    clearTimeout(this.pollTimer);
    this.reconnectTimer = setTimeout(() => {
      this.failures++;
      this.connect().catch(() => this.onConnectionLost());
    }, delayMs);
  }

  private async poll(): Promise<void> {
    clearTimeout(this.pollTimer);
    if (this.stopped) return;
    try {
      await this.catchUp();
      this.failures = 0;
      this.setState('polling');
    } catch {
      this.onConnectionLost();
      return;
    }
    if (Date.now() >= this.pollingUntil) {
      this.reconnectSoon(0);
      return;
    }
    this.pollTimer = setTimeout(() => void this.poll(), 2000);
  }

  private pollSoon(delayMs: number): void {
    if (this.stopped || !this.session) return;
    setTimeout(() => this.catchUp().catch(() => undefined), delayMs);
  }

  private updateToken(token: string, expiresIn: unknown): void {
    if (!this.session) return;
    const seconds = Number(expiresIn);
    this.session = {
      ...this.session,
      token,
      tokenExpiresAt: Number.isFinite(seconds) && seconds > 0 ? Date.now() + seconds * 1000 : this.session.tokenExpiresAt,
    };
    this.opts.store.save(this.session);
    this.scheduleRefresh();
  }

  /** Refreshes the token at 80 % of its life, so a long conversation (or a tab left open) keeps working. */
  private scheduleRefresh(): void {
    clearTimeout(this.refreshTimer);
    const s = this.session;
    if (!s) return;
    const delay = Math.max(5_000, (s.tokenExpiresAt - Date.now()) * 0.8);
    this.refreshTimer = setTimeout(() => {
      const cur = this.session;
      if (!cur) return;
      this.request('POST', '/tokens/refresh', cur.token, {}).then(
        (res) => {
          if (isRecord(res) && typeof res.token === 'string') this.updateToken(res.token, res.expires_in);
        },
        () => {
          this.refreshTimer = setTimeout(() => this.scheduleRefresh(), 30_000);
        },
      );
    }, Math.min(delay, 2_000_000_000));
  }
}
