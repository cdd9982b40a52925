import { afterAll, beforeAll, expect, it } from 'vitest';
import { AdviserAccounts } from '../../src/adviser/accounts.js';
import { describeEachBackend } from '../support/backends.js';
import { PASSWORD, TEST_SCRYPT, startAdviserApp, type AdviserTestApp } from './helpers.js';

describeEachBackend('adviser lock-out under a burst (attempts in flight count)', (backend) => {
  let t: AdviserTestApp;
  // On Redis a second instance shares the counters: a burst split over both must meet the same limits.
  let other: AdviserTestApp | undefined;

  beforeAll(async () => {
    await backend.reset();
    t = await startAdviserApp(backend.env());
    if (backend.name === 'redis') other = await startAdviserApp(backend.env());
  });
  afterAll(async () => {
    await other?.close();
    await t?.close();
  });

  const attempt = (email: string, password: string, ip = '198.51.100.7', via: AdviserTestApp = t) =>
    via.app.inject({ method: 'POST', url: '/api/adviser/login', payload: { email, password }, remoteAddress: ip });

  it('40 wrong passwords sent at once: 5 get 401, the rest 429, and the right one sent in the same burst is refused', async () => {
    const email = 'rafale@region-normandie.fr';
    await new AdviserAccounts(t.app.storage.advisers, TEST_SCRYPT).upsert(email, PASSWORD);
    const wrong = Array.from({ length: 40 }, (_, i) => attempt(email, `mauvais mot de passe ${i}`));
    const right = attempt(email, PASSWORD);
    const results = await Promise.all([...wrong, right]);
    const statuses = results.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 200)).toHaveLength(0);
    expect(statuses.filter((s) => s === 429)).toHaveLength(36);
    expect(results.at(-1)?.json()).toMatchObject({ error: { code: 'API_LOCKED' } });
    // Still locked afterwards, even with the right password.
    expect((await attempt(email, PASSWORD)).statusCode).toBe(429);
  });

  it('holds the per-IP limit (30 failures in the window) under a burst of 106 addresses from one IP', async () => {
    const ip = '203.0.113.9';
    const results = await Promise.all(
      Array.from({ length: 106 }, (_, i) => attempt(`pulverise${i}@example.fr`, 'un mot de passe faux', ip)),
    );
    const statuses = results.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 401)).toHaveLength(30);
    expect(statuses.filter((s) => s === 429)).toHaveLength(76);
    // Another IP is not affected.
    expect((await attempt('pulverise0@example.fr', 'un mot de passe faux', '203.0.113.10')).statusCode).toBe(401);
  });

  it('a right password within the limits still logs in while wrong ones are in flight', async () => {
    const email = 'concurrent@region-normandie.fr';
    await new AdviserAccounts(t.app.storage.advisers, TEST_SCRYPT).upsert(email, PASSWORD);
    const results = await Promise.all([attempt(email, PASSWORD, '192.0.2.1'), attempt(email, 'faux faux faux', '192.0.2.2')]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 401]);
  });

  if (backend.name === 'redis') {
    it('two instances on one Redis share the counters: a burst alternating between them still gets 5 × 401 and the right password is refused', async () => {
      const email = 'deux-instances@region-normandie.fr';
      await new AdviserAccounts(t.app.storage.advisers, TEST_SCRYPT).upsert(email, PASSWORD);
      const wrong = Array.from({ length: 40 }, (_, i) => attempt(email, `mauvais ${i}`, '198.51.100.77', i % 2 === 0 ? t : other!));
      const right = attempt(email, PASSWORD, '198.51.100.77', other!);
      const statuses = (await Promise.all([...wrong, right])).map((r) => r.statusCode);
      expect(statuses.filter((s) => s === 401)).toHaveLength(5);
      expect(statuses.filter((s) => s === 200)).toHaveLength(0);
      expect(statuses.filter((s) => s === 429)).toHaveLength(36);
      expect((await attempt(email, PASSWORD, '198.51.100.77', t)).statusCode).toBe(429);
    });
  }
});

