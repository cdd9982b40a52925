import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recapDocumentSchema } from '../../src/recap/document.js';
import { newRecapToken, RECAP_TOKEN, Recaps } from '../../src/services/recap-store.js';
import { describeEachBackend, openTestStorage, type OpenedStorage } from '../support/backends.js';
import { redisOf } from '../support/inspect.js';

const doc = (title: string) => recapDocumentSchema.parse({ register: 'tu', title, intro: 'Intro.', sections: [], code: 'A3C 9KX', codeLine: 'Code.' });
const DAY_MS = 86_400_000;

describe('récap tokens', () => {
  it('are 128-bit and URL-safe, never the same twice', () => {
    const tokens = new Set(Array.from({ length: 1000 }, newRecapToken));
    expect(tokens.size).toBe(1000);
    for (const t of tokens) expect(t).toMatch(RECAP_TOKEN);
    expect(Buffer.from([...tokens][0]!, 'base64url')).toHaveLength(16);
  });
});

/** The same récap store contract on both back ends: one page per conversation, by token, erased, kept as long as the transcript. */
describeEachBackend('récap store', (backend) => {
  let clock = 1_000_000;
  let opened: OpenedStorage;
  let store: Recaps;
  beforeAll(async () => {
    opened = await openTestStorage(backend, { TRANSCRIPT_DAYS: '30' }, () => clock);
    store = new Recaps(opened.storage, () => clock);
  });
  afterAll(async () => {
    await opened?.close();
  });

  it('keeps one récap per conversation, rewritten in place, and finds it only by its token while it is young enough', async () => {
    const token = newRecapToken();
    await store.save(token, 'conv-1', doc('v1'));
    clock += 1000;
    await store.save(token, 'conv-1', doc('v2'));
    expect((await store.get(token, 0))?.document.title).toBe('v2');
    expect((await store.get(token, 0))?.updatedAt).toBe(clock);
    expect((await store.get(token, 0))?.conversationId).toBe('conv-1');
    expect(await store.get(token, clock + 1)).toBeUndefined();
    expect(await store.get(newRecapToken(), 0)).toBeUndefined();
    expect(await store.get('../../etc/passwd', 0)).toBeUndefined();

    // A new token for the same conversation replaces the old address.
    const other = newRecapToken();
    await store.save(other, 'conv-1', doc('v3'));
    expect(await store.get(token, 0)).toBeUndefined();
    expect((await store.get(other, 0))?.document.title).toBe('v3');
  });

  it('forgets a conversation without touching another', async () => {
    const a = newRecapToken();
    const b = newRecapToken();
    await store.save(a, 'conv-a', doc('a'));
    await store.save(b, 'conv-b', doc('b'));
    await store.forget('conv-b');
    expect(await store.get(b, 0)).toBeUndefined();
    expect((await store.get(a, 0))?.document.title).toBe('a');
    // Forgetting a conversation that has no récap is no error.
    await store.forget('conv-none');
  });

  it('deletes a récap not rewritten for TRANSCRIPT_DAYS (SQLite: the retention job; Redis: key expiry)', async () => {
    const old = newRecapToken();
    const young = newRecapToken();
    clock = 10 * DAY_MS;
    await store.save(old, 'conv-old', doc('old'));
    clock = 20 * DAY_MS;
    await store.save(young, 'conv-young', doc('young'));
    const cutoff = 15 * DAY_MS;
    expect(await store.get(old, cutoff)).toBeUndefined();

    if (backend.name === 'sqlite') {
      await opened.storage.purge(cutoff + 30 * DAY_MS, { transcriptDays: 30, callbackDays: 30, auditDays: 365, loginWindowMs: DAY_MS });
      expect(await store.get(old, 0)).toBeUndefined();
    } else {
      // Redis expires a page and its conversation's pointer in its own time: each write gives both TRANSCRIPT_DAYS.
      const client = redisOf(opened.storage).client;
      const stored = [...(await client.keys('an:rp:*')), ...(await client.keys('an:rpc:*'))];
      expect(stored).toEqual(expect.arrayContaining(['an:rpc:conv-old', 'an:rpc:conv-young']));
      expect(stored.filter((k) => k.startsWith('an:rp:')).length).toBeGreaterThanOrEqual(2);
      for (const key of stored) {
        const ttl = await client.pttl(key);
        expect(ttl, key).toBeGreaterThan(29 * DAY_MS);
        expect(ttl, key).toBeLessThanOrEqual(30 * DAY_MS);
      }
    }
    expect((await store.get(young, 0))?.document.title).toBe('young');
  });
});
