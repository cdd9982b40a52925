import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Storage } from '../../src/storage/types.js';
import { describeEachBackend, openTestStorage, type OpenedStorage } from '../support/backends.js';

/** The storage concerns the adviser dashboard and accounts added (issue 18), the same contract on both back ends. */
describeEachBackend('dashboard and account stores', (backend) => {
  let opened: OpenedStorage;
  let storage: Storage;

  beforeEach(async () => {
    opened = await openTestStorage(backend);
    storage = opened.storage;
  });
  afterEach(async () => {
    await opened.close();
  });

  it('usage: counts per day and metric, a message under its topic or as a fallback, within the days asked', async () => {
    await storage.usage.record([
      { day: '2026-12-01', kind: 'conversation' },
      { day: '2026-12-01', kind: 'message', topic: 'salary', fallback: false },
      { day: '2026-12-01', kind: 'message', topic: 'salary', fallback: false },
      { day: '2026-12-01', kind: 'message', topic: null, fallback: true },
      { day: '2026-12-01', kind: 'message', topic: null, fallback: false },
      { day: '2026-12-02', kind: 'conversation' },
      { day: '2026-12-02', kind: 'conversation' },
      { day: '2026-12-03', kind: 'message', topic: 'aids', fallback: false },
    ]);
    await storage.usage.record([{ day: '2026-12-01', kind: 'message', topic: 'salary', fallback: false }]);
    await storage.usage.record([]);
    const counts = await storage.usage.counts('2026-12-01', '2026-12-02');
    const sorted = [...counts].sort((a, b) => a.day.localeCompare(b.day) || a.metric.localeCompare(b.metric));
    expect(sorted).toEqual([
      { day: '2026-12-01', metric: 'conversations', count: 1 },
      { day: '2026-12-01', metric: 'fallbacks', count: 1 },
      { day: '2026-12-01', metric: 'messages', count: 5 },
      { day: '2026-12-01', metric: 'topic:', count: 1 },
      { day: '2026-12-01', metric: 'topic:salary', count: 3 },
      { day: '2026-12-02', metric: 'conversations', count: 2 },
    ]);
    expect(await storage.usage.counts('2026-12-04', '2026-12-31')).toEqual([]);
  });

  it('accounts: a role (adviser by default), the list, a new role, disabled and enabled again', async () => {
    const a = await storage.advisers.create('a@region-normandie.fr', 'hash-a', 1_000);
    const b = await storage.advisers.create('b@region-normandie.fr', 'hash-b', 2_000, 'admin');
    expect(await storage.advisers.byId(a)).toEqual({ id: a, email: 'a@region-normandie.fr', passwordHash: 'hash-a', role: 'adviser', disabled: false, createdAt: 1_000 });
    expect((await storage.advisers.list()).map((r) => [r.email, r.role, r.disabled])).toEqual([
      ['a@region-normandie.fr', 'adviser', false],
      ['b@region-normandie.fr', 'admin', false],
    ]);
    await storage.advisers.setRole(a, 'editor', 3_000);
    expect((await storage.advisers.findByEmail('a@region-normandie.fr'))?.role).toBe('editor');
    expect((await storage.advisers.byId(b))?.role).toBe('admin');
    await storage.advisers.setDisabled(a, true, 4_000);
    expect((await storage.advisers.byId(a))?.disabled).toBe(true);
    await storage.advisers.setDisabled(a, false, 5_000);
    expect((await storage.advisers.byId(a))?.disabled).toBe(false);
  });

  it('disabling an account ends its sessions at once, and only its own', async () => {
    const a = await storage.advisers.create('a@region-normandie.fr', 'h', 1_000);
    const b = await storage.advisers.create('b@region-normandie.fr', 'h', 1_000);
    const row = (adviserId: number) => ({ adviserId, csrfToken: 'csrf', createdAt: Date.now(), expiresAt: Date.now() + 3_600_000 });
    await storage.sessions.create('sa1', row(a));
    await storage.sessions.create('sa2', row(a));
    await storage.sessions.create('sb1', row(b));
    await storage.advisers.setDisabled(a, true, 2_000);
    expect(await storage.sessions.get('sa1')).toBeUndefined();
    expect(await storage.sessions.get('sa2')).toBeUndefined();
    expect(await storage.sessions.get('sb1')).toMatchObject({ adviserId: b });
  });

  it('audit: filtered by part of the address, action and time, newest first, at most the limit', async () => {
    const line = (at: number, adviserEmail: string, action: 'login' | 'search' | 'logout') =>
      storage.audit.append({ at, adviserId: 1, adviserEmail, action, referenceCode: null, callbackId: null, outcome: 'ok', detail: null });
    await line(1_000, 'Marie.Dupont@region-normandie.fr', 'login');
    await line(2_000, 'marie.dupont@region-normandie.fr', 'search');
    await line(3_000, 'paul@region-normandie.fr', 'login');
    await line(4_000, 'marie.dupont@region-normandie.fr', 'logout');
    const who = await storage.audit.query({ who: 'DUPONT' }, 10);
    expect(who.map((r) => r.at)).toEqual([4_000, 2_000, 1_000]);
    expect((await storage.audit.query({ action: 'login' }, 10)).map((r) => r.at)).toEqual([3_000, 1_000]);
    expect((await storage.audit.query({ from: 2_000, to: 4_000 }, 10)).map((r) => r.at)).toEqual([3_000, 2_000]);
    expect((await storage.audit.query({ who: 'marie', action: 'search', from: 0, to: 10_000 }, 10)).map((r) => r.at)).toEqual([2_000]);
    expect((await storage.audit.query({}, 2)).map((r) => r.at)).toEqual([4_000, 3_000]);
    expect(await storage.audit.query({ who: '%' }, 10)).toEqual([]);
  });
});
