/**
 * Which web origins may get widget tokens, open WebSockets and call the API from a browser: the configured ones,
 * the public URL's, the server's own (the Host the request came to) and localhost (development).
 */
export class OriginPolicy {
  private readonly allowed: Set<string>;
  /**
   * Decisions already taken, by "origin host": every Direct Line request is checked, and parsing the Origin as a URL
   * cost more than the rest of the check. Cleared when full, since clients choose what they send.
   */
  private readonly decided = new Map<string, boolean>();

  constructor(allowedOrigins: readonly string[], publicUrl?: string) {
    this.allowed = new Set(allowedOrigins.map(normalizeOrigin).filter((o): o is string => o !== undefined));
    const pub = publicUrl ? normalizeOrigin(publicUrl) : undefined;
    if (pub) this.allowed.add(pub);
  }

  /** Origins to list in CSP frame-ancestors (the sites that embed the widget). */
  get configured(): string[] {
    return [...this.allowed];
  }

  isAllowed(origin: string, host: string | undefined): boolean {
    const key = `${origin} ${host ?? ''}`;
    let decision = this.decided.get(key);
    if (decision === undefined) {
      decision = this.decide(origin, host);
      if (this.decided.size >= 1_000) this.decided.clear();
      this.decided.set(key, decision);
    }
    return decision;
  }

  private decide(origin: string, host: string | undefined): boolean {
    const o = normalizeOrigin(origin);
    if (!o) return false;
    if (this.allowed.has(o)) return true;
    const url = new URL(o);
    if (url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.hostname === '[::1]') return true;
    // Same origin as the server: the widget iframe and the eval client (Origin = the server URL).
    return host !== undefined && url.host === host.toLowerCase();
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
