/**
 * What must survive a reload of the host page: the conversation, its token and the watermark. sessionStorage
 * (not localStorage) so a shared school computer forgets the conversation when the tab is closed.
 */
export interface SavedSession {
  conversationId: string;
  token: string;
  /** Epoch milliseconds. */
  tokenExpiresAt: number;
  userId: string;
  watermark?: string;
}

const KEY = 'abn-chat-session-v1';

export interface SessionStore {
  load(): SavedSession | undefined;
  save(s: SavedSession): void;
  clear(): void;
}

function isSaved(v: unknown): v is SavedSession {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  return typeof o.conversationId === 'string' && typeof o.token === 'string'
    && typeof o.tokenExpiresAt === 'number' && typeof o.userId === 'string'
    && (o.watermark === undefined || typeof o.watermark === 'string');
}

/** Storage can be missing or throw (Safari private mode, blocked third-party storage): then we just forget. */
export function createSessionStore(storage: Storage | undefined): SessionStore {
  let memory: SavedSession | undefined;
  return {
    load() {
      try {
        const raw = storage?.getItem(KEY);
        if (raw) {
          const parsed: unknown = JSON.parse(raw);
          if (isSaved(parsed)) return parsed;
        }
      } catch {
        // fall through to the in-memory copy
      }
      return memory;
    },
    save(s) {
      memory = s;
      try {
        storage?.setItem(KEY, JSON.stringify(s));
      } catch {
        // quota or privacy mode: the in-memory copy still serves this page's life
      }
    },
    clear() {
      memory = undefined;
      try {
        storage?.removeItem(KEY);
      } catch {
        // nothing to clear
      }
    },
  };
}
