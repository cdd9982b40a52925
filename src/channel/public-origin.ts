import type { AddressInfo } from 'node:net';
import type { Config } from '../config.js';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);
const EVERY_INTERFACE = new Set(['0.0.0.0', '::', '[::]']);

export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK.has(hostname.toLowerCase()) || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}

/** HOST values that listen on every interface: the server cannot tell its public address from them. */
export function isEveryInterface(host: string): boolean {
  return EVERY_INTERFACE.has(host);
}

/**
 * The origin browsers reach this server at: PUBLIC_URL when set (behind a proxy), else the configured HOST and
 * the port the server listens on. Never the request's Host header: a client chooses that header, and an attacker's
 * domain pointed at our address (DNS rebinding) sends its own name there. It names the demo page's script, the CSP,
 * the streamUrl, and it is the one origin (with ALLOWED_ORIGINS) that may ask for tokens and post to the console.
 */
export class PublicOrigin {
  private readonly fixed: string | undefined;
  private listening: string | undefined;

  constructor(
    private readonly config: Config,
    /** The server's bound address once it listens (PORT=0 picks a port). */
    private readonly address: () => AddressInfo | string | null = () => null,
  ) {
    this.fixed = config.PUBLIC_URL ? new URL(config.PUBLIC_URL).origin : undefined;
  }

  /** `https://bot.example.fr` or `http://127.0.0.1:3978`: scheme, host and port, no path. */
  get origin(): string {
    if (this.fixed) return this.fixed;
    if (this.listening) return this.listening;
    const bound = this.address();
    const port = typeof bound === 'object' && bound !== null ? bound.port : this.config.PORT;
    const host = this.config.HOST.includes(':') && !this.config.HOST.startsWith('[') ? `[${this.config.HOST}]` : this.config.HOST;
    const origin = new URL(`http://${host}:${port}`).origin;
    if (typeof bound === 'object' && bound !== null) this.listening = origin;
    return origin;
  }

  /** Served on this machine only (development): local pages may embed the widget and ask for tokens. */
  get isLocal(): boolean {
    return isLoopbackHost(new URL(this.origin).hostname);
  }

  /** Browsers reach it over https (PUBLIC_URL), so HSTS and Secure cookies make sense. */
  get isHttps(): boolean {
    return this.origin.startsWith('https:');
  }

  /** `ws://…` or `wss://…` for the stream. */
  get wsOrigin(): string {
    return this.origin.replace(/^http/, 'ws');
  }
}
