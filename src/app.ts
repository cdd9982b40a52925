import Fastify, { type FastifyInstance } from 'fastify';
import type { Config } from './config.js';
import { AppError, isAppError } from './errors.js';

export interface BuildAppOptions {
  config: Config;
  /** Pass false in tests that do not want request logs. */
  logger?: boolean;
}

/**
 * The whole service as one Fastify instance. Each feature is a named plugin registered here, in dependency order.
 */
export async function buildApp({ config, logger = true }: BuildAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: logger
      ? {
          level: config.LOG_LEVEL,
          // Tokens and cookies never reach the logs.
          redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
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
    if (status === 413) return reply.status(413).send(new AppError('DL_PAYLOAD_TOO_LARGE').toJSON());
    if (status >= 400 && status < 500) {
      return reply.status(status).send(new AppError('API_BAD_REQUEST', error.message).toJSON());
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send(new AppError('API_INTERNAL').toJSON());
  });

  app.setNotFoundHandler((_request, reply) => reply.status(404).send(new AppError('API_NOT_FOUND').toJSON()));

  // --- plugins are registered below, in dependency order (knowledge → bot → channel → web → adviser)

  return app;
}
