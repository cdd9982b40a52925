import type { PublicOrigin } from '../channel/public-origin.js';
import type { Config } from '../config.js';

/**
 * Content-Security-Policy strings for the pages this plugin serves. No inline script or style anywhere: every
 * script and stylesheet is a file from our own origin.
 */

/**
 * Origins allowed to frame the chat: ourselves, the configured partner sites, and local pages only while the server
 * itself runs locally (development); a public server is never framed by whatever runs on a visitor's machine.
 */
export function frameAncestors(config: Config, publicOrigin: PublicOrigin): string {
  const partners = config.ALLOWED_ORIGINS.filter((o) => /^https?:\/\/[a-z0-9.\-:[\]*]+$/i.test(o));
  const local = publicOrigin.isLocal ? ['http://localhost:*', 'http://127.0.0.1:*'] : [];
  return ["'self'", ...partners, ...local].join(' ');
}

export function chatCsp(config: Config, publicOrigin: PublicOrigin): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    `connect-src 'self' ${publicOrigin.wsOrigin}`,
    `frame-ancestors ${frameAncestors(config, publicOrigin)}`,
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
