import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError } from '../errors.js';
import type { AuditAction, AuditFilter } from '../storage/types.js';
import type { AccountSummary, AdviserAccounts } from './accounts.js';
import type { AuditLog, AuditRecord } from './audit.js';
import { setSessionCookie } from './auth.js';
import { csvFileName, toCsv } from './csv.js';
import { AUDIT_ACTION_LABELS } from './dashboard/labels.fr.js';
import { addDays, isIsoDay, parisDay, parisDayStart } from './dashboard/period.js';
import { parse } from './input.js';
import type { LoginThrottle } from './lockout.js';
import { passwordProblem } from './password.js';
import { requirePermission } from './permissions.js';
import { checkAccountChange, permissionsOf, ROLES, type AccountChange } from './roles.js';
import type { SessionStore } from './sessions.js';

export interface AccountRouteDeps {
  accounts: AdviserAccounts;
  sessions: SessionStore;
  throttle: LoginThrottle;
  audit: AuditLog;
  now: () => number;
  secureFor: (request: FastifyRequest) => boolean;
}

const accountChangeBody = z.union([z.strictObject({ disabled: z.boolean() }), z.strictObject({ role: z.enum(ROLES) })]);
const passwordBody = z.strictObject({ currentPassword: z.string().min(1).max(256), newPassword: z.string().min(1).max(256) });
const AUDIT_ACTIONS = Object.keys(AUDIT_ACTION_LABELS) as [AuditAction, ...AuditAction[]];
const auditQuery = z
  .strictObject({
    who: z.string().trim().max(254).optional(),
    action: z.enum(AUDIT_ACTIONS).optional(),
    from: z.string().refine(isIsoDay, 'expected a day YYYY-MM-DD').optional(),
    to: z.string().refine(isIsoDay, 'expected a day YYYY-MM-DD').optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'from must not be after to', path: ['from'] });

/** The screen shows the most recent lines; the CSV export holds more. */
const AUDIT_SCREEN_LIMIT = 500;
const AUDIT_CSV_LIMIT = 20_000;

function accountView(a: AccountSummary): Record<string, unknown> {
  return { id: a.id, email: a.email, role: a.role, disabled: a.disabled, createdAt: new Date(a.createdAt).toISOString() };
}

function auditView(r: AuditRecord): Record<string, unknown> {
  return { ...r, at: new Date(r.at).toISOString() };
}

/**
 * Accounts (admins: list, disable / re-enable, change a role), one's own password (everyone), and the audit log
 * with its filters (admins). Every call, refused or not, writes an audit line.
 */
