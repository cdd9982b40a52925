import type { FastifyReply, FastifyRequest } from 'fastify';
import type { BotRuntime } from '../../bot/plugin.js';
import type { Config } from '../../config.js';
import { AppError } from '../../errors.js';
import { authenticate, authorizeConversation, type Caller } from './auth.js';
import type { OriginPolicy } from './origins.js';
import type { StreamHub } from './stream-hub.js';
import type { TokenStore } from './tokens.js';

/** A rate limiter made by @fastify/rate-limit's createRateLimit. */
export type Limiter = (request: FastifyRequest) => Promise<{ isAllowed: boolean; isExceeded?: boolean; ttlInSeconds?: number }>;

/** What the Direct Line routes share. */
export interface DirectLineContext {
  config: Config;
  bot: BotRuntime;
  tokens: TokenStore;
  hub: StreamHub;
  origins: OriginPolicy;
  limits: { perIp: Limiter; messages: Limiter; reads: Limiter };
}

/**
 * Auth + IDOR check + existence, for routes under /conversations/{id}: the caller and the conversation, or the
 * catalogue error (401, 403, 404). Also sets `request.dlConversationId`, which the per-conversation limits key on.
 */
export function conversationCaller(
  ctx: DirectLineContext,
  request: FastifyRequest<{ Params: { conversationId: string } }>,
  queryToken?: string,
) {
  const caller: Caller = authenticate(request, ctx.tokens, ctx.config.DIRECTLINE_SECRET, queryToken);
  const { conversationId } = request.params;
  authorizeConversation(caller, conversationId);
  const conversation = ctx.bot.history.getConversation(conversationId);
  if (!conversation) throw new AppError('DL_CONVERSATION_NOT_FOUND');
  request.dlConversationId = conversationId;
  return { caller, conversation };
}

/** Applies a limiter; over the limit → 429 DL_RATE_LIMITED with Retry-After. */
export async function enforce(limiter: Limiter, request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const r = await limiter(request);
  if (r.isAllowed || !r.isExceeded) return;
  reply.header('retry-after', String(Math.max(1, r.ttlInSeconds ?? 1)));
  throw new AppError('DL_RATE_LIMITED');
}

/** The public http(s) origin of this server: PUBLIC_URL or the configured host, never the request's Host. */
export function serviceUrlOf(request: FastifyRequest): string {
  return request.server.publicOrigin.origin;
}

export function streamUrlOf(request: FastifyRequest, conversationId: string, token: string, watermark?: number): string {
  const base = request.server.publicOrigin.wsOrigin;
  const wm = watermark !== undefined ? `watermark=${watermark}&` : '';
  return `${base}/v3/directline/conversations/${encodeURIComponent(conversationId)}/stream?${wm}t=${encodeURIComponent(token)}`;
}
