import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Config } from '../config.js';
import { AppError } from '../errors.js';
import { ConversationRecords, normalizeCode, type CallbackRequest, type CallbackStatus } from '../services/conversation-records.js';
import { AdviserAccounts, isEmail, normalizeEmail } from './accounts.js';
import { accountRoutes } from './account-routes.js';
import { AuditLog } from './audit.js';
import { checkSameOrigin, clearSessionCookie, isStateChanging, requireSession, setSessionCookie } from './auth.js';
import { dashboardRoutes } from './dashboard-routes.js';
import { feedbackCsv } from './feedback-csv.js';
import { parse } from './input.js';
import { LoginThrottle } from './lockout.js';
import { requirePermission } from './permissions.js';
import { permissionsOf } from './roles.js';
import { redactAdviserLogs } from './log-redaction.js';
import { answerById, searchAll } from './search.js';
import { SessionStore } from './sessions.js';
import { toTranscript } from './transcript.js';
import type { UsageStore } from '../storage/types.js';

export interface AdviserServices {
  accounts: AdviserAccounts;
  sessions: SessionStore;
  throttle: LoginThrottle;
  audit: AuditLog;
  records: ConversationRecords;
  /** The dashboard's usage counters. */
  usage: UsageStore;
  today: () => string;
  now: () => number;
}

export interface AdviserApiOptions {
  config: Config;
  services: AdviserServices;
}

const loginBody = z.strictObject({ email: z.string().min(3).max(254), password: z.string().min(1).max(256) });
const statusBody = z.strictObject({ status: z.enum(['new', 'in_progress', 'done']) });
const searchQuery = z.strictObject({ q: z.string().trim().min(1).max(300) });
const callbacksQuery = z.strictObject({ status: z.enum(['new', 'in_progress', 'done']).optional() });
const CODE = /^[0-9A-Z]{6}$/;


/** What the console shows of a callback request; the phone number goes to the adviser's screen and nowhere else. */
function callbackView(c: CallbackRequest): Record<string, unknown> {
  return {
    id: c.id,
    firstName: c.firstName,
    phone: c.phone,
    timeSlot: c.timeSlot,
    status: c.status,
    referenceCode: c.referenceCode,
    createdAt: new Date(c.createdAt).toISOString(),
    updatedAt: new Date(c.updatedAt).toISOString(),
    closedAt: c.closedAt === null ? null : new Date(c.closedAt).toISOString(),
  };
}

/**
 * The adviser API, mounted under /api/adviser in its own encapsulated context (cookie parser, hooks and log
 * redaction stay here). Every route but login needs a session; every state-changing route a same-origin request
 * and, once logged in, the session's CSRF token.
 */
