import { parse as parseCsv } from 'csv-parse/sync';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdviserAccounts } from '../../src/adviser/accounts.js';
import { AuditLog } from '../../src/adviser/audit.js';
import type { Dashboard } from '../../src/adviser/dashboard/dashboard.js';
import { parisDay, periodOf } from '../../src/adviser/dashboard/period.js';
import { seedSyntheticConversations, type SyntheticData } from '../fixtures/synthetic-conversations.js';
import { describeEachBackend } from '../support/backends.js';
import { sqliteOf } from '../support/inspect.js';
import { EMAIL, login, startAdviserApp, TEST_SCRYPT, type AdviserTestApp, type LoggedIn } from './helpers.js';

const PW = 'une autre phrase de passe';

/**
 * The dashboard and the accounts through the API, on each back end: 200 synthetic conversations seeded by the
 * fixture; every figure is checked against the fixture's own tally and, on SQLite, against SQL counts of the rows.
 */
describeEachBackend('adviser dashboard and accounts API', (backend) => {
  let t: AdviserTestApp;
  let data: SyntheticData;
  let admin: LoggedIn;
  const accounts = (): AdviserAccounts => new AdviserAccounts(t.app.storage.advisers, TEST_SCRYPT);

  beforeAll(async () => {
    await backend.reset();
    t = await startAdviserApp(backend.env());
    data = await seedSyntheticConversations(t.app.storage, t.clock.now);
    await accounts().upsert('conseiller@region-normandie.fr', PW, 'adviser');
    await accounts().upsert('editeur@region-normandie.fr', PW, 'editor');
    admin = await login(t.app);
  }, 60_000);
  afterAll(async () => {
    await t?.close();
  });

  const get = (url: string, s: LoggedIn): Promise<LightMyRequestResponse> => t.app.inject({ method: 'GET', url: `/api/adviser${url}`, headers: { cookie: s.cookie } });
  const post = (url: string, s: LoggedIn, payload: unknown): Promise<LightMyRequestResponse> =>
    t.app.inject({ method: 'POST', url: `/api/adviser${url}`, headers: { cookie: s.cookie, 'x-csrf-token': s.csrf }, payload: payload as object });
  const dashboard = async (days: number, s = admin): Promise<Dashboard> => {
    const r = await get(`/dashboard?days=${days}`, s);
    expect(r.statusCode, r.body).toBe(200);
    return r.json() as Dashboard;
  };
  const csv = async (url: string, s = admin): Promise<string[][]> => {
    const r = await get(url, s);
    expect(r.statusCode, r.body).toBe(200);
    expect(r.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(String(r.headers['content-disposition'])).toMatch(/^attachment; filename="[a-z0-9-]+\.csv"$/);
    return parseCsv(r.body, { bom: true }) as string[][];
  };

  describe('figures', () => {
    for (const days of [7, 30, 90] as const) {
      it(`over ${days} days, each chart's numbers are the fixture's tallies${backend.name === 'sqlite' ? ' and the SQL counts' : ''}`, async () => {
        const d = await dashboard(days);
        const period = periodOf(days, t.clock.now);
        expect(d.period).toEqual({ days, from: period.from, to: period.to });
        expect(d.activity.days.map((x) => x.day)).toEqual(period.list);
        const inRange = (day: string): boolean => day >= period.from && day <= period.to;
        for (const row of d.activity.days) {
          const events = data.usage.filter((e) => e.day === row.day);
          expect(row).toEqual({
            day: row.day,
            conversations: events.filter((e) => e.kind === 'conversation').length,
            messages: events.filter((e) => e.kind === 'message').length,
            fallbacks: events.filter((e) => e.kind === 'message' && e.fallback).length,
          });
        }
        const messages = data.usage.filter((e) => e.kind === 'message' && inRange(e.day));
        expect(d.activity.totals.messages).toBe(messages.length);
        const topicTally = new Map<string, number>();
        for (const e of messages) if (e.kind === 'message' && !e.fallback) topicTally.set(e.topic ?? '', (topicTally.get(e.topic ?? '') ?? 0) + 1);
        expect(Object.fromEntries(d.topics.map((x) => [x.topic, x.messages]))).toEqual(Object.fromEntries(topicTally));
        const votes = data.votes.filter((v) => inRange(parisDay(v.createdAt)));
        for (const v of d.content!.votes) {
          expect(v.down).toBe(votes.filter((x) => (x.topic ?? '') === v.topic && x.rating === 'down').length);
          expect(v.reasons.reduce((n, r) => n + r.count, 0)).toBe(votes.filter((x) => (x.topic ?? '') === v.topic && x.rating === 'down' && x.reason).length);
        }
        expect(d.content!.votes.reduce((n, v) => n + v.down, 0)).toBe(votes.filter((v) => v.rating === 'down').length);
        const questions = data.unanswered.filter((q) => inRange(parisDay(q.createdAt)));
        expect(d.content!.unanswered.reduce((n, g) => n + g.count, 0)).toBe(questions.length);

        if (backend.name === 'sqlite') {
          const db = sqliteOf(t.app.storage).db;
          const sql = (query: string, ...params: unknown[]): Record<string, number> =>
            Object.fromEntries((db.prepare(query).all(...params) as { k: string; n: number }[]).map((r) => [r.k, r.n]));
          const perDay = (metric: 'conversations' | 'messages' | 'fallbacks'): Record<string, number> =>
            Object.fromEntries(d.activity.days.filter((x) => x[metric] > 0).map((x) => [x.day, x[metric]]));
          expect(perDay('conversations')).toEqual(sql("SELECT day AS k, count(*) AS n FROM usage_events WHERE kind = 'conversation' AND day >= ? AND day <= ? GROUP BY day", period.from, period.to));
          expect(perDay('messages')).toEqual(sql("SELECT day AS k, count(*) AS n FROM usage_events WHERE kind = 'message' AND day >= ? AND day <= ? GROUP BY day", period.from, period.to));
          expect(perDay('fallbacks')).toEqual(sql("SELECT day AS k, count(*) AS n FROM usage_events WHERE fallback = 1 AND day >= ? AND day <= ? GROUP BY day", period.from, period.to));
          expect(Object.fromEntries(d.topics.map((x) => [x.topic, x.messages]))).toEqual(
            sql("SELECT coalesce(topic, '') AS k, count(*) AS n FROM usage_events WHERE kind = 'message' AND fallback = 0 AND day >= ? AND day <= ? GROUP BY k", period.from, period.to),
          );
          // Votes and questions carry instants: the period's Normandy days, from SQL's own time-zone-free count.
          const from = Date.parse(`${period.from}T00:00:00+01:00`);
          expect(Object.fromEntries(d.content!.votes.map((v) => [v.topic, v.down]))).toEqual(
            sql("SELECT coalesce(topic, '') AS k, count(*) AS n FROM feedback WHERE rating = 'down' AND created_at >= ? GROUP BY k", from),
          );
          expect(d.content!.unanswered.reduce((n, g) => n + g.count, 0)).toBe(db.prepare('SELECT count(*) FROM unanswered WHERE created_at >= ?').pluck().get(from));
        }
      });
    }

    it('the CSV exports hold the same numbers, and what people typed cannot run as a formula', async () => {
      const d = await dashboard(90);
      const activity = await csv('/dashboard/activite.csv?days=90');
      expect(activity[0]).toEqual(['jour', 'conversations', 'messages', 'incompris']);
      expect(activity.slice(1)).toEqual(d.activity.days.map((x) => [x.day, String(x.conversations), String(x.messages), String(x.fallbacks)]));
      const topics = await csv('/dashboard/sujets.csv?days=90');
      expect(topics.slice(1).map((r) => [r[1], Number(r[2])])).toEqual(d.topics.map((x) => [x.topic, x.messages]));
      const votes = await csv('/dashboard/avis-negatifs.csv?days=90');
      expect(votes.slice(1).map((r) => Number(r[2]))).toEqual(d.content!.votes.map((v) => v.down));
      const questions = await csv('/dashboard/questions-sans-reponse.csv?days=90');
      expect(questions.slice(1).map((r) => Number(r[1]))).toEqual(d.content!.unanswered.map((g) => g.count));
      const all = [...votes, ...questions].flat();
      expect(all.some((cell) => cell.includes('HYPERLINK'))).toBe(true);
      for (const cell of all) expect(cell).not.toMatch(/^\s*[=+\-@]/);
      // Examples are redacted: the fixture's name and phone number never reach the export.
      expect(questions.flat().join('\n')).not.toMatch(/Kevin|Durand|06 12 34 56 78/);
      for (const view of ['fiches-a-verifier', 'aides-qui-finissent']) expect((await csv(`/dashboard/${view}.csv?days=7`))[0]!.length).toBeGreaterThan(3);
    });

    it('lists the aids ending within 30 days of the clock from the knowledge', async () => {
      const k = t.app.knowledge.current.knowledge;
      const d = await dashboard(7);
      const today = d.period.to;
      const in30 = new Date(Date.parse(`${today}T00:00:00Z`) + 30 * 86_400_000).toISOString().slice(0, 10);
      expect(d.content!.endingAids.map((a) => a.id).sort()).toEqual(k.aids.filter((a) => a.valid_to && a.valid_to >= today && a.valid_to <= in30).map((a) => a.id).sort());
    });

    it('validates the period, the view and the filters', async () => {
      for (const bad of ['/dashboard?days=31', '/dashboard?days=7&days=30', '/dashboard?days=7&x=1', '/dashboard/activite.csv?days=abc']) {
        const r = await get(bad, admin);
        expect(r.statusCode, bad).toBe(400);
        expect(r.json()).toMatchObject({ error: { code: 'API_BAD_REQUEST' } });
      }
      expect((await get('/dashboard/../../feedback.csv', admin)).statusCode).not.toBe(200);
      expect((await get('/dashboard/secret.csv?days=7', admin)).statusCode).toBe(404);
      for (const bad of ['/audit?from=2026-12-05&to=2026-12-01', '/audit?from=2026-02-30', '/audit?action=drop', '/audit?who=' + 'x'.repeat(300)]) {
        expect((await get(bad, admin)).statusCode, bad).toBe(400);
      }
    });
  });

  describe('roles', () => {
    it('an adviser sees the activity only; the content, its exports, the accounts and the audit log are refused and audited', async () => {
      const adviser = await login(t.app, 'conseiller@region-normandie.fr', PW);
      const session = (await get('/session', adviser)).json() as { adviser: { role: string }; permissions: string[] };
      expect(session.adviser.role).toBe('adviser');
      expect(session.permissions).toEqual(['console', 'dashboard.activity']);
      const d = await dashboard(30, adviser);
      expect(d.content).toBeNull();
      expect((await get('/dashboard/activite.csv?days=30', adviser)).statusCode).toBe(200);
      for (const url of ['/dashboard/questions-sans-reponse.csv?days=30', '/feedback.csv', '/accounts', '/audit', '/audit.csv']) {
        const r = await get(url, adviser);
        expect(r.statusCode, url).toBe(403);
        expect(r.json()).toMatchObject({ error: { code: 'API_FORBIDDEN' } });
      }
      expect((await post('/accounts/1', adviser, { disabled: true })).statusCode).toBe(403);
      const denied = await new AuditLog(t.app.storage.audit).query({ who: 'conseiller@', action: 'access_denied' }, 20);
      expect(denied.map((r) => r.detail).sort()).toEqual(['accounts', 'accounts', 'audit', 'audit', 'dashboard.content', 'dashboard.content']);
    });

    it('an editor sees the content, not the accounts', async () => {
      const editor = await login(t.app, 'editeur@region-normandie.fr', PW);
      expect((await dashboard(30, editor)).content).not.toBeNull();
      expect((await get('/feedback.csv', editor)).statusCode).toBe(200);
      expect((await get('/accounts', editor)).statusCode).toBe(403);
    });
  });

  describe('accounts', () => {
    it('an admin disables an account: its open session gets 401 on the next request, and it cannot log in until re-enabled', async () => {
      const victim = await login(t.app, 'conseiller@region-normandie.fr', PW);
      expect((await get('/callbacks', victim)).statusCode).toBe(200);
      const list = (await get('/accounts', admin)).json() as { accounts: { id: number; email: string; role: string; disabled: boolean }[] };
      const target = list.accounts.find((a) => a.email === 'conseiller@region-normandie.fr')!;
      const r = await post(`/accounts/${target.id}`, admin, { disabled: true });
      expect(r.statusCode, r.body).toBe(200);
      expect(r.json()).toMatchObject({ account: { email: target.email, disabled: true } });
      const next = await get('/callbacks', victim);
      expect(next.statusCode).toBe(401);
      expect(next.json()).toMatchObject({ error: { code: 'API_UNAUTHENTICATED' } });
      const again = await t.app.inject({ method: 'POST', url: '/api/adviser/login', payload: { email: target.email, password: PW } });
      expect(again.statusCode).toBe(401);
      expect(again.json()).toMatchObject({ error: { code: 'API_BAD_CREDENTIALS' } });

      expect((await post(`/accounts/${target.id}`, admin, { disabled: false })).statusCode).toBe(200);
      const back = await login(t.app, target.email, PW);
      expect((await get('/callbacks', back)).statusCode).toBe(200);
      const rows = await new AuditLog(t.app.storage.audit).query({ who: EMAIL }, 50);
      expect(rows.filter((x) => x.action === 'account_disable' || x.action === 'account_enable').map((x) => [x.action, x.outcome, x.detail])).toEqual([
        ['account_enable', 'ok', target.email],
        ['account_disable', 'ok', target.email],
      ]);
    });

    it('a role change applies to open sessions at once; an admin never changes their own account or the last admin', async () => {
      const list = (await get('/accounts', admin)).json() as { accounts: { id: number; email: string }[] };
      const editorId = list.accounts.find((a) => a.email === 'editeur@region-normandie.fr')!.id;
      const editor = await login(t.app, 'editeur@region-normandie.fr', PW);
      expect((await post(`/accounts/${editorId}`, admin, { role: 'adviser' })).statusCode).toBe(200);
      expect((await get('/feedback.csv', editor)).statusCode).toBe(403);
      expect((await post(`/accounts/${editorId}`, admin, { role: 'editor' })).statusCode).toBe(200);

      const me = list.accounts.find((a) => a.email === EMAIL)!.id;
      const self = await post(`/accounts/${me}`, admin, { disabled: true });
      expect(self.statusCode).toBe(409);
      expect(self.json()).toMatchObject({ error: { code: 'API_ACCOUNT_CHANGE_REFUSED', detail: 'self' } });
      expect((await post(`/accounts/${me}`, admin, { role: 'adviser' })).json()).toMatchObject({ error: { detail: 'self' } });
      expect((await post('/accounts/999999', admin, { disabled: true })).statusCode).toBe(404);
      for (const bad of [{}, { disabled: 'yes' }, { role: 'root' }, { role: 'admin', disabled: true }, { disabled: true, extra: 1 }]) {
        expect((await post(`/accounts/${editorId}`, admin, bad)).statusCode, JSON.stringify(bad)).toBe(400);
      }
    });

    it('changing one’s password needs the old one; every other session ends, this browser gets a new one', async () => {
      const email = 'editeur@region-normandie.fr';
      const here = await login(t.app, email, PW);
      const elsewhere = await login(t.app, email, PW);
      const wrong = await post('/password', here, { currentPassword: 'pas le bon mot de passe', newPassword: 'un tout nouveau mot de passe' });
      expect(wrong.statusCode).toBe(403);
      expect(wrong.json()).toMatchObject({ error: { code: 'API_WRONG_PASSWORD' } });
      expect((await post('/password', here, { currentPassword: PW, newPassword: 'court' })).statusCode).toBe(400);
      expect((await post('/password', here, { currentPassword: PW })).statusCode).toBe(400);
      const noCsrf = await t.app.inject({ method: 'POST', url: '/api/adviser/password', headers: { cookie: here.cookie }, payload: { currentPassword: PW, newPassword: 'un tout nouveau mot de passe' } });
      expect(noCsrf.statusCode).toBe(403);

      const ok = await post('/password', here, { currentPassword: PW, newPassword: 'un tout nouveau mot de passe' });
      expect(ok.statusCode, ok.body).toBe(200);
      const cookie = ok.cookies.find((c) => c.name === 'adv_session')!;
      const fresh: LoggedIn = { cookie: `adv_session=${cookie.value}`, csrf: (ok.json() as { csrfToken: string }).csrfToken };
      expect((await get('/session', fresh)).statusCode).toBe(200);
      expect((await get('/session', here)).statusCode).toBe(401);
      expect((await get('/session', elsewhere)).statusCode).toBe(401);
      await expect(login(t.app, email, PW)).rejects.toThrow(/401/);
      await login(t.app, email, 'un tout nouveau mot de passe');
      const rows = await new AuditLog(t.app.storage.audit).query({ who: email, action: 'password_change' }, 10);
      expect(rows.map((r) => r.outcome)).toEqual(['ok', 'refused']);
    });

    it('the audit log lists every action with its filters, and exports them', async () => {
      const all = (await get('/audit', admin)).json() as { entries: { action: string; adviserEmail: string; at: string }[] };
      const actions = new Set(all.entries.map((e) => e.action));
      for (const a of ['login', 'login_failed', 'dashboard_view', 'dashboard_export', 'accounts_list', 'account_disable', 'account_enable', 'account_role', 'password_change', 'access_denied', 'feedback_export']) {
        expect(actions.has(a), a).toBe(true);
      }
      const filtered = (await get(`/audit?who=editeur&action=login&from=${parisDay(t.clock.now)}&to=${parisDay(t.clock.now)}`, admin)).json() as { entries: { action: string; adviserEmail: string }[] };
      expect(filtered.entries.length).toBeGreaterThan(0);
      expect(filtered.entries.every((e) => e.action === 'login' && e.adviserEmail === 'editeur@region-normandie.fr')).toBe(true);
      const before = (await get('/audit?to=2026-01-01', admin)).json() as { entries: unknown[] };
      expect(before.entries).toEqual([]);
      const rows = await csv('/audit.csv?action=account_disable');
      expect(rows[0]).toEqual(['quand', 'qui', 'action', 'libelle', 'reference', 'rappel', 'resultat', 'detail']);
      expect(rows.slice(1).every((r) => r[2] === 'account_disable' && r[3] === 'Compte désactivé')).toBe(true);
    });
  });
});
