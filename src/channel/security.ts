import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import underPressure, { type FastifyUnderPressureOptions } from '@fastify/under-pressure';
import { getHeapStatistics } from 'node:v8';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../config.js';
import { AppError } from '../errors.js';
import { OriginPolicy } from './directline/origins.js';
import { guardJsonBodies } from './json-body.js';
import { PublicOrigin } from './public-origin.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** The origin browsers reach this server at (PUBLIC_URL, or HOST and the bound port); never a request's Host. */
    publicOrigin: PublicOrigin;
    /** Which browser origins may get tokens, open sockets and embed the widget. */
    originPolicy: OriginPolicy;
  }
}

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
  const publicOrigin = new PublicOrigin(config, () => (app.server.listening ? app.server.address() : null));
  const origins = new OriginPolicy(config.ALLOWED_ORIGINS, () => publicOrigin.origin, () => publicOrigin.isLocal);
  app.decorate('publicOrigin', publicOrigin);
  app.decorate('originPolicy', origins);

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
    // HSTS only when browsers reach us over https (PUBLIC_URL): over plain http the header is meaningless at best.
    strictTransportSecurity: publicOrigin.isHttps ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    // Partner pages load widget.js from us.
    crossOriginResourcePolicy: { policy: 'cross-origin' },
    crossOriginEmbedderPolicy: false,
  });

  guardJsonBodies(app);

  // Limits are applied per route (per IP, per conversation) by the channel, not globally; the counters live where the
  // storage back end says (memory for one instance, Redis for N).
  await app.register(rateLimit, { global: false, ...app.storage.rateLimit });

  // Load shedding: 503 + Retry-After while the event loop lags or the heap nears its limit, so the process slows
  // its clients down before it collapses (tuned with `npm run soak`, see docs/decisions.md). The delay is the
  // mean of one second of samples: a turn costs a few ms, so 300 ms of mean lag means requests already queue for
  // seconds. The heap threshold follows the heap limit Node runs with, not a fixed size that a smaller limit
  // would never reach.
  const sampleInterval = 1000;
  let servingSince = Number.POSITIVE_INFINITY;
  app.addHook('onReady', async () => {
    servingSince = performance.now();
  });
  await app.register(underPressure, {
    maxEventLoopDelay: config.MAX_EVENT_LOOP_DELAY_MS,
    maxHeapUsedBytes: Math.round(getHeapStatistics().heap_size_limit * 0.85),
    sampleInterval,
    retryAfter: 5,
    customError: OverloadedError,
    // Start-up work (knowledge, classifier, widget build) blocks the loop before the first request; the sample that
    // measured it is not pressure. From the second full sample on, every measure counts.
    pressureHandler: (_request, reply, type) => {
      if (type === 'eventLoopDelay' && performance.now() < servingSince + 2 * sampleInterval) return undefined;
      reply.status(503).header('Retry-After', 5);
      return Promise.reject(new OverloadedError());
    },
    ...opts.underPressure,
  });
}

/**
 * Security headers (helmet), the public origin and the origin policy, JSON body limits, rate-limit machinery (its
 * counters where the storage back end keeps them), load shedding (503 + Retry-After).
 */
export const securityPlugin = fp(securityImpl, { name: 'security', fastify: '5.x', dependencies: ['storage'] });
