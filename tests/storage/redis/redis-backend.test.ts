import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import { Redis } from 'ioredis';
import { afterEach, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import { ConversationRecords } from '../../../src/services/conversation-records.js';
import { openStorage } from '../../../src/storage/open.js';
import type { RedisStorage } from '../../../src/storage/redis/backend.js';
import { keys } from '../../../src/storage/redis/keys.js';
import type { CommittedBatch, Storage } from '../../../src/storage/types.js';
import { describeRedis } from '../../support/backends.js';

const DAY = 86_400_000;

describeRedis('Redis back end', (backend) => {
  const opened: Storage[] = [];
  afterEach(async () => {
    for (const s of opened.splice(0)) await s.close();
  });
  /** An instance's storage (several may share the one redis-server, as instances do). */
  const instance = async (env: Record<string, string> = {}): Promise<RedisStorage> => {
    const storage = (await openStorage(loadConfig({ ...backend.env(), LOG_LEVEL: 'silent', ...env }))) as RedisStorage;
    opened.push(storage);
    return storage;
  };
  const redis = (): RedisStorage['client'] => (opened[0] as RedisStorage).client;

  it('close() ends both connections even while Redis is down, so nothing keeps reconnecting after shutdown', async () => {
    await backend.reset();
    const storage = (await openStorage(loadConfig({ ...backend.env(), LOG_LEVEL: 'silent' }))) as RedisStorage;
    const server = backend.redis;
    if (!server) throw new Error('no redis-server');
    await server.kill9();
    try {
      await expect.poll(() => storage.client.status, { timeout: 5000 }).not.toBe('ready');
      await storage.close();
    } finally {
      await server.restart();
    }
    // Past ioredis's longest back-off (2 s): a connection left to itself would be connected again by now.
    await new Promise((r) => setTimeout(r, 3000));
    const subscriber = (storage as unknown as { subscriber: RedisStorage['client'] }).subscriber;
    expect([storage.client.status, subscriber.status]).not.toContain('ready');
  });

  it('fences a turn that lost its lock: its commit is refused and writes nothing', async () => {
    await backend.reset();
    const a = await instance();
    await a.history.createConversation('c1', 'u', true);
    await expect(
      a.lock.run('c1', async (lease) => {
        const unit = a.newUnit('c1', lease);
        a.history.stageAppend(unit, 1, { type: 'message', text: 'tardif' });
        // The lock expired while this instance stalled, and another instance took it.
        await a.client.set(keys.lock('c1'), 'someone-else', 'PX', 5000);
        await unit.flush();
      }),
    ).rejects.toMatchObject({ code: 'BOT_STATE_CONFLICT' });
    expect(await a.history.listActivities('c1')).toEqual([]);
    // The other holder's lock is left alone.
    expect(await a.client.get(keys.lock('c1'))).toBe('someone-else');
  });

  it('runs the turns of one conversation one at a time across instances, and waits out the lock of a dead one', async () => {
    await backend.reset();
    const [a, b] = [await instance({ REDIS_LOCK_TTL_MS: '800' }), await instance({ REDIS_LOCK_TTL_MS: '800' })];
    await a.history.createConversation('c1', 'u', true);
    const log: string[] = [];
    const turn = (s: RedisStorage, name: string) =>
      s.lock.run('c1', async () => {
        log.push(`start ${name}`);
        await new Promise((r) => setTimeout(r, 60));
        log.push(`end ${name}`);
      });
    await Promise.all([turn(a, 'a1'), turn(b, 'b1'), turn(a, 'a2'), turn(b, 'b2')]);
    for (let i = 0; i < log.length; i += 2) expect(log[i + 1]?.replace('end', 'start')).toBe(log[i]);

    // An instance killed while holding the lock: the lock expires after its ttl and the conversation goes on.
    await a.client.set(keys.lock('c1'), 'dead-instance', 'PX', 800);
    const t0 = Date.now();
    await turn(b, 'b3');
    expect(Date.now() - t0).toBeGreaterThanOrEqual(500);
    expect(log.at(-1)).toBe('end b3');
  });

  it('fans a batch committed on one instance out to another, and reports a gap after its subscriber reconnects', async () => {
    await backend.reset();
    const [a, b] = [await instance(), await instance()];
    await a.history.createConversation('c1', 'u', true);
    const seen: CommittedBatch[] = [];
    await b.fanOut.subscribe('c1', (batch) => seen.push(batch));
    let gaps = 0;
    b.fanOut.onGap(() => gaps++);
    await a.history.append('c1', { type: 'message', text: 'bonjour\nà tous' });
    await expect.poll(() => seen.length).toBe(1);
    expect(seen[0]?.seqs).toEqual([1]);
    expect(JSON.parse(seen[0]?.jsons[0] ?? '{}')).toMatchObject({ text: 'bonjour\nà tous' });
    await a.client.call('CLIENT', 'KILL', 'TYPE', 'pubsub');
    await expect.poll(() => gaps, { timeout: 10_000 }).toBe(1);
    await a.history.append('c1', { type: 'message', text: 'encore' });
    await expect.poll(() => seen.flatMap((x) => x.seqs)).toEqual([1, 2]);
  });

  it('lets keys expire with TRANSCRIPT_DAYS, tokens with their ttl, closed callbacks with CALLBACK_RETENTION_DAYS', async () => {
    await backend.reset();
    const s = await instance({ TRANSCRIPT_DAYS: '30', CALLBACK_RETENTION_DAYS: '7' });
    await s.history.createConversation('c1', 'u', true);
    await s.history.append('c1', { type: 'message', text: 'x' });
    await s.state.write({ 'directline/conversations/c1/': { v: 1 } });
    const days = async (key: string) => (await s.client.pttl(key)) / DAY;
    for (const key of [keys.conversation('c1'), keys.activities('c1'), keys.state('directline/conversations/c1/')]) {
      expect(await days(key)).toBeGreaterThan(29.99);
      expect(await days(key)).toBeLessThanOrEqual(30);
    }
    await s.tokens.save('h', { conversationId: 'c1', userId: undefined, expiresAt: Date.now() + 3_600_000 });
    expect(await s.client.pttl(keys.token('h'))).toBeGreaterThan(3_590_000);
    const records = new ConversationRecords(s);
    const id = await records.createCallback({ conversationId: 'c1', referenceCode: null, firstName: 'A', phone: '0600000000', timeSlot: 'x' });
    expect(await s.client.pttl(keys.callback(id))).toBe(-1);
    await records.setCallbackStatus(id, 'done');
    expect(await days(keys.callback(id))).toBeGreaterThan(6.99);
    await records.setCallbackStatus(id, 'new');
    expect(await s.client.pttl(keys.callback(id))).toBe(-1);
  });

  it('keeps what was acknowledged when redis-server is killed (-9) and restarted: AOF with fsync at every write', async () => {
    await backend.reset();
    const s = await instance();
    const server = backend.redis;
    if (!server) throw new Error('no redis-server');
    await s.history.createConversation('c1', 'u', true);
    const acked: string[] = [];
    for (let i = 0; i < 50; i++) acked.push(await s.history.append('c1', { type: 'message', text: `m${i}` }));
    await server.kill9();
    await expect.poll(() => s.available).toBe(false);
    await expect(s.history.append('c1', { type: 'message', text: 'pendant la panne' })).rejects.toMatchObject({ code: 'STORAGE_UNAVAILABLE' });
    await server.restart();
    await expect.poll(() => s.available, { timeout: 15_000 }).toBe(true);
    const ids = (await s.history.listActivities('c1')).map((a) => a['id']);
    expect(ids).toEqual(acked);
  });

  it('after an erasure, rewrites the AOF so the deleted messages are on disk nowhere', async () => {
    await backend.reset();
    const s = await instance();
    const server = backend.redis;
    if (!server) throw new Error('no redis-server');
    await s.history.createConversation('c1', 'u', true);
    await s.history.append('c1', { type: 'message', text: 'SECRET-MARQUEUR-0611' });
    const aof = (): string => {
      const dir = join(server.dir, 'appendonlydir');
      return readdirSync(dir).map((f) => readFileSync(join(dir, f), 'latin1')).join('\n');
    };
    expect(aof()).toContain('SECRET-MARQUEUR-0611');
    await new ConversationRecords(s).forgetConversation('c1');
    await s.history.deleteConversation('c1');
    await expect.poll(aof, { timeout: 15_000, interval: 200 }).not.toContain('SECRET-MARQUEUR-0611');
  });

  it('refuses to start when Redis cannot be reached, saying where', async () => {
    const unreachable = 'redis://127.0.0.1:1';
    await expect(openStorage(loadConfig({ REDIS_URL: unreachable, LOG_LEVEL: 'silent' }))).rejects.toThrow(/127\.0\.0\.1:1/);
  });

  it('shares rate-limit counters between instances', async () => {
    await backend.reset();
    const a = await instance();
    const b = await instance();
    expect(redis()).toBeInstanceOf(Redis);
    // What @fastify/rate-limit does with the store option: one store per plugin, a child per limiter.
    type Store = FastifyRateLimitStore & { incr(key: string, cb: (e: Error | null, r?: { current: number }) => void, timeWindow: number, max: number): void };
    const limiterOf = (s: RedisStorage): Store => {
      const Ctor = (s.rateLimit as { store: FastifyRateLimitStoreCtor }).store;
      return new Ctor({}).child({} as never) as Store;
    };
    const incr = (store: Store, key: string) =>
      new Promise<number>((resolve, reject) => store.incr(key, (e, r) => (e ? reject(e) : resolve(r?.current ?? -1)), 60_000, 10));
    expect(await incr(limiterOf(a), 'msg:c1')).toBe(1);
    expect(await incr(limiterOf(b), 'msg:c1')).toBe(2);
    expect(await redis().keys('an:rl:*')).toEqual(['an:rl:msg:c1']);
    expect(await redis().pttl('an:rl:msg:c1')).toBeGreaterThan(0);
  });
});
