import '@fastify/websocket';
import { RoleTypes, type Activity } from 'botbuilder-core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../errors.js';
import { authenticate, type Caller } from './auth.js';
import { conversationCaller as conversationCallerOf, enforce, inboundMessage, serviceUrlOf, streamUrlOf, type DirectLineContext } from './context.js';
import {
  assertBoundedFreeForm,
  conversationParametersSchema,
  incomingActivitySchema,
  parseOrThrow,
  tokenParametersSchema,
  watermarkQuerySchema,
  watermarkOf,
} from './schemas.js';
import { newSecretString } from './tokens.js';

interface ConversationParams {
  conversationId: string;
}

const PREFIX = '/v3/directline';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the Direct Line auth step; rate limits key on it. */
    dlConversationId: string | undefined;
    /** When the token the request came with expires (undefined for the secret): a stream ends with it. */
    dlTokenExpiresAt: number | undefined;
  }
}

/** The Direct Line 3.0 REST + WebSocket surface: same paths and JSON as Microsoft's service. */
export function registerDirectLineRoutes(app: FastifyInstance, ctx: DirectLineContext): void {
  const { config, bot, tokens, hub, limits } = ctx;
  const secret = config.DIRECTLINE_SECRET;

  const json = (reply: FastifyReply, status: number, body: unknown): FastifyReply =>
    reply.status(status).type('application/json; charset=utf-8').send(typeof body === 'string' ? body : JSON.stringify(body));

  const history = bot.storage.history;
  /** Auth + IDOR check + existence, for routes under /conversations/{id}. */
  const conversationCaller = (request: FastifyRequest<{ Params: ConversationParams }>, queryToken?: string) =>
    conversationCallerOf(ctx, request, queryToken);

  const newConversation = async (userId: string | undefined) => {
    const conversationId = newSecretString(18);
    const user = userId ?? `dl_${newSecretString(12)}`;
    const [, issued] = await Promise.all([
      history.createConversation(conversationId, user, false, userId !== undefined),
      tokens.issue(conversationId, userId),
    ]);
    return { conversationId, user, issued };
  };

  // --- tokens
  app.post(`${PREFIX}/tokens/generate`, async (request, reply) => {
    await enforce(limits.perIp, request, reply);
    const presented = request.headers.authorization;
    if (presented !== undefined) {
      const caller = await authenticate(request, tokens, secret);
      if (caller.kind !== 'secret') throw new AppError('DL_TOKEN_INVALID');
    } else if (!request.headers.origin) {
      // Anonymous widget tokens are for browsers on allowed sites (the Origin check runs in onRequest).
      throw new AppError('DL_ORIGIN_NOT_ALLOWED', 'Origin header required without a secret');
    }
    const params = parseOrThrow(tokenParametersSchema, request.body ?? undefined, 'body');
    const { conversationId, issued } = await newConversation(params?.user?.id);
    return json(reply, 200, { conversationId, token: issued.token, expires_in: issued.expiresIn });
  });

  app.post(`${PREFIX}/tokens/refresh`, async (request, reply) => {
    await enforce(limits.perIp, request, reply);
    const caller = await authenticate(request, tokens, undefined);
    if (caller.kind !== 'token') throw new AppError('DL_TOKEN_INVALID');
    // The conversation's open sockets, on any instance, live on with the refreshed token: when the one they were
    // opened with expires, the hub finds this one in storage (see StreamHub).
    const issued = await tokens.issue(caller.grant.conversationId, caller.grant.userId);
    return json(reply, 200, {
      conversationId: caller.grant.conversationId,
      token: issued.token,
      expires_in: issued.expiresIn,
    });
  });

  // --- conversations
  app.post(`${PREFIX}/conversations`, async (request, reply) => {
    await enforce(limits.perIp, request, reply);
    const caller = await authenticate(request, tokens, secret);
    const params = parseOrThrow(conversationParametersSchema, request.body ?? undefined, 'body');
    let conversationId: string;
    let token: string;
    let expiresIn: number;
    if (caller.kind === 'secret') {
      const created = await newConversation(params?.user?.id);
      ({ conversationId } = created);
      ({ token, expiresIn } = created.issued);
    } else {
      conversationId = caller.grant.conversationId;
      token = caller.token;
      expiresIn = Math.max(0, Math.round((caller.grant.expiresAt - Date.now()) / 1000));
    }
    const conversation = await history.getConversation(conversationId);
    if (!conversation) throw new AppError('DL_CONVERSATION_NOT_FOUND');
    const firstTime = !conversation.started;
    if (firstTime) {
      const user = { id: conversation.userId, name: params?.user?.name };
      // The welcome turn is queued under the conversation lock: it runs before any message of this client.
      bot.adapter
        .startConversation(conversationId, user, serviceUrlOf(request), params?.locale)
        .catch((err: unknown) => request.log.error({ err }, 'welcome turn failed'));
    }
    return json(reply, firstTime ? 201 : 200, {
      conversationId,
      token,
      expires_in: expiresIn,
      streamUrl: streamUrlOf(request, conversationId, token),
    });
  });

  // Reconnect: a fresh streamUrl that resumes after the watermark.
  app.get<{ Params: ConversationParams; Querystring: Record<string, string> }>(
    `${PREFIX}/conversations/:conversationId`,
    async (request, reply) => {
      await enforce(limits.perIp, request, reply);
      const { caller, conversation } = await conversationCaller(request);
      await enforce(limits.reads, request, reply);
      const query = parseOrThrow(watermarkQuerySchema, request.query, 'query');
      const { token, expiresIn } = await tokenFor(caller, conversation.id);
      return json(reply, 200, {
        conversationId: conversation.id,
        token,
        expires_in: expiresIn,
        streamUrl: streamUrlOf(request, conversation.id, token, watermarkOf(query.watermark)),
      });
    },
  );

  const tokenFor = async (caller: Caller, conversationId: string) =>
    caller.kind === 'token'
      ? { token: caller.token, expiresIn: Math.max(0, Math.round((caller.grant.expiresAt - Date.now()) / 1000)) }
      : tokens.issue(conversationId);

  // --- activities
  app.post<{ Params: ConversationParams }>(`${PREFIX}/conversations/:conversationId/activities`, async (request, reply) => {
    await enforce(limits.perIp, request, reply);
    const { caller, conversation } = await conversationCaller(request);
    await enforce(limits.messages, request, reply);
    const incoming = parseOrThrow(incomingActivitySchema, request.body);
    assertBoundedFreeForm(incoming);
    const { activity, options } = inboundMessage(ctx, request, caller, conversation, incoming);
    if (!conversation.started) {
      // A client that skipped POST /conversations still gets the welcome first.
      void bot.adapter
        .startConversation(conversation.id, { id: conversation.userId }, serviceUrlOf(request))
        .catch((err: unknown) => request.log.error({ err }, 'welcome turn failed'));
    }
    const result = await bot.adapter.processActivity(activity, options);
    return json(reply, 200, `{"id":${JSON.stringify(result.id)}}`);
  });

  app.get<{ Params: ConversationParams; Querystring: Record<string, string> }>(
    `${PREFIX}/conversations/:conversationId/activities`,
    async (request, reply) => {
      const { conversation } = await conversationCaller(request);
      await enforce(limits.reads, request, reply);
      const query = parseOrThrow(watermarkQuerySchema, request.query, 'query');
      const set = await history.activitySet(conversation.id, watermarkOf(query.watermark));
      return json(reply, 200, set.body);
    },
  );

  // --- WebSocket stream (origin and token checked in hooks, before the upgrade)
  app.get<{ Params: ConversationParams; Querystring: Record<string, string> }>(
    `${PREFIX}/conversations/:conversationId/stream`,
    {
      websocket: true,
      preHandler: async (request, reply) => {
        await enforce(limits.perIp, request, reply);
        const query = parseOrThrow(watermarkQuerySchema, request.query, 'query');
        const { caller } = await conversationCaller(request, query.t);
        request.dlTokenExpiresAt = caller.kind === 'token' ? caller.grant.expiresAt : undefined;
        await enforce(limits.reads, request, reply);
      },
    },
    (socket, request) => {
      if (bot.adapter.isClosing) {
        socket.close(1001, 'server shutting down');
        return;
      }
      const conversationId = request.params.conversationId;
      const watermark = watermarkOf(typeof request.query.watermark === 'string' ? request.query.watermark : undefined);
      // The preHandler checked the token and that the conversation exists.
      hub.attach(conversationId, socket, watermark, request.dlTokenExpiresAt).catch(() => socket.close(1011, 'storage unavailable'));
    },
  );

}
