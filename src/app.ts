import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Config } from './config.js';
import { AppError, errorCatalogue, isAppError, type ErrorCode } from './errors.js';
import { webPlugin } from './web/plugin.js';
import { adviserPlugin } from './adviser/plugin.js';
import { knowledgePlugin } from './knowledge/plugin.js';
import { botPlugin } from './bot/plugin.js';
import type { BotFactory } from './bot/types.js';
import { createOrientationBot } from '../dialogs/orientation-bot.js';
import { directLinePlugin } from './channel/directline/plugin.js';
import { recapPlugin } from './recap/plugin.js';
import { healthPlugin } from './health.js';
import { storagePlugin } from './storage/plugin.js';
import { requestSerializer } from './channel/directline/log-redaction.js';
import { securityPlugin, type SecurityOptions } from './channel/security.js';
import type { KnowledgeStore } from './knowledge/store.js';

export interface BuildAppOptions {
  config: Config;
  /** Pass false in tests that do not want request logs. */
  logger?: boolean;
  /** An already opened knowledge store, shared between test apps to save the load time. */
  knowledgeStore?: KnowledgeStore;
  /** The bot behind the Direct Line channel; default: createDefaultBot (src/bot/default-bot.ts). */
  bot?: BotFactory;
  /** Overrides config.DATA_DIR (tests). */
  dataDir?: string;
  /** Channel test hooks: load-shedding thresholds, WebSocket ping period, a token lifetime below the config's minimum. */
  channel?: { underPressure?: SecurityOptions['underPressure']; pingIntervalMs?: number; tokenTtlSeconds?: number };
  /** Test hook: plugins to leave out (the channel tests run with their own bot, without knowledge or widget). */
  without?: readonly ('knowledge' | 'web' | 'adviser')[];
}
/**
 * Once shutting down, how long a keep-alive connection may stay idle after its last response (Node adds one second
 * of margin): long enough for nothing, short enough that a restart is not held by a client's open connection.
 */
const SHUTDOWN_KEEP_ALIVE_MS = 1;

/** The catalogue code of a client error raised by Fastify itself (body parsing, content type, size). */
function httpErrorCode(status: number, fastifyCode: unknown): ErrorCode {
  if (status === 413) return 'DL_PAYLOAD_TOO_LARGE';
  if (status === 415) return 'API_UNSUPPORTED_MEDIA_TYPE';
  if (fastifyCode === 'FST_ERR_CTP_INVALID_JSON_BODY' || fastifyCode === 'FST_ERR_CTP_EMPTY_JSON_BODY') return 'API_INVALID_JSON';
  return 'API_BAD_REQUEST';
}

/**
 * The whole service as one Fastify instance. Each feature is a named plugin registered here, in dependency order.
 */
export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const { config, logger = true } = options;
  const app = Fastify({
    logger: logger
      ? {
          level: config.LOG_LEVEL,
          // Tokens and cookies never reach the logs.
          redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
          // Direct Line's streamUrl carries the token as ?t=…: request URLs are logged redacted.
          serializers: { req: requestSerializer },
        }
      : false,
    bodyLimit: 64 * 1024,
    trustProxy: false,
  });

  app.setErrorHandler((error, request, reply) => {
    if (isAppError(error)) {
      return reply.status(error.status).send(error.toJSON());
    }
    const status = typeof (error as { statusCode?: unknown }).statusCode === 'number'
      ? (error as { statusCode: number }).statusCode
      : 500;
    if (status >= 400 && status < 500) {
      // A client error of the HTTP layer keeps a code that says what happened; the rest is a plain bad request.
      const code = httpErrorCode(status, (error as { code?: unknown }).code);
      return reply.status(errorCatalogue[code].status).send(new AppError(code, code === 'API_BAD_REQUEST' && error instanceof Error ? error.message : undefined).toJSON());
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send(new AppError('API_INTERNAL').toJSON());
  });

  app.setNotFoundHandler((_request, reply) => reply.status(404).send(new AppError('API_NOT_FOUND').toJSON()));

  // Shutdown: Node's server.close() ends only the connections idle at that moment. A keep-alive connection whose
  // response (a drained turn's, say) is sent a moment later would stay open for the keep-alive timeout (72 s) and
  // hold the shutdown that long. Once closing, replies say "Connection: close", and a response already under way
  // when it began leaves its connection idle for one second at most. A root hook: it runs before the plugins'
  // preClose (the channel's drain), so the drained turns' replies carry the header.
  let closing = false;
  app.addHook('preClose', (done) => {
    closing = true;
    app.server.keepAliveTimeout = SHUTDOWN_KEEP_ALIVE_MS;
    done();
  });

  // Any 503 (storage unreachable, load shedding) tells the client when to come back.
  app.addHook('onSend', (_request, reply, payload, done) => {
    if (reply.statusCode === 503 && !reply.hasHeader('retry-after')) reply.header('retry-after', '2');
    if (closing) reply.header('connection', 'close');
    done(null, payload);
  });

  // --- plugins are registered below, in dependency order (knowledge → storage → bot → channel → web → adviser)

  if (!options.without?.includes('knowledge')) {
    await app.register(knowledgePlugin, {
      dir: config.KNOWLEDGE_DIR,
      watch: config.KNOWLEDGE_WATCH,
      cacheDir: join(options.dataDir ?? config.DATA_DIR, 'knowledge-cache'),
      ...(options.knowledgeStore ? { store: options.knowledgeStore } : {}),
    });
  }

  // Storage (SQLite, or Redis with REDIS_URL) and /healthz; security headers, rate limits (counted where storage
  // says), load shedding; then the bot (adapter) and Direct Line.
  await app.register(storagePlugin, { config, dataDir: options.dataDir });
  await app.register(healthPlugin);
  await app.register(securityPlugin, { config, underPressure: options.channel?.underPressure });
  // The orientation bot (dialogs over the knowledge base) unless a test brings its own.
  const bot = options.bot ?? (app.hasDecorator('knowledge') ? createOrientationBot({ knowledge: app.knowledge, publicOrigin: () => app.publicOrigin.origin }) : undefined);
  await app.register(botPlugin, { config, bot });
  await app.register(directLinePlugin, {
    config,
    pingIntervalMs: options.channel?.pingIntervalMs,
    tokenTtlSeconds: options.channel?.tokenTtlSeconds,
  });

  // The récap pages (/recap/<token>), from the conversations' state and the knowledge base.
  if (app.hasDecorator('knowledge')) await app.register(recapPlugin, { config });

  // Widget loader, chat page and demo site (builds the widget at start when missing or stale).
  if (!options.without?.includes('web')) await app.register(webPlugin, { config });

  // Adviser console (API under /api/adviser, page under /conseiller/); it searches the knowledge base.
  if (app.hasDecorator('knowledge') && !options.without?.includes('adviser')) await app.register(adviserPlugin, { config });

  return app;
}
