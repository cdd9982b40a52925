import type { FastifyReply, FastifyRequest } from 'fastify';
import { isLoopbackHost, type PublicOrigin } from '../channel/public-origin.js';
import { AppError } from '../errors.js';
import { sameToken, type Session, type SessionStore } from './sessions.js';

export const SESSION_COOKIE = 'adv_session';
export const CSRF_HEADER = 'x-csrf-token';

declare module 'fastify' {
  interface FastifyRequest {
    adviserSession: (Session & { id: string }) | null;
  }
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function isStateChanging(request: FastifyRequest): boolean {
  return UNSAFE.has(request.method);
}

/**
 * Refuses a state-changing request that a browser says comes from another site. Belt and braces next to the
 * SameSite=Strict cookie and the CSRF token; it is what protects the login form, which has no session yet. The
 * Origin is compared with the configured public origin, never with the Host header (a rebound domain sends its own
 * name in both); while the server runs locally, the same port on another loopback name is the same console.
 */
export function checkSameOrigin(request: FastifyRequest, publicOrigin: PublicOrigin): void {
  const site = request.headers['sec-fetch-site'];
  if (site === 'cross-site' || site === 'same-site') throw new AppError('API_CSRF');
  const origin = request.headers.origin;
  if (origin === undefined) return;
  let same: boolean;
  try {
    // Through URL on both sides, so "localhost:80" and "localhost" compare equal.
    const from = new URL(origin);
    const own = new URL(publicOrigin.origin);
    same = from.origin === own.origin || (publicOrigin.isLocal && isLoopbackHost(from.hostname) && from.port === own.port);
  } catch {
    same = false;
  }
  if (!same) throw new AppError('API_CSRF');
}

/** Attaches the live session (or throws 401); for state-changing calls, also requires its CSRF token. */
export async function requireSession(sessions: SessionStore, request: FastifyRequest): Promise<void> {
  const id = request.cookies[SESSION_COOKIE];
  const session = id ? await sessions.resume(id) : undefined;
  if (!id || !session) throw new AppError('API_UNAUTHENTICATED');
  request.adviserSession = { ...session, id };
  if (isStateChanging(request)) {
    const token = request.headers[CSRF_HEADER];
    if (typeof token !== 'string' || !sameToken(token, session.csrfToken)) throw new AppError('API_CSRF');
  }
}

export function setSessionCookie(reply: FastifyReply, id: string, secure: boolean): void {
  // No Max-Age: the cookie dies with the browser; the server-side expiry is what counts.
  reply.setCookie(SESSION_COOKIE, id, { httpOnly: true, sameSite: 'strict', secure, path: '/api/adviser' });
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'strict', secure, path: '/api/adviser' });
}
