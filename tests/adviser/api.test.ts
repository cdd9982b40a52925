import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditLog } from '../../src/adviser/audit.js';
import { describeEachBackend } from '../support/backends.js';
import { storedSessionIds } from '../support/inspect.js';
import { EMAIL, PASSWORD, PHONE, login, startAdviserApp, type AdviserTestApp } from './helpers.js';

describeEachBackend('adviser API', (backend) => {
  let t: AdviserTestApp;

  beforeAll(async () => {
    await backend.reset();
    t = await startAdviserApp(backend.env());
  });
  afterAll(async () => {
    await t?.close();
  });

  const audit = (): ReturnType<AuditLog['list']> => new AuditLog(t.app.storage.audit).list();

  /** A conversation with a reference code, a transcript and (optionally) the consent to share it. */
  async function seedConversation(id: string, consent: boolean, transcriptConsent = consent): Promise<string> {
    const history = t.app.storage.history;
    await history.createConversation(id, 'user-1', true);
    await history.append(id, { type: 'message', from: { id: 'user-1', role: 'user' }, text: "j'ai 17 ans, je veux être boulanger" });
    await history.append(id, { type: 'message', from: { id: 'bot', role: 'bot' }, text: 'Voici les diplômes qui y mènent.' });
    const code = await t.records.referenceCode(id);
    await t.records.setSharing(id, consent, { persona: 'jeune', age: 17, town: 'Caen', trade: 'Boulanger / Boulangère', aids_shown: [] });
    await t.records.setTranscriptSharing(id, transcriptConsent);
    return code;
  }

  function cookieOf(r: LightMyRequestResponse): string | undefined {
    const raw = r.headers['set-cookie'];
    return Array.isArray(raw) ? raw[0] : raw;
  }

  describe('adviser API: authentication', () => {
    it('answers 401 on every route without a session (unknown paths included)', async () => {
      const routes: [string, string][] = [
        ['GET', '/api/adviser/session'],
        ['GET', '/api/adviser/search?q=salaire'],
        ['GET', '/api/adviser/answers/faq:age-minimum'],
        ['GET', '/api/adviser/conversations/K7M49Q'],
        ['GET', '/api/adviser/callbacks'],
        ['POST', '/api/adviser/callbacks/1/status'],
        ['GET', '/api/adviser/feedback.csv'],
        ['POST', '/api/adviser/logout'],
        ['GET', '/api/adviser/does-not-exist'],
        ['DELETE', '/api/adviser/callbacks/1'],
      ];
      for (const [method, url] of routes) {
        const r = await t.app.inject({ method: method as 'GET', url, ...(method === 'POST' ? { payload: { status: 'done' } } : {}) });
        expect(r.statusCode, `${method} ${url}`).toBe(401);
        expect(r.json()).toMatchObject({ error: { code: 'API_UNAUTHENTICATED' } });
      }
      // A forged or random cookie is no session either.
      const forged = await t.app.inject({ method: 'GET', url: '/api/adviser/callbacks', headers: { cookie: 'adv_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' } });
      expect(forged.statusCode).toBe(401);
    });

    it('logs in with an HttpOnly, SameSite=Strict session cookie scoped to the API, and no-store responses', async () => {
      const r = await t.app.inject({ method: 'POST', url: '/api/adviser/login', payload: { email: 'Conseillere@Region-Normandie.fr ', password: PASSWORD } });
      expect(r.statusCode).toBe(200);
      const cookie = cookieOf(r) ?? '';
      expect(cookie).toMatch(/^adv_session=[\w-]{43};/);
      expect(cookie).toContain('HttpOnly');
      expect(cookie).toContain('SameSite=Strict');
      expect(cookie).toContain('Path=/api/adviser');
      expect(cookie).not.toContain('Secure');
      expect(r.headers['cache-control']).toBe('no-store');
      const body = r.json() as { csrfToken: string; adviser: { email: string } };
      expect(body.adviser.email).toBe(EMAIL);
      expect(body.csrfToken).toMatch(/^[\w-]{43}$/);
      // Storage keeps only a hash of the session id.
      const id = /^adv_session=([\w-]+)/.exec(cookie)?.[1] ?? '';
      const stored = await storedSessionIds(t.app);
      expect(stored.length).toBeGreaterThan(0);
      expect(stored).not.toContain(id);
    });

    it('refuses a wrong password and an unknown address alike, and audits both', async () => {
      const wrong = await t.app.inject({ method: 'POST', url: '/api/adviser/login', payload: { email: EMAIL, password: 'pas le bon mot de passe' } });
      const unknown = await t.app.inject({ method: 'POST', url: '/api/adviser/login', payload: { email: 'inconnu@example.fr', password: PASSWORD } });
      expect([wrong.statusCode, unknown.statusCode]).toEqual([401, 401]);
      expect(wrong.json()).toEqual(unknown.json());
      expect(cookieOf(wrong)).toBeUndefined();
      const failed = (await audit()).filter((e) => e.action === 'login_failed').map((e) => e.adviserEmail);
      expect(failed).toEqual(expect.arrayContaining([EMAIL, 'inconnu@example.fr']));
      // Success clears the address's failures, so these do not count towards the lock-out test below.
      await login(t.app);
    });

    it('locks an address out after 5 failures in 15 minutes (429 + Retry-After), even with the right password', async () => {
      const email = 'verrou@region-normandie.fr';
      const { AdviserAccounts } = await import('../../src/adviser/accounts.js');
      await new AdviserAccounts(t.app.storage.advisers, { N: 1024, r: 8, p: 1 }).upsert(email, PASSWORD);
      for (let i = 0; i < 5; i++) {
        const r = await t.app.inject({ method: 'POST', url: '/api/adviser/login', payload: { email, password: `mauvais ${i}` } });
        expect(r.statusCode).toBe(401);
        t.clock.now += 1000;
      }
      const locked = await t.app.inject({ method: 'POST', url: '/api/adviser/login', payload: { email, password: PASSWORD } });
      expect(locked.statusCode).toBe(429);
      expect(locked.json()).toMatchObject({ error: { code: 'API_LOCKED' } });
      const retry = Number(locked.headers['retry-after']);
      expect(retry).toBeGreaterThan(800);
      expect(retry).toBeLessThanOrEqual(900);
      expect((await audit())[0]).toMatchObject({ action: 'login_locked', adviserEmail: email, outcome: 'refused' });
      // Other accounts are not affected.
      expect((await t.app.inject({ method: 'POST', url: '/api/adviser/login', payload: { email: EMAIL, password: PASSWORD } })).statusCode).toBe(200);
      // Once the oldest failure leaves the window, the right password works again.
      t.clock.now += retry * 1000;
      const after = await t.app.inject({ method: 'POST', url: '/api/adviser/login', payload: { email, password: PASSWORD } });
      expect(after.statusCode).toBe(200);
    });

    it('ends the session on logout and after an hour without use', async () => {
      const s = await login(t.app);
      const ok = await t.app.inject({ method: 'GET', url: '/api/adviser/session', headers: { cookie: s.cookie } });
      expect(ok.statusCode).toBe(200);
      const out = await t.app.inject({ method: 'POST', url: '/api/adviser/logout', headers: { cookie: s.cookie, 'x-csrf-token': s.csrf } });
      expect(out.statusCode).toBe(204);
      expect(cookieOf(out)).toMatch(/^adv_session=;/);
      expect((await t.app.inject({ method: 'GET', url: '/api/adviser/session', headers: { cookie: s.cookie } })).statusCode).toBe(401);

      const idle = await login(t.app);
      t.clock.now += 59 * 60_000;
      expect((await t.app.inject({ method: 'GET', url: '/api/adviser/session', headers: { cookie: idle.cookie } })).statusCode).toBe(200);
      t.clock.now += 61 * 60_000;
      expect((await t.app.inject({ method: 'GET', url: '/api/adviser/session', headers: { cookie: idle.cookie } })).statusCode).toBe(401);
    });

    it('sets Secure on the cookie when COOKIE_SECURE is on', async () => {
      const secure = await startAdviserApp({ ...backend.env(), COOKIE_SECURE: 'true' });
      try {
        const r = await secure.app.inject({ method: 'POST', url: '/api/adviser/login', payload: { email: EMAIL, password: PASSWORD } });
        expect(cookieOf(r)).toContain('Secure');
      } finally {
        await secure.close();
      }
    });
  });

  describe('adviser API: CSRF', () => {
    it('refuses a state change without the session\'s CSRF token, with a wrong one, or from another site', async () => {
      const s = await login(t.app);
      const id = await t.records.createCallback({ conversationId: 'csrf-conv', referenceCode: null, firstName: 'Léa', phone: PHONE, timeSlot: 'Le matin' });
      const url = `/api/adviser/callbacks/${id}/status`;
      const base = { method: 'POST' as const, url, payload: { status: 'done' } };
      const none = await t.app.inject({ ...base, headers: { cookie: s.cookie } });
      const wrong = await t.app.inject({ ...base, headers: { cookie: s.cookie, 'x-csrf-token': 'x'.repeat(43) } });
      const other = await login(t.app);
      const otherSessions = await t.app.inject({ ...base, headers: { cookie: s.cookie, 'x-csrf-token': other.csrf } });
      const crossSite = await t.app.inject({ ...base, headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, origin: 'https://evil.example' } });
      const fetchMeta = await t.app.inject({ ...base, headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'sec-fetch-site': 'cross-site' } });
      for (const r of [none, wrong, otherSessions, crossSite, fetchMeta]) {
        expect(r.statusCode).toBe(403);
        expect(r.json()).toMatchObject({ error: { code: 'API_CSRF' } });
      }
      expect((await t.records.getCallback(id))?.status).toBe('new');
      // The console's own origin is the configured one (HOST:PORT here), not whatever the Host header says.
      const good = await t.app.inject({ ...base, headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, origin: 'http://127.0.0.1:3978' } });
      expect(good.statusCode).toBe(200);
      expect((await t.records.getCallback(id))?.status).toBe('done');
    });

    it('refuses a login posted from a rebound domain whose Origin matches the forged Host', async () => {
      const r = await t.app.inject({
        method: 'POST',
        url: '/api/adviser/login',
        headers: { host: 'evil.example:3978', origin: 'http://evil.example:3978' },
        payload: { email: EMAIL, password: PASSWORD },
      });
      expect(r.statusCode).toBe(403);
      expect(r.json()).toMatchObject({ error: { code: 'API_CSRF' } });
    });

    it('refuses a login posted from another site', async () => {
      const r = await t.app.inject({ method: 'POST', url: '/api/adviser/login', headers: { origin: 'https://evil.example' }, payload: { email: EMAIL, password: PASSWORD } });
      expect(r.statusCode).toBe(403);
      expect(cookieOf(r)).toBeUndefined();
    });
  });

  describe('adviser API: conversations, callbacks, audit, retention', () => {
    it('shows summary and transcript for a consented code (typed any way), 404 without consent, and audits each access', async () => {
      const s = await login(t.app);
      const shared = await seedConversation('conv-shared', true);
      const secret = await seedConversation('conv-secret', false);
      const spaced = `${shared.slice(0, 3).toLowerCase()} ${shared.slice(3)}`;
      const r = await t.app.inject({ method: 'GET', url: `/api/adviser/conversations/${encodeURIComponent(spaced)}`, headers: { cookie: s.cookie } });
      expect(r.statusCode).toBe(200);
      const body = r.json() as { code: string; summary: Record<string, unknown>; transcript: { from: string; text: string }[] };
      expect(body.code).toBe(shared);
      expect(body.summary).toMatchObject({ age: 17, town: 'Caen' });
      expect(body.transcript.map((l) => l.from)).toEqual(['user', 'bot']);
      expect(body.transcript[0]?.text).toContain('boulanger');
      expect((await audit())[0]).toMatchObject({ action: 'conversation_view', referenceCode: shared, outcome: 'ok', adviserEmail: EMAIL });

      const denied = await t.app.inject({ method: 'GET', url: `/api/adviser/conversations/${secret}`, headers: { cookie: s.cookie } });
      const unknown = await t.app.inject({ method: 'GET', url: '/api/adviser/conversations/XXXXXX', headers: { cookie: s.cookie } });
      expect([denied.statusCode, unknown.statusCode]).toEqual([404, 404]);
      // Nothing tells a code without consent from a code that does not exist.
      expect(denied.body).toBe(unknown.body);
      expect(denied.body).not.toContain('Caen');
      expect((await audit()).slice(0, 2)).toMatchObject([
        { action: 'conversation_view', referenceCode: 'XXXXXX', outcome: 'not_found' },
        { action: 'conversation_view', referenceCode: secret, outcome: 'no_consent' },
      ]);
      // Withdrawn consent hides it again.
      await t.records.setSharing('conv-shared', false, null);
      expect((await t.app.inject({ method: 'GET', url: `/api/adviser/conversations/${shared}`, headers: { cookie: s.cookie } })).statusCode).toBe(404);
    });

    it('shows only the summary when the person agreed to the summary and not to the messages', async () => {
      const s = await login(t.app);
      const code = await seedConversation('conv-summary-only', true, false);
      const r = await t.app.inject({ method: 'GET', url: `/api/adviser/conversations/${code}`, headers: { cookie: s.cookie } });
      expect(r.statusCode).toBe(200);
      const body = r.json() as { summary: Record<string, unknown>; transcript: unknown; transcriptShared: boolean };
      expect(body.summary).toMatchObject({ age: 17, town: 'Caen' });
      expect(body.transcriptShared).toBe(false);
      expect(body.transcript).toBeNull();
      // The person's words are not in the answer at all.
      expect(r.body).not.toContain('boulanger, ');
      expect(r.body).not.toContain('je veux être');
      expect((await audit())[0]).toMatchObject({ action: 'conversation_view', referenceCode: code, outcome: 'ok', detail: 'summary' });
    });

    it('lists callbacks by status with the phone number, audits status changes, and purges closed ones after 7 days', async () => {
      const s = await login(t.app);
      const id = await t.records.createCallback({ conversationId: 'cb-conv', referenceCode: 'K7M49Q', firstName: 'Noé', phone: '0798765432', timeSlot: "L'après-midi" });
      const list = await t.app.inject({ method: 'GET', url: '/api/adviser/callbacks?status=new', headers: { cookie: s.cookie } });
      const callbacks = (list.json() as { callbacks: { id: number; phone: string; status: string }[] }).callbacks;
      expect(callbacks.find((c) => c.id === id)).toMatchObject({ phone: '0798765432', status: 'new' });
      expect(callbacks.every((c) => c.status === 'new')).toBe(true);
      expect((await audit())[0]).toMatchObject({ action: 'callbacks_list' });

      const bad = await t.app.inject({ method: 'POST', url: `/api/adviser/callbacks/${id}/status`, headers: { cookie: s.cookie, 'x-csrf-token': s.csrf }, payload: { status: 'archived' } });
      expect(bad.statusCode).toBe(400);
      const missing = await t.app.inject({ method: 'POST', url: '/api/adviser/callbacks/999999/status', headers: { cookie: s.cookie, 'x-csrf-token': s.csrf }, payload: { status: 'done' } });
      expect(missing.statusCode).toBe(404);

      for (const status of ['in_progress', 'done'] as const) {
        const r = await t.app.inject({ method: 'POST', url: `/api/adviser/callbacks/${id}/status`, headers: { cookie: s.cookie, 'x-csrf-token': s.csrf }, payload: { status } });
        expect(r.statusCode).toBe(200);
        expect(r.json()).toMatchObject({ callback: { id, status } });
      }
      const entries = (await audit()).filter((e) => e.action === 'callback_status' && e.callbackId === id);
      expect(entries.map((e) => e.detail)).toEqual(['in_progress->done', 'new->in_progress']);
      expect(entries[0]).toMatchObject({ adviserEmail: EMAIL, referenceCode: 'K7M49Q', outcome: 'ok' });
      // The audit log names the callback, never the phone number.
      const auditText = JSON.stringify(await audit());
      expect(auditText).not.toContain('0798765432');

      const open = await t.records.createCallback({ conversationId: 'cb-open', referenceCode: null, firstName: 'Inès', phone: PHONE, timeSlot: 'Le matin' });
      await t.app.retention.purgeNow(t.clock.now + 6 * 86_400_000);
      expect(await t.records.getCallback(id)).toBeDefined();
      await t.app.retention.purgeNow(t.clock.now + 7 * 86_400_000 + 60_000);
      expect(await t.records.getCallback(id)).toBeUndefined();
      // Open requests are never purged by age.
      expect(await t.records.getCallback(open)).toBeDefined();
    });

    it('searches and opens answers by permalink', async () => {
      const s = await login(t.app);
      const r = await t.app.inject({ method: 'GET', url: `/api/adviser/search?q=${encodeURIComponent('salaire apprenti 17 ans')}`, headers: { cookie: s.cookie } });
      expect(r.statusCode).toBe(200);
      const first = (r.json() as { results: { id: string; plain: string }[] }).results[0];
      expect(first?.id).toBe('salary:17');
      const byId = await t.app.inject({ method: 'GET', url: `/api/adviser/answers/${first?.id}`, headers: { cookie: s.cookie } });
      expect(byId.json()).toMatchObject({ id: 'salary:17', plain: first?.plain });
      expect((await t.app.inject({ method: 'GET', url: '/api/adviser/answers/faq:nope', headers: { cookie: s.cookie } })).statusCode).toBe(404);
      expect((await t.app.inject({ method: 'GET', url: '/api/adviser/search?q=', headers: { cookie: s.cookie } })).statusCode).toBe(400);
    });

    it('exports feedback as a CSV attachment, formula-safe', async () => {
      const s = await login(t.app);
      await t.records.recordUnanswered('=HYPERLINK("https://evil.example","clic")', 'conv-csv');
      const r = await t.app.inject({ method: 'GET', url: '/api/adviser/feedback.csv', headers: { cookie: s.cookie } });
      expect(r.statusCode).toBe(200);
      expect(r.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(r.headers['content-disposition']).toMatch(/^attachment; filename="retours-\d{4}-\d{2}-\d{2}\.csv"$/);
      expect(r.body).toContain(`"'=HYPERLINK(""https://evil.example"",""clic"")"`);
      expect((await audit())[0]).toMatchObject({ action: 'feedback_export' });
    });
  });

  describe('console page', () => {
    it('is served under /conseiller/ with a strict CSP and no framing', async () => {
      const page = await t.app.inject({ method: 'GET', url: '/conseiller/' });
      expect(page.statusCode).toBe(200);
      expect(page.headers['content-security-policy']).toContain("script-src 'self'");
      expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(page.headers['content-security-policy']).not.toContain('unsafe-inline');
      expect(page.headers['x-frame-options']).toBe('DENY');
      expect(page.body).toContain('<html lang="fr">');
      expect(page.body).not.toMatch(/<script>(?!<\/script>)|style="/);
      const js = await t.app.inject({ method: 'GET', url: '/conseiller/console.js' });
      expect(js.statusCode).toBe(200);
      expect(js.headers['content-type']).toContain('javascript');
      expect(js.body).not.toContain('innerHTML');
      expect((await t.app.inject({ method: 'GET', url: '/conseiller' })).statusCode).toBe(301);
    });
  });
});