export async function adviserApi(app: FastifyInstance, opts: AdviserApiOptions): Promise<void> {
  const { config, services } = opts;
  const { accounts, sessions, throttle, audit, records } = services;
  const secureFor = (request: FastifyRequest): boolean => config.COOKIE_SECURE || request.protocol === 'https';

  await app.register(cookie);
  redactAdviserLogs(app);
  app.decorateRequest('adviserSession', null);

  app.addHook('onRequest', async (request, reply) => {
    // Answers carry personal data (summaries, phone numbers): never cached by a browser or a proxy.
    reply.header('Cache-Control', 'no-store');
    if (isStateChanging(request)) checkSameOrigin(request, app.publicOrigin);
    const open = request.method === 'POST' && request.routeOptions.url === '/api/adviser/login';
    if (!open) await requireSession(sessions, request);
  });

  // Unknown paths under /api/adviser/ answer 401 before any session, like the real routes (nothing to probe).
  app.setNotFoundHandler(async (request) => {
    await requireSession(sessions, request);
    throw new AppError('API_NOT_FOUND');
  });

  const who = (request: FastifyRequest): { adviserId: number; adviserEmail: string } => {
    const s = request.adviserSession;
    if (!s) throw new AppError('API_UNAUTHENTICATED');
    return { adviserId: s.adviser.id, adviserEmail: s.adviser.email };
  };

  // ---------------------------------------------------------------- session

  app.post('/login', async (request, reply) => {
    const body = parse(loginBody, request.body);
    const email = normalizeEmail(body.email);
    // Counted as a failure before the password is checked, so attempts in flight count (see LoginThrottle).
    const attempt = await throttle.reserve(email, request.ip);
    if (!attempt.allowed) {
      await audit.write({ adviserId: null, adviserEmail: email, action: 'login_locked', outcome: 'refused' });
      reply.header('Retry-After', String(attempt.retryAfter));
      throw new AppError('API_LOCKED');
    }
    const adviser = isEmail(email) ? await accounts.authenticate(email, body.password) : undefined;
    if (!adviser) {
      await audit.write({ adviserId: null, adviserEmail: email, action: 'login_failed', outcome: 'refused' });
      throw new AppError('API_BAD_CREDENTIALS');
    }
    await throttle.succeeded(attempt.id, email, request.ip);
    const s = await sessions.create(adviser);
    setSessionCookie(reply, s.id, secureFor(request));
    await audit.write({ adviserId: adviser.id, adviserEmail: adviser.email, action: 'login', outcome: 'ok' });
    return {
      adviser: { email: adviser.email, role: adviser.role },
      permissions: permissionsOf(adviser.role),
      csrfToken: s.csrfToken,
      expiresAt: new Date(s.expiresAt).toISOString(),
    };
  });

  app.get('/session', async (request) => {
    const s = request.adviserSession;
    if (!s) throw new AppError('API_UNAUTHENTICATED');
    return {
      adviser: { email: s.adviser.email, role: s.adviser.role },
      permissions: permissionsOf(s.adviser.role),
      csrfToken: s.csrfToken,
      expiresAt: new Date(s.expiresAt).toISOString(),
    };
  });

  app.post('/logout', async (request, reply) => {
    const s = request.adviserSession;
    if (!s) throw new AppError('API_UNAUTHENTICATED');
    await sessions.destroy(s.id);
    clearSessionCookie(reply, secureFor(request));
    await audit.write({ ...who(request), action: 'logout', outcome: 'ok' });
    return reply.status(204).send();
  });

  // ---------------------------------------------------------------- knowledge

  app.get('/search', async (request) => {
    await requirePermission(request, 'console', audit);
    const { q } = parse(searchQuery, request.query);
    const results = searchAll(app.knowledge.current, q, { today: services.today() });
    // The count only: what an adviser types may name the person on the phone.
    await audit.write({ ...who(request), action: 'search', outcome: 'ok', detail: `results=${results.length}` });
    return { query: q, version: app.knowledge.current.knowledge.version, results };
  });

  app.get<{ Params: { id: string } }>('/answers/:id', async (request) => {
    await requirePermission(request, 'console', audit);
    const answer = answerById(app.knowledge.current, request.params.id, { today: services.today() });
    await audit.write({ ...who(request), action: 'answer_view', outcome: answer ? 'ok' : 'not_found', detail: request.params.id.slice(0, 100) });
    if (!answer) throw new AppError('API_NOT_FOUND');
    return answer;
  });

  // ---------------------------------------------------------------- conversations by reference code

  app.get<{ Params: { code: string } }>('/conversations/:code', async (request) => {
    await requirePermission(request, 'console', audit);
    const code = normalizeCode(request.params.code.slice(0, 20));
    const record = CODE.test(code) ? await records.byCode(code) : undefined;
    // Unknown code and code without consent look the same from outside: 404.
    const outcome = !record ? 'not_found' : record.consent ? 'ok' : 'no_consent';
    // What was shown: the summary alone, or the messages too (a second, explicit consent).
    const shown = record?.consent ? (record.transcriptConsent ? 'summary+transcript' : 'summary') : undefined;
    await audit.write({ ...who(request), action: 'conversation_view', referenceCode: CODE.test(code) ? code : null, outcome, ...(shown ? { detail: shown } : {}) });
    if (!record || !record.consent) throw new AppError('API_NOT_FOUND');
    const transcript = record.transcriptConsent ? toTranscript(await app.bot.storage.history.listActivities(record.conversationId)) : null;
    return {
      code: record.code,
      summary: record.summary,
      updatedAt: new Date(record.updatedAt).toISOString(),
      transcriptShared: record.transcriptConsent,
      transcript,
    };
  });

  // ---------------------------------------------------------------- callbacks

  app.get('/callbacks', async (request) => {
    await requirePermission(request, 'console', audit);
    const { status } = parse(callbacksQuery, request.query);
    const list = await records.listCallbacks(status);
    await audit.write({ ...who(request), action: 'callbacks_list', outcome: 'ok', detail: `${status ?? 'all'}:${list.length}` });
    return { callbacks: list.map(callbackView) };
  });

  app.post<{ Params: { id: string } }>('/callbacks/:id/status', async (request) => {
    await requirePermission(request, 'console', audit);
    const id = Number(request.params.id);
    if (!Number.isSafeInteger(id) || id <= 0) throw new AppError('API_NOT_FOUND');
    const { status } = parse(statusBody, request.body);
    const before = await records.getCallback(id);
    if (!before || !(await records.setCallbackStatus(id, status as CallbackStatus))) {
      await audit.write({ ...who(request), action: 'callback_status', callbackId: id, outcome: 'not_found', detail: status });
      throw new AppError('API_NOT_FOUND');
    }
    await audit.write({
      ...who(request),
      action: 'callback_status',
      callbackId: id,
      referenceCode: before.referenceCode,
      outcome: 'ok',
      detail: `${before.status}->${status}`,
    });
    const after = await records.getCallback(id);
    return { callback: after ? callbackView(after) : null };
  });

  // ---------------------------------------------------------------- content loop

  app.get('/feedback.csv', async (request, reply) => {
    await requirePermission(request, 'dashboard.content', audit);
    await audit.write({ ...who(request), action: 'feedback_export', outcome: 'ok' });
    const day = services.today();
    const [unanswered, votes] = await Promise.all([records.unansweredQuestions(), records.feedback()]);
    return reply
      .header('Content-Type', 'text/csv; charset=utf-8')
      .header('Content-Disposition', `attachment; filename="retours-${day}.csv"`)
      .send(feedbackCsv(unanswered, votes));
  });

  // ---------------------------------------------------------------- dashboard, accounts, audit log (issue 18)

  dashboardRoutes(app, { audit, records, usage: services.usage, flushUsage: () => app.bot.usage.flush(), now: services.now });
  accountRoutes(app, { accounts, sessions, throttle, audit, now: services.now, secureFor });
}
