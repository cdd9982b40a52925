import type { Activity } from 'botbuilder';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { TurnUnit } from '../../storage/turn-unit.js';
import type { ConversationRecord } from '../../storage/types.js';
import type { BotRuntime } from '../../bot/plugin.js';
import type { Config } from '../../config.js';
import { AppError } from '../../errors.js';
import { authenticate, authorizeConversation, knownCaller, type Caller } from './auth.js';
import type { OriginPolicy } from './origins.js';
import type { StreamHub } from './stream-hub.js';
import type { IncomingActivity } from './schemas.js';
import type { DirectLineTokens } from './tokens.js';

/** A rate limiter made by @fastify/rate-limit's createRateLimit. */
export type Limiter = (request: FastifyRequest) => Promise<{ isAllowed: boolean; isExceeded?: boolean; ttlInSeconds?: number }>;

/** What the Direct Line routes share. */
export interface DirectLineContext {
  config: Config;
  bot: BotRuntime;
  tokens: DirectLineTokens;
  hub: StreamHub;
  origins: OriginPolicy;
  limits: { perIp: Limiter; messages: Limiter; reads: Limiter };
}

/**
 * Auth + IDOR check + existence, for routes under /conversations/{id}: the caller and the conversation, or the
 * catalogue error (401, 403, 404). Also sets `request.dlConversationId`, which the per-conversation limits key on.
 */
export async function conversationCaller(
  ctx: DirectLineContext,
  request: FastifyRequest<{ Params: { conversationId: string } }>,
  queryToken?: string,
): Promise<{ caller: Caller; conversation: ConversationRecord }> {
  const caller: Caller =
    knownCaller(request, ctx.tokens, queryToken) ?? (await authenticate(request, ctx.tokens, ctx.config.DIRECTLINE_SECRET, queryToken));
  const { conversationId } = request.params;
  authorizeConversation(caller, conversationId);
  const conversation = await ctx.bot.storage.history.getConversation(conversationId);
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

/** A client's activity made ours: who sent it, where it goes, and how the adapter should record it. */
export interface InboundMessage {
  activity: Partial<Activity>;
  options: { clientId?: string; stage?: (unit: TurnUnit, conversation: ConversationRecord) => void };
}

/**
 * Builds the activity the bot receives from what a client posted (the activities and upload routes share it).
 * The sender is the conversation's user, never what a later activity claims: the token's user id, or for an
 * anonymous token the id of the first message (Direct Line lets those clients choose it; the bot's id is not one).
 * Only a server-side client holding the secret may speak for another user id. Role and name are ours.
 *
 * For an anonymous token the sender is settled inside the turn, on the conversation as read under its lock: with
 * several instances, the row this request saw may be a cached one from before another instance bound the user.
 */
export function inboundMessage(
  ctx: DirectLineContext,
  request: FastifyRequest,
  caller: Caller,
  conversation: { id: string; userId: string },
  incoming: IncomingActivity,
  overrides: Partial<Activity> = {},
): InboundMessage {
  const clientGivenId = incoming.id;
  const from = incoming.from;
  const clientActivityId = incoming.channelData?.['clientActivityID'];
  const clientId = typeof clientActivityId === 'string' && clientActivityId.length <= 256 ? clientActivityId : clientGivenId;
  const botAccount = ctx.bot.adapter.botAccount;
  const claimed = from?.id !== undefined && from.id !== botAccount.id ? from.id : undefined;
  const anonymous = caller.kind === 'token' && caller.grant.userId === undefined;
  let sender: string;
  if (caller.kind === 'secret') sender = claimed ?? conversation.userId;
  else if (caller.grant.userId !== undefined) sender = caller.grant.userId;
  else sender = claimed ?? conversation.userId;
  const sentBy: { id: string; name?: string; role: string } = {
    id: sender,
    // A display name only from a trusted server-side client, and never the bot's.
    ...(caller.kind === 'secret' && from?.name && from.name.trim().toLowerCase() !== (botAccount.name ?? '').toLowerCase() ? { name: from.name } : {}),
    role: 'user',
  };
  // One copy, key by key, in the order `{ ...rest, ...overrides, channelId, … }` gives (the stored JSON is the same):
  // an object rest then a spread copied every posted activity twice, on every message.
  const activity: Record<string, unknown> = {};
  for (const key in incoming) {
    if (key !== 'id' && key !== 'from' && Object.hasOwn(incoming, key)) activity[key] = incoming[key as keyof IncomingActivity];
  }
  for (const key in overrides) if (Object.hasOwn(overrides, key)) activity[key] = overrides[key as keyof Activity];
  activity['channelId'] = 'directline';
  activity['serviceUrl'] = serviceUrlOf(request);
  activity['timestamp'] = new Date();
  activity['conversation'] = { id: conversation.id };
  activity['recipient'] = botAccount;
  activity['from'] = sentBy;
  return {
    activity: activity as Partial<Activity>,
    options: {
      ...(clientId !== undefined ? { clientId } : {}),
      ...(anonymous
        ? {
            // Under the conversation lock, before the activity is recorded: a bound conversation keeps its user;
            // the first message binds the id it claims (or the generated one).
            stage: (unit: TurnUnit, fresh: ConversationRecord) => {
              if (fresh.userBound) {
                sentBy.id = fresh.userId;
                return;
              }
              sentBy.id = claimed ?? fresh.userId;
              ctx.bot.storage.history.stageBindUser(unit, sentBy.id);
            },
          }
        : {}),
    },
  };
}
