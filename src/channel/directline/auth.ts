import type { FastifyRequest } from 'fastify';
import { AppError } from '../../errors.js';
import { secretMatches, type DirectLineTokens, type TokenGrant } from './tokens.js';

/** Who is calling: a server-side client holding the Direct Line secret, or a conversation token. */
export type Caller = { kind: 'secret' } | { kind: 'token'; token: string; grant: TokenGrant };

export function bearerOf(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (typeof header !== 'string') return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1];
}

/**
 * Authenticates the request from its bearer token (or, for the WebSocket stream, the `t` query parameter that
 * browsers must use instead of a header). Missing → 401, unknown or expired → 403 (directlinejs reads 403 as
 * "expired token").
 */
export async function authenticate(
  request: FastifyRequest,
  tokens: DirectLineTokens,
  secret: string | undefined,
  queryToken?: string,
): Promise<Caller> {
  const known = knownCaller(request, tokens, queryToken);
  if (known) return known;
  const presented = bearerOf(request) ?? queryToken;
  if (!presented) throw new AppError('DL_TOKEN_MISSING');
  if (secret && secretMatches(presented, secret)) return { kind: 'secret' };
  const grant = await tokens.verify(presented);
  if (!grant) throw new AppError('DL_TOKEN_INVALID');
  return { kind: 'token', token: presented, grant };
}

/**
 * The caller of a request whose token was verified before and has not expired (most requests: every message of a
 * conversation), found without hashing anything and synchronously, so that the message route does not wait a
 * promise for it; undefined otherwise (then `authenticate` decides).
 */
export function knownCaller(request: FastifyRequest, tokens: DirectLineTokens, queryToken?: string): Caller | undefined {
  const presented = bearerOf(request) ?? queryToken;
  if (!presented) return undefined;
  const grant = tokens.cached(presented);
  return grant ? { kind: 'token', token: presented, grant } : undefined;
}

/** A token opens its own conversation and no other (no IDOR); the secret opens any. */
export function authorizeConversation(caller: Caller, conversationId: string): void {
  if (caller.kind === 'token' && caller.grant.conversationId !== conversationId) {
    throw new AppError('DL_TOKEN_WRONG_CONVERSATION');
  }
}
