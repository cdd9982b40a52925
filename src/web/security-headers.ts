import type { Config } from '../config.js';

/**
 * Content-Security-Policy strings for the pages this plugin serves. No inline script or style anywhere: every
 * script and stylesheet is a file from our own origin.
 */

/** Origins allowed to frame the chat: ourselves, the configured partner sites, and local development. */
export function frameAncestors(config: Config): string {
  const partners = config.ALLOWED_ORIGINS.filter((o) => /^https?:\/\/[a-z0-9.\-:[\]*]+$/i.test(o));
  return ["'self'", ...partners, 'http://localhost:*', 'http://127.0.0.1:*'].join(' ');
}

/** `http://host:port` → the ws:/wss: origin the stream uses (older browsers do not derive it from 'self'). */
export function wsOrigin(origin: string): string {
  return origin.replace(/^http/, 'ws');
}

export function chatCsp(config: Config, origin: string): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    `connect-src 'self' ${wsOrigin(origin)}`,
    `frame-ancestors ${frameAncestors(config)}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

export function demoCsp(origin: string): string {
  return [
    "default-src 'none'",
    `script-src 'self' ${origin}`,
    "style-src 'self'",
    "img-src 'self' data:",
    `frame-src ${origin}`,
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}
