import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import underPressure, { type FastifyUnderPressureOptions } from '@fastify/under-pressure';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../config.js';
import { AppError } from '../errors.js';
import { OriginPolicy } from './directline/origins.js';

export interface SecurityOptions {
  config: Config;
  /** Load shedding thresholds (tests lower them or add a health check). */
  underPressure?: Partial<FastifyUnderPressureOptions> | undefined;
}

class OverloadedError extends AppError {
  constructor() {
    super('DL_OVERLOADED');
  }
}

async function securityImpl(app: FastifyInstance, opts: SecurityOptions): Promise<void> {
  const { config } = opts;
  const origins = new OriginPolicy(config.ALLOWED_ORIGINS, config.PUBLIC_URL);

  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'https:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        // The widget iframe is embedded by the allowed sites; X-Frame-Options cannot list them, CSP can.
        frameAncestors: ["'self'", ...origins.configured],
        // Plain http in development and behind TLS-terminating proxies: never rewrite to https ourselves.
        upgradeInsecureRequests: null,
      },
    },
    frameguard: false,
    // Partner pages load widget.js from us.
    crossOriginResourcePolicy: { policy: 'cross-origin' },
    crossOriginEmbedderPolicy: false,
  });

  // Limits are applied per route (per IP, per conversation) by the channel, not globally.
  await app.register(rateLimit, { global: false });

  await app.register(underPressure, {
    maxEventLoopDelay: 1000,
    maxHeapUsedBytes: 1024 * 1024 * 1024,
    retryAfter: 5,
    customError: OverloadedError,
    ...opts.underPressure,
  });
}

/** Security headers (helmet), rate-limit machinery, load shedding (503 + Retry-After). */
export const securityPlugin = fp(securityImpl, { name: 'security', fastify: '5.x' });
