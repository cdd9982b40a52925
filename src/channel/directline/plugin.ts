import websocket from '@fastify/websocket';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../../config.js';
import { AppError } from '../../errors.js';
import type { Limiter } from './context.js';
import { registerDirectLineRoutes } from './routes.js';
import { StreamHub } from './stream-hub.js';
import { DirectLineTokens } from './tokens.js';
import { registerUploadRoute } from './upload.js';

export interface DirectLineOptions {
  config: Config;
  /** WebSocket ping period (ms); a socket that missed one pong is closed. Default 30 s. */
  pingIntervalMs?: number | undefined;
  /** Test hook: token lifetime in seconds (default TOKEN_TTL_SECONDS, whose minimum is 60). */
  tokenTtlSeconds?: number | undefined;
}

const MAX_FRAME_BYTES = 64 * 1024;

const API_HEADERS = {
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-store',
  'referrer-policy': 'no-referrer',
  'cross-origin-resource-policy': 'same-site',
  'x-frame-options': 'DENY',
};

async function directLineImpl(app: FastifyInstance, opts: DirectLineOptions): Promise<void> {
  const { config } = opts;
  const bot = app.bot;
  const tokens = new DirectLineTokens(bot.storage.tokens, opts.tokenTtlSeconds ?? config.TOKEN_TTL_SECONDS);
  const forgetTokens = setInterval(() => tokens.forgetExpired(Date.now()), 600_000);
  forgetTokens.unref();
  app.addHook('onClose', async () => clearInterval(forgetTokens));
  const hub = new StreamHub(bot.storage.history, bot.storage.fanOut, bot.storage.tokens, { pingIntervalMs: opts.pingIntervalMs ?? 30_000 });
  const origins = app.originPolicy;

  await app.register(websocket, {
    options: { maxPayload: MAX_FRAME_BYTES, perMessageDeflate: false },
    // Shutdown: let running turns finish and reach their sockets, then say "going away".
    preClose: async function preClose() {
      await bot.adapter.drain();
      hub.closeAll(1001, 'server shutting down');
    },
  });
  // A WebSocket upgrade answered over HTTP instead (503 from load shedding or from an unreachable storage, 401, 429)
  // must end its connection: Node has handed that socket over to the upgrade and no longer closes it, and
  // @fastify/websocket only closes the ones its own onRequest hook marked, which the hooks registered before it
  // (security's load shedding, storage's 503) skip when they answer first. Left open, such a socket is never closed
  // and app.close() waits for it forever. Ended once the answer is flushed (a successful upgrade is hijacked and
  // never gets here).
  app.addHook('onResponse', (request, _reply, done) => {
    if ((request.raw as { upgrade?: boolean }).upgrade === true) {
      const socket = request.raw.socket;
      socket.once('finish', () => socket.destroy());
      socket.end();
    }
    done();
  });

  // Every Direct Line route answers JSON (or upgrades): helmet's page-oriented headers are rebuilt per request by
  // @fastify/helmet, which costs more than the rest of a turn's HTTP work. These routes skip it and get the
  // headers an API wants instead, as constants.
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/v3/directline/')) route.config = { ...route.config, helmet: { skipRoute: true } } as typeof route.config;
  });

  // Origin allow-list, on every Direct Line request and so before any WebSocket upgrade; CORS for allowed ones.
  // A callback hook, not an async one: it runs on every request of the app, and a promise each time costs more.
  app.addHook('onRequest', (request, reply, done) => {
    if (!request.url.startsWith('/v3/directline/')) return done();
    reply.headers(API_HEADERS);
    const origin = request.headers.origin;
    if (origin === undefined) return done();
    if (!origins.isAllowed(origin)) return done(new AppError('DL_ORIGIN_NOT_ALLOWED'));
    reply.header('access-control-allow-origin', origin);
    reply.header('vary', 'Origin');
    done();
  });
  app.options('/v3/directline/*', async (_request, reply) => {
    reply
      .header('access-control-allow-methods', 'GET, POST, OPTIONS')
      .header('access-control-allow-headers', 'Authorization, Content-Type, x-ms-bot-agent, x-requested-with')
      .header('access-control-max-age', '600')
      .status(204)
      .send();
  });

  const conversationKey = (request: FastifyRequest): string => request.dlConversationId ?? request.ip;
  const limiter = (max: number, keyGenerator: (r: FastifyRequest) => string, name: string): Limiter =>
    app.createRateLimit({
      max,
      timeWindow: 60_000,
      keyGenerator: (r: FastifyRequest) => `${name}:${keyGenerator(r)}`,
      // The back end's counters: an in-memory LRU (its size is not in the option types, read at runtime) for one
      // instance, Redis for N, so that a client spreading its requests over instances is still counted once.
      ...(bot.storage.rateLimit as object),
    }) as Limiter;
  const limits = {
    perIp: limiter(config.RATE_LIMIT_PER_IP, (r) => r.ip, 'ip'),
    // Per conversation first (a school shares one IP): messages at human pace, reads at polling pace.
    messages: limiter(config.RATE_LIMIT_PER_TOKEN, conversationKey, 'msg'),
    reads: limiter(config.RATE_LIMIT_PER_TOKEN * 10, conversationKey, 'read'),
  };

  app.decorateRequest('dlConversationId', undefined);
  app.decorateRequest('dlTokenExpiresAt', undefined);
  const ctx = { config, bot, tokens, hub, origins, limits };
  registerDirectLineRoutes(app, ctx);
  await registerUploadRoute(app, ctx);
}

/** Direct Line 3.0 on Fastify (REST + WebSocket), on top of the `bot` plugin's adapter and history. */
export const directLinePlugin = fp(directLineImpl, {
  name: 'directline',
  fastify: '5.x',
  dependencies: ['security', 'bot', '@fastify/rate-limit'],
});