export function accountRoutes(app: FastifyInstance, deps: AccountRouteDeps): void {
  const { accounts, sessions, throttle, audit } = deps;

  const session = (request: FastifyRequest) => {
    const s = request.adviserSession;
    if (!s) throw new AppError('API_UNAUTHENTICATED');
    return s;
  };
  const who = (request: FastifyRequest) => {
    const s = session(request);
    return { adviserId: s.adviser.id, adviserEmail: s.adviser.email };
  };

  // ---------------------------------------------------------------- accounts

  app.get('/accounts', async (request) => {
    await requirePermission(request, 'accounts', audit);
    const list = await accounts.list();
    await audit.write({ ...who(request), action: 'accounts_list', outcome: 'ok', detail: String(list.length) });
    return { accounts: list.map(accountView) };
  });

  app.post<{ Params: { id: string } }>('/accounts/:id', async (request) => {
    await requirePermission(request, 'accounts', audit);
    const id = Number(request.params.id);
    const body = parse(accountChangeBody, request.body);
    const change: AccountChange = 'role' in body ? { kind: 'role', role: body.role } : { kind: body.disabled ? 'disable' : 'enable' };
    const action: AuditAction = change.kind === 'role' ? 'account_role' : change.kind === 'disable' ? 'account_disable' : 'account_enable';
    const all = await accounts.list();
    const target = Number.isSafeInteger(id) ? all.find((a) => a.id === id) : undefined;
    if (!target) {
      await audit.write({ ...who(request), action, outcome: 'not_found', detail: `id=${request.params.id.slice(0, 20)}` });
      throw new AppError('API_NOT_FOUND');
    }
    const me = session(request).adviser;
    const actor = all.find((a) => a.id === me.id) ?? { id: me.id, role: me.role, disabled: false };
    const detail = change.kind === 'role' ? `${target.email} ${target.role}->${change.role}` : target.email;
    const verdict = checkAccountChange(actor, target, change, all);
    if (!verdict.ok) {
      await audit.write({ ...who(request), action, outcome: 'refused', detail: `${detail} (${verdict.reason})` });
      throw new AppError('API_ACCOUNT_CHANGE_REFUSED', verdict.reason);
    }
    if (change.kind === 'role') await accounts.setRole(target.id, change.role);
    else await accounts.setDisabled(target.id, change.kind === 'disable');
    await audit.write({ ...who(request), action, outcome: 'ok', detail });
    const after = (await accounts.list()).find((a) => a.id === target.id);
    return { account: after ? accountView(after) : null };
  });

  // ---------------------------------------------------------------- one's own password

  app.post('/password', async (request, reply: FastifyReply) => {
    const s = session(request);
    const body = parse(passwordBody, request.body);
    const problem = passwordProblem(body.newPassword);
    if (problem || body.newPassword === body.currentPassword) throw new AppError('API_BAD_REQUEST', 'newPassword');
    // A wrong current password counts as a failed login of the account: a stolen session cannot guess it freely.
    const attempt = await throttle.reserve(s.adviser.email, request.ip);
    if (!attempt.allowed) {
      await audit.write({ ...who(request), action: 'password_change', outcome: 'locked' });
      reply.header('Retry-After', String(attempt.retryAfter));
      throw new AppError('API_LOCKED');
    }
    if (!(await accounts.changePassword(s.adviser.id, body.currentPassword, body.newPassword))) {
      await audit.write({ ...who(request), action: 'password_change', outcome: 'refused', detail: 'wrong current password' });
      throw new AppError('API_WRONG_PASSWORD');
    }
    await throttle.succeeded(attempt.id, s.adviser.email, request.ip);
    // Every session of the account ended with the new password, this one too: the browser that changed it gets a
    // fresh one (new id, new CSRF token), any other (a forgotten browser, a stolen cookie) is logged out.
    const fresh = await sessions.create(s.adviser);
    setSessionCookie(reply, fresh.id, deps.secureFor(request));
    await audit.write({ ...who(request), action: 'password_change', outcome: 'ok' });
    return {
      adviser: { email: s.adviser.email, role: s.adviser.role },
      permissions: permissionsOf(s.adviser.role),
      csrfToken: fresh.csrfToken,
      expiresAt: new Date(fresh.expiresAt).toISOString(),
    };
  });

  // ---------------------------------------------------------------- audit log

  const auditFilter = (request: FastifyRequest): AuditFilter => {
    const q = parse(auditQuery, request.query);
    return {
      ...(q.who ? { who: q.who } : {}),
      ...(q.action ? { action: q.action } : {}),
      ...(q.from ? { from: parisDayStart(q.from) } : {}),
      ...(q.to ? { to: parisDayStart(addDays(q.to, 1)) } : {}),
    };
  };
  const filterDetail = (f: AuditFilter): string =>
    [f.who ? `who=${f.who.slice(0, 60)}` : '', f.action ? `action=${f.action}` : '', f.from ? `from=${parisDay(f.from)}` : '', f.to ? `to<${parisDay(f.to)}` : '']
      .filter((x) => x)
      .join(' ') || 'all';

  app.get('/audit', async (request) => {
    await requirePermission(request, 'audit', audit);
    const filter = auditFilter(request);
    const entries = await audit.query(filter, AUDIT_SCREEN_LIMIT + 1);
    await audit.write({ ...who(request), action: 'audit_view', outcome: 'ok', detail: filterDetail(filter) });
    return { entries: entries.slice(0, AUDIT_SCREEN_LIMIT).map(auditView), truncated: entries.length > AUDIT_SCREEN_LIMIT };
  });

  app.get('/audit.csv', async (request, reply) => {
    await requirePermission(request, 'audit', audit);
    const filter = auditFilter(request);
    const entries = await audit.query(filter, AUDIT_CSV_LIMIT);
    await audit.write({ ...who(request), action: 'audit_export', outcome: 'ok', detail: filterDetail(filter) });
    const rows = entries.map((e) => [new Date(e.at).toISOString(), e.adviserEmail, e.action, AUDIT_ACTION_LABELS[e.action] ?? e.action, e.referenceCode, e.callbackId, e.outcome, e.detail]);
    return reply
      .header('Content-Type', 'text/csv; charset=utf-8')
      .header('Content-Disposition', `attachment; filename="${csvFileName('journal-audit', parisDay(deps.now()))}"`)
      .send(toCsv([['quand', 'qui', 'action', 'libelle', 'reference', 'rappel', 'resultat', 'detail'], ...rows]));
  });
}
