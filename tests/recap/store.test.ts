import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/bot/storage/database.js';
import { recapDocumentSchema } from '../../src/recap/document.js';
import { newRecapToken, RECAP_TOKEN, SqliteRecapStore } from '../../src/services/recap-store.js';

const doc = (title: string) => recapDocumentSchema.parse({ register: 'tu', title, intro: 'Intro.', sections: [], code: 'A3C 9KX', codeLine: 'Code.' });

describe('récap store (SQLite)', () => {
  let clock = 1_000_000;
  const store = new SqliteRecapStore(openDatabase(mkdtempSync(join(tmpdir(), 'recap-store-'))), () => clock);

  it('issues 128-bit URL-safe tokens, never the same twice', () => {
    const tokens = new Set(Array.from({ length: 1000 }, newRecapToken));
    expect(tokens.size).toBe(1000);
    for (const t of tokens) expect(t).toMatch(RECAP_TOKEN);
    expect(Buffer.from([...tokens][0]!, 'base64url')).toHaveLength(16);
  });

  it('keeps one récap per conversation, rewritten in place, and finds it only by its token while it is young enough', async () => {
    const token = newRecapToken();
    await store.save(token, 'conv-1', doc('v1'));
    clock += 1000;
    await store.save(token, 'conv-1', doc('v2'));
    expect((await store.get(token, 0))?.document.title).toBe('v2');
    expect((await store.get(token, 0))?.updatedAt).toBe(clock);
    expect(await store.get(token, clock + 1)).toBeUndefined();
    expect(await store.get(newRecapToken(), 0)).toBeUndefined();
    expect(await store.get('../../etc/passwd', 0)).toBeUndefined();

    // A new token for the same conversation replaces the old address.
    const other = newRecapToken();
    await store.save(other, 'conv-1', doc('v3'));
    expect(await store.get(token, 0)).toBeUndefined();
    expect((await store.get(other, 0))?.document.title).toBe('v3');
  });

  it('forgets a conversation and purges what is older than the cutoff', async () => {
    const a = newRecapToken();
    const b = newRecapToken();
    clock = 5_000_000;
    await store.save(a, 'conv-a', doc('a'));
    clock = 6_000_000;
    await store.save(b, 'conv-b', doc('b'));
    await store.forget('conv-b');
    expect(await store.get(b, 0)).toBeUndefined();
    expect(await store.purgeOlderThan(5_500_000)).toBeGreaterThanOrEqual(1);
    expect(await store.get(a, 0)).toBeUndefined();
  });
});
