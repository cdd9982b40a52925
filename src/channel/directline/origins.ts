import { isLoopbackHost } from '../public-origin.js';

/**
 * Which web origins may get widget tokens, open WebSockets and call the API from a browser: the configured ones
 * and the server's own public origin (PUBLIC_URL, or HOST:PORT), plus any local origin while the server itself
 * runs locally (development). Never "whatever Host the request came to": that is how DNS rebinding gets in.
 */
export class OriginPolicy {
  private readonly allowed: Set<string>;
  /**
   * Decisions already taken, by origin: every Direct Line request is checked, and parsing the Origin as a URL cost
   * more than the rest of the check. Cleared when full, since clients choose what they send.
   */
  private readonly decided = new Map<string, boolean>();

  constructor(
    allowedOrigins: readonly string[],
    /** The server's public origin (see PublicOrigin). */
    private readonly own: () => string,
    /** True while the server runs on a loopback address: local pages (any port) are development pages. */
    private readonly local: () => boolean,
  ) {
    this.allowed = new Set(allowedOrigins.map(normalizeOrigin).filter((o): o is string => o !== undefined));
  }

  /** Origins to list in CSP frame-ancestors (the sites that embed the widget). */
  get configured(): string[] {
    return [...this.allowed];
  }

  isAllowed(origin: string): boolean {
    let decision = this.decided.get(origin);
    if (decision === undefined) {
      decision = this.decide(origin);
      if (this.decided.size >= 1_000) this.decided.clear();
      this.decided.set(origin, decision);
    }
    return decision;
  }

  private decide(origin: string): boolean {
    const o = normalizeOrigin(origin);
    if (!o) return false;
    if (this.allowed.has(o) || o === normalizeOrigin(this.own())) return true;
    return this.local() && isLoopbackHost(new URL(o).hostname);
  }
}

function normalizeOrigin(value: string): string | undefined {
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    return url.origin.toLowerCase();
  } catch {
    return undefined;
  }
}
