import type { FastifyReply, FastifyRequest } from 'fastify';
import type { BotRuntime } from '../../bot/plugin.js';
import type { Config } from '../../config.js';
import { AppError } from '../../errors.js';
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

/** Applies a limiter; over the limit → 429 DL_RATE_LIMITED with Retry-After. */
export async function enforce(limiter: Limiter, request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const r = await limiter(request);
  if (r.isAllowed || !r.isExceeded) return;
  reply.header('retry-after', String(Math.max(1, r.ttlInSeconds ?? 1)));
  throw new AppError('DL_RATE_LIMITED');
}

/** The public http(s) origin of this server, as the client reached it (or PUBLIC_URL). */
export function serviceUrlOf(request: FastifyRequest, config: Config): string {
  if (config.PUBLIC_URL) return new URL(config.PUBLIC_URL).origin;
  return `${request.protocol}://${request.host}`;
}

export function streamUrlOf(
  request: FastifyRequest,
  config: Config,
  conversationId: string,
  token: string,
  watermark?: number,
): string {
  const base = serviceUrlOf(request, config).replace(/^http/, 'ws');
  const wm = watermark !== undefined ? `watermark=${watermark}&` : '';
  return `${base}/v3/directline/conversations/${encodeURIComponent(conversationId)}/stream?${wm}t=${encodeURIComponent(token)}`;
}
