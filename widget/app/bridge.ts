/**
 * The only channel between the chat (in its iframe, on the bot's origin) and the host page. Messages go to, and
 * are accepted from, the exact origin the loader declared, and only from the parent window.
 */
export type FromHost = { abn: 'open'; focus: boolean } | { abn: 'close' };
export type ToHost = { abn: 'ready' } | { abn: 'close' } | { abn: 'unread'; count: number };

export interface Bridge {
  embedded: boolean;
  post(msg: ToHost): void;
}

export function createBridge(hostOrigin: string | undefined, onMessage: (msg: FromHost) => void): Bridge {
  const embedded = window.parent !== window && hostOrigin !== undefined;
  if (!embedded || !hostOrigin) return { embedded: false, post: () => undefined };
  window.addEventListener('message', (e: MessageEvent) => {
    if (e.origin !== hostOrigin || e.source !== window.parent) return;
    const d: unknown = e.data;
    if (typeof d !== 'object' || d === null) return;
    const kind = (d as { abn?: unknown }).abn;
    if (kind === 'open') onMessage({ abn: 'open', focus: (d as { focus?: unknown }).focus === true });
    else if (kind === 'close') onMessage({ abn: 'close' });
  });
  return {
    embedded: true,
    post: (msg) => window.parent.postMessage(msg, hostOrigin),
  };
}

/** The loader passes the host page's origin in the fragment; accept only a well-formed http(s) origin. */
export function parseHostOrigin(raw: string | null): string | undefined {
  if (!raw) return undefined;
  try {
    const u = new URL(raw);
    if ((u.protocol === 'https:' || u.protocol === 'http:') && u.origin === raw) return u.origin;
  } catch {
    // not a URL
  }
  return undefined;
}
