import { afterEach, expect, it } from 'vitest';
import { ConversationRecords } from '../../src/services/conversation-records.js';
import { activityId } from '../../src/storage/activity-id.js';
import { runInTurn } from '../../src/storage/turn-unit.js';
import type { CommittedBatch, Storage } from '../../src/storage/types.js';
import { describeEachBackend, openTestStorage, type OpenedStorage } from '../support/backends.js';
import { everythingStored } from '../support/inspect.js';

/** The same storage contract, on each back end: what the rest of the service relies on. */
describeEachBackend('storage contract', (backend) => {
  const opened: OpenedStorage[] = [];
  afterEach(async () => {
    for (const o of opened.splice(0)) await o.close();
  });
  const open = async (now?: () => number): Promise<Storage> => {
    const o = await openTestStorage(backend, {}, now);
    opened.push(o);
    return o.storage;
  };
  const KEY = (c: string) => `directline/conversations/${c}/`;

  it('state: reads what it wrote with an eTag; a stale eTag conflicts; "*" and none win; delete', async () => {
    const { state } = await open();
    await state.write({ k: { a: 1, nested: { b: [1, 2] } } });
    const first = (await state.read(['k', 'missing']))['k'];
    expect(first).toMatchObject({ a: 1, nested: { b: [1, 2] } });
    expect(typeof first?.eTag).toBe('string');
    expect(Object.keys(await state.read(['k', 'missing']))).toEqual(['k']);
    const second = (await state.read(['k']))['k'];
    await state.write({ k: { ...first, a: 2 } });
    await expect(state.write({ k: { ...second, a: 3 } })).rejects.toMatchObject({ code: 'BOT_STATE_CONFLICT' });
    expect((await state.read(['k']))['k']).toMatchObject({ a: 2 });
    await state.write({ k: { a: 4, eTag: '*' } });
    await state.write({ k: { a: 5 } });
    expect((await state.read(['k']))['k']).toMatchObject({ a: 5 });
    await state.delete(['k']);
    expect(await state.read(['k'])).toEqual({});
  });

  it('state in a turn: staged (read-your-writes), committed with the turn, and a conflict at commit writes nothing', async () => {
    const storage = await open();
    const { state, history } = storage;
    await history.createConversation('c1', 'u1', true);
    await state.write({ [KEY('c1')]: { v: 0 } });
    const unit = storage.newUnit('c1');
    await runInTurn(unit, [KEY('c1')], async () => {
      const item = (await state.read([KEY('c1')]))[KEY('c1')];
      await state.write({ [KEY('c1')]: { ...item, v: 1 } });
      expect((await state.read([KEY('c1')]))[KEY('c1')]).toMatchObject({ v: 1 });
      history.stageAppend(unit, 1, { type: 'message', text: 'un' });
    });
    // Not committed yet: another writer gets there first, so the turn's commit fails as a whole.
    expect((await state.read([KEY('c1')]))[KEY('c1')]).toMatchObject({ v: 0 });
    await state.write({ [KEY('c1')]: { v: 99, eTag: '*' } });
    await expect(unit.flush()).rejects.toMatchObject({ code: 'BOT_STATE_CONFLICT' });
    expect((await state.read([KEY('c1')]))[KEY('c1')]).toMatchObject({ v: 99 });
    expect(await history.listActivities('c1')).toEqual([]);
  });

  it('history: increasing ids, pages after a watermark, idempotent client ids, fan-out after commit only', async () => {
    const storage = await open();
    const { history, fanOut } = storage;
    await history.createConversation('c1', 'u1', false);
    expect(await history.getConversation('c1')).toMatchObject({ id: 'c1', userId: 'u1', started: false, lastSeq: 0 });
    expect(await history.getConversation('nope')).toBeUndefined();
    const seen: CommittedBatch[] = [];
    const unsubscribe = await fanOut.subscribe('c1', (b) => seen.push(b));
    const ids = await Promise.all(['a', 'b', 'c'].map((text) => history.append('c1', { type: 'message', text })));
    expect(ids).toEqual([activityId('c1', 1), activityId('c1', 2), activityId('c1', 3)]);
    const page = await history.activitySet('c1', 1);
    expect(JSON.parse(page.body)).toMatchObject({ watermark: '3', activities: [{ text: 'b' }, { text: 'c' }] });
    expect(page.watermark).toBe(3);
    expect(JSON.parse((await history.activitySet('c1', 3)).body)).toEqual({ activities: [], watermark: '3' });
    await expect.poll(() => seen.flatMap((b) => b.seqs)).toEqual([1, 2, 3]);
    expect(seen.flatMap((b) => b.jsons.map((j) => (JSON.parse(j) as { text: string }).text))).toEqual(['a', 'b', 'c']);

    // A turn with a client id: a retry finds it.
    const unit = storage.newUnit('c1');
    history.stageAppend(unit, 4, { type: 'message', text: 'd', id: activityId('c1', 4) }, 'client-4');
    history.stageStarted(unit);
    expect((await history.beginTurn('c1', 'client-4')).duplicateSeq).toBeUndefined();
    await unit.flush();
    const start = await history.beginTurn('c1', 'client-4');
    expect(start.duplicateSeq).toBe(4);
    expect(start.conversation).toMatchObject({ started: true, lastSeq: 4 });
    // Redis delivers a published batch after the commit resolves: wait for it, or the
    // unsubscribe below would race it (seen once under CI load).
    await expect.poll(() => seen.flatMap((b) => b.seqs)).toEqual([1, 2, 3, 4]);
    unsubscribe();
    await history.append('c1', { type: 'message', text: 'e' });
    await new Promise((r) => setTimeout(r, 50));
    expect(seen.flatMap((b) => b.seqs)).toEqual([1, 2, 3, 4]);
  });

  it('history: a full page ends at its last seq, so a client asks again', async () => {
    const storage = await open();
    await storage.history.createConversation('long', 'u', true);
    const unit = storage.newUnit('long');
    for (let seq = 1; seq <= 520; seq++) storage.history.stageAppend(unit, seq, { type: 'message', text: `m${seq}` });
    await unit.flush();
    const first = await storage.history.activitySet('long', 0);
    expect(first.watermark).toBe(500);
    expect((JSON.parse(first.body) as { activities: unknown[] }).activities).toHaveLength(500);
    const rest = await storage.history.activitySet('long', first.watermark);
    expect(rest.watermark).toBe(520);
    expect((await storage.history.listActivities('long')).map((a) => a['text'])).toHaveLength(520);
  });

  it('erasing a conversation deletes its transcript, state, reference code, callbacks and feedback, and keeps ids increasing', async () => {
    const storage = await open();
    const records = new ConversationRecords(storage);
    const { history, state } = storage;
    await history.createConversation('c1', 'u1', true);
    await history.createConversation('c10', 'u2', true);
    await state.write({ [KEY('c1')]: { secret: 'dans la Manche' }, [KEY('c10')]: { other: true } });
    await history.append('c1', { type: 'message', text: 'mon secret à Cherbourg' });
    const code = await records.referenceCode('c1');
    await records.setSharing('c1', true, { town: 'Cherbourg' });
    await records.createCallback({ conversationId: 'c1', referenceCode: code, firstName: 'Zoé', phone: '0611223344', timeSlot: 'Le matin' });
    await records.recordFeedback({ conversationId: 'c1', replyToId: null, rating: 'down', reason: 'faux', question: 'Cherbourg ?', topic: 'x' });

    await records.forgetConversation('c1');
    await history.deleteConversation('c1');
    expect(await history.listActivities('c1')).toEqual([]);
    expect(await state.read([KEY('c1')])).toEqual({});
    // Only c1's state went, not the one of c10 that shares the prefix "c1".
    expect(await state.read([KEY('c10')])).toHaveProperty([KEY('c10')]);
    expect(await records.byCode(code)).toBeUndefined();
    expect(await records.listCallbacks()).toEqual([]);
    expect(await records.feedback()).toEqual([]);
    const stored = await everythingStored(storage);
    for (const trace of ['Cherbourg', '0611223344', 'Zoé', 'dans la Manche']) expect(stored).not.toContain(trace);
    expect(await history.append('c1', { type: 'message', text: 'après' })).toBe(activityId('c1', 2));
  });

  it('tokens: found by hash until they expire', async () => {
    const { tokens } = await open();
    const grant = { conversationId: 'c1', userId: undefined, expiresAt: Date.now() + 60_000 };
    await tokens.save('hash-1', grant);
    expect(await tokens.find('hash-1')).toEqual(grant);
    expect(await tokens.find('hash-2')).toBeUndefined();
  });

  it('lock: turns of one conversation run one at a time, in order; others run alongside', async () => {
    const { lock } = await open();
    const log: string[] = [];
    const job = (key: string, n: number, ms: number) =>
      lock.run(key, async () => {
        log.push(`start ${key}${n}`);
        await new Promise((r) => setTimeout(r, ms));
        log.push(`end ${key}${n}`);
      });
    await Promise.all([job('a', 1, 40), job('a', 2, 1), job('b', 1, 1)]);
    expect(log.indexOf('start a2')).toBeGreaterThan(log.indexOf('end a1'));
    expect(log.indexOf('end b1')).toBeLessThan(log.indexOf('end a1'));
    expect(lock.busy).toBe(0);
  });

  it('callbacks: created, listed by status, closed; closed ones purged after the retention by the service clock', async () => {
    let now = Date.UTC(2026, 10, 27, 9);
    const storage = await open(() => now);
    const records = new ConversationRecords(storage, () => now);
    const open1 = await records.createCallback({ conversationId: 'a', referenceCode: null, firstName: 'A', phone: '0600000001', timeSlot: 'matin' });
    now += 1000;
    const done = await records.createCallback({ conversationId: 'b', referenceCode: 'K7M49Q', firstName: 'B', phone: '0600000002', timeSlot: 'soir' });
    expect(done).toBeGreaterThan(open1);
    expect(await records.setCallbackStatus(done, 'done')).toBe(true);
    expect(await records.setCallbackStatus(999_999, 'done')).toBe(false);
    expect((await records.listCallbacks()).map((c) => c.firstName)).toEqual(['A', 'B']);
    expect((await records.listCallbacks('new')).map((c) => c.id)).toEqual([open1]);
    expect(await records.getCallback(done)).toMatchObject({ status: 'done', referenceCode: 'K7M49Q', closedAt: now });
    const policy = { transcriptDays: 30, callbackDays: 7, auditDays: 365, loginWindowMs: 86_400_000 };
    await storage.purge(now + 6 * 86_400_000, policy);
    expect(await records.getCallback(done)).toBeDefined();
    await storage.purge(now + 8 * 86_400_000, policy);
    expect(await records.getCallback(done)).toBeUndefined();
    expect(await records.getCallback(open1)).toBeDefined();
  });

  it('reference codes: one per conversation, found however typed, summary only with consent', async () => {
    const storage = await open();
    const records = new ConversationRecords(storage);
    const code = await records.referenceCode('c1');
    expect(code).toMatch(/^[346789A-HJKMNP-RTUVWXY]{6}$/);
    expect(await records.referenceCode('c1')).toBe(code);
    expect(await records.referenceCode('c2')).not.toBe(code);
    await records.refreshSummary('c1', { age: 17 });
    expect(await records.byCode(code)).toMatchObject({ conversationId: 'c1', consent: false, summary: null });
    await records.setSharing('c1', true, { age: 17 });
    await records.refreshSummary('c1', { age: 18 });
    expect(await records.byCode(`${code.slice(0, 3).toLowerCase()} ${code.slice(3)}`)).toMatchObject({ consent: true, summary: { age: 18 } });
    await records.setSharing('c1', false, null);
    expect(await records.byCode(code)).toMatchObject({ consent: false, summary: null });
    expect(await records.byCode('XXXXXX')).toBeUndefined();
  });

  it('advisers: accounts by e-mail, sessions by hash, a new password ends the sessions; failed logins; audit newest first', async () => {
    const { advisers, sessions, loginFailures, audit } = await open();
    const id = await advisers.create('a@b.fr', 'hash-1', 1);
    await expect(advisers.create('a@b.fr', 'hash-2', 2)).rejects.toBeDefined();
    // A new account is an adviser, enabled (roles and disabling: tests/storage/dashboard-stores.test.ts).
    expect(await advisers.findByEmail('a@b.fr')).toEqual({ id, email: 'a@b.fr', passwordHash: 'hash-1', role: 'adviser', disabled: false, createdAt: 1 });
    expect(await advisers.count()).toBe(1);
    const now = Date.now();
    await sessions.create('s1', { adviserId: id, csrfToken: 'csrf', createdAt: now, expiresAt: now + 60_000 });
    expect(await sessions.get('s1')).toEqual({ adviserId: id, csrfToken: 'csrf', createdAt: now, expiresAt: now + 60_000 });
    await sessions.touch('s1', now + 1000, now + 61_000);
    expect((await sessions.get('s1'))?.expiresAt).toBe(now + 61_000);
    await advisers.setPassword(id, 'hash-3', 3);
    expect(await sessions.get('s1')).toBeUndefined();
    expect((await advisers.byId(id))?.passwordHash).toBe('hash-3');

    // An attempt is counted when it is let through (before its password is checked); the sixth within the window waits.
    const limits = { maxPerEmail: 5, maxPerIp: 30, windowMs: 900_000 };
    for (let i = 0; i < 4; i++) expect(await loginFailures.reserve('a@b.fr', '10.0.0.1', 1000 + i, limits)).toMatchObject({ allowed: true });
    expect(await loginFailures.recent('email', 'a@b.fr', 1000, 5)).toEqual([1003, 1002, 1001]);
    expect(await loginFailures.recent('ip', '10.0.0.1', 0, 2)).toEqual([1003, 1002]);
    expect(await loginFailures.reserve('a@b.fr', '10.0.0.1', 1004, limits)).toMatchObject({ allowed: true });
    expect(await loginFailures.reserve('a@b.fr', '10.0.0.2', 1005, limits)).toEqual({ allowed: false, retryAfter: 900 });
    await loginFailures.clearEmail('a@b.fr');
    expect(await loginFailures.recent('email', 'a@b.fr', 0, 5)).toEqual([]);
    // The IP's count stays: a sprayer who knows one password does not reset it.
    expect(await loginFailures.recent('ip', '10.0.0.1', 0, 10)).toHaveLength(5);
    // A success takes its own attempt back and clears the address.
    const ok = await loginFailures.reserve('c@d.fr', '10.0.0.3', 2000, limits);
    if (!ok.allowed) throw new Error('refused');
    await loginFailures.succeeded(ok.id, 'c@d.fr', '10.0.0.3');
    expect(await loginFailures.recent('ip', '10.0.0.3', 0, 10)).toEqual([]);
    expect(await loginFailures.recent('email', 'c@d.fr', 0, 10)).toEqual([]);

    const row = { adviserId: id, adviserEmail: 'a@b.fr', referenceCode: null, callbackId: null, outcome: 'ok', detail: null } as const;
    await audit.append({ ...row, at: 1, action: 'login' });
    await audit.append({ ...row, at: 2, action: 'logout' });
    const lines = await audit.list(10);
    expect(lines.map((l) => l.action)).toEqual(['logout', 'login']);
    expect(lines[0]?.id).toBeGreaterThan(lines[1]?.id ?? Infinity);
  });

  it('feedback and unanswered questions are kept in order', async () => {
    const storage = await open();
    await storage.unanswered.record({ question: 'q1', createdAt: 1 }, 'hash-a');
    await storage.unanswered.record({ question: 'q2', createdAt: 2 }, 'hash-b');
    await storage.unanswered.record({ question: 'q3', createdAt: 3 }, 'hash-a');
    expect(await storage.unanswered.all()).toEqual([
      { question: 'q1', createdAt: 1 },
      { question: 'q2', createdAt: 2 },
      { question: 'q3', createdAt: 3 },
    ]);
    // Erasing a conversation erases its questions (found by the hash of its id), and only those.
    await storage.unanswered.deleteConversation('hash-a');
    expect(await storage.unanswered.all()).toEqual([{ question: 'q2', createdAt: 2 }]);
    const entry = { conversationId: 'c', replyToId: null, rating: 'up' as const, reason: null, question: 'q', topic: null, createdAt: 3 };
    await storage.feedback.record(entry);
    await storage.feedback.record({ ...entry, rating: 'down', createdAt: 4 });
    expect((await storage.feedback.all()).map((f) => f.rating)).toEqual(['up', 'down']);
  });

  it('reports its health', async () => {
    const storage = await open();
    expect(await storage.health()).toMatchObject({ backend: backend.name, ok: true });
    expect(storage.available).toBe(true);
  });
});
