import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../config.js';
import { ConversationRecords } from '../services/conversation-records.js';
import { AdviserAccounts } from './accounts.js';
import { adviserApi, type AdviserServices } from './api.js';
import { AuditLog } from './audit.js';
import { DEFAULT_LOCKOUT, LoginThrottle, type LockoutPolicy } from './lockout.js';
import { DEFAULT_SCRYPT, type ScryptParams } from './password.js';
import { DEFAULT_SESSION_POLICY, SessionStore, type SessionPolicy } from './sessions.js';
import { CONSOLE_CSP, loadUiAssets, type UiAsset, type UiAssets } from './ui-assets.js';

export interface AdviserPluginOptions {
  config: Config;
  /** Test hooks. */
  now?: () => number;
  today?: () => string;
  sessionPolicy?: SessionPolicy;
  lockout?: LockoutPolicy;
  scrypt?: ScryptParams;
}

function send(request: FastifyRequest, reply: FastifyReply, a: UiAsset): FastifyReply {
  reply.header('Content-Type', a.type).header('Cache-Control', 'no-cache').header('ETag', a.etag);
  if (request.headers['if-none-match'] === a.etag) return reply.code(304).send();
  return reply.send(a.body);
}

/**
 * The adviser console: the API under /api/adviser (login, search, conversations by reference code, callback
 * queue, feedback CSV) and the console page under /conseiller/. Closed callbacks, expired sessions, old failed logins
 * and audit lines are deleted by the storage's retention (src/storage/plugin.ts).
 */
async function adviserImpl(app: FastifyInstance, opts: AdviserPluginOptions): Promise<void> {
  const { config } = opts;
  const now = opts.now ?? Date.now;
  const storage = app.storage;
  const services: AdviserServices = {
    accounts: new AdviserAccounts(storage.advisers, opts.scrypt ?? DEFAULT_SCRYPT, now),
    sessions: new SessionStore(storage.sessions, storage.advisers, opts.sessionPolicy ?? DEFAULT_SESSION_POLICY, now),
    throttle: new LoginThrottle(storage.loginFailures, opts.lockout ?? DEFAULT_LOCKOUT, now),
    audit: new AuditLog(storage.audit, now),
    records: new ConversationRecords(storage, now),
    usage: storage.usage,
    today: opts.today ?? (() => new Date(now()).toISOString().slice(0, 10)),
    now,
  };

  await app.register(adviserApi, { prefix: '/api/adviser', config, services });

  // Built after listening and the bot's warm-up (the console is not on the path of a person's first turn), or by the
  // first request for it.
  let ui: Promise<UiAssets> | undefined;
  const uiAssets = (): Promise<UiAssets> => {
    ui ??= loadUiAssets().catch((err: unknown) => {
      ui = undefined; // the next request tries again
      throw err;
    });
    return ui;
  };
  app.addHook('onListen', async () => {
    app.bot.warmUp
      .run(app.log)
      .then(uiAssets)
      .catch((err: unknown) => app.log.error({ err }, 'adviser console: build failed'));
  });
  await app.register(async (scope) => {
    scope.addHook('onSend', async (_request, reply) => {
      reply
        .header('Content-Security-Policy', CONSOLE_CSP)
        .header('Referrer-Policy', 'no-referrer')
        .header('X-Frame-Options', 'DENY')
        .header('Cross-Origin-Resource-Policy', 'same-origin');
    });
    scope.get('/conseiller', (_request, reply) => reply.redirect('/conseiller/', 301));
    scope.get('/conseiller/', async (request, reply) => send(request, reply, (await uiAssets()).html));
    scope.get('/conseiller/console.js', async (request, reply) => send(request, reply, (await uiAssets()).js));
    scope.get('/conseiller/console.css', async (request, reply) => send(request, reply, (await uiAssets()).css));
  });
}

export const adviserPlugin = fp(adviserImpl, { name: 'adviser', fastify: '5.x', dependencies: ['security', 'bot', 'knowledge', 'storage'] });
