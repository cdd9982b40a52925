import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../../src/storage/sqlite/database.js';
import { GroupCommitter } from '../../../src/storage/sqlite/group-commit.js';
import { activityId, SqliteHistoryStore } from '../../../src/storage/sqlite/history-store.js';
import { LocalFanOut } from '../../../src/storage/local-fan-out.js';
import { KeyedLock } from '../../../src/storage/keyed-lock.js';
import { tempDir } from '../../channel/helpers.js';

/** What the SQLite back end's retention does for transcripts and state (see SqliteStorage.purge). */
function purgeExpired(history: SqliteHistoryStore, transcriptDays: number, now: number): number {
  const cutoff = now - transcriptDays * 86_400_000;
  const purged = history.purgeOlderThan(cutoff);
  history.purgeStateOlderThan(cutoff);
  return purged;
}

const cleanup: (() => void)[] = [];
afterEach(() => {
  for (const fn of cleanup.splice(0)) fn();
});

function setup(now = () => Date.now()) {
  const dir = tempDir('history-');
  const db: Database = openDatabase(dir);
  cleanup.push(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const committer = new GroupCommitter(db);
  const fanOut = new LocalFanOut();
  return { db, fanOut, history: new SqliteHistoryStore(db, committer, new KeyedLock(), fanOut, now) };
}

describe('HistoryStore', () => {
  // A commit runs off the main thread: its rows can be read before the main thread hears of it and moves the cached
  // last seq. A page read in that moment must still carry the watermark of the rows it returns, or the client asks
  // again from the old one and gets them twice (the welcome shown twice, code-blind review 7).
  it('gives the watermark of the rows it returns even when the cached last seq is behind them', async () => {
    const { history, db } = setup();
    await history.createConversation('c1', 'u1', true);
    await history.append('c1', { type: 'message', text: 'bienvenue' });
    // Committed, not yet acknowledged: the row is in the table, the cache still says seq 1.
    db.prepare('INSERT INTO activities (conversation_id, seq, client_id, created_at, json) VALUES (?, ?, NULL, ?, ?)').run('c1', 2, Date.now(), JSON.stringify({ type: 'message', text: 'suite', id: activityId('c1', 2) }));
    const page = await history.activitySet('c1', 1);
    expect(JSON.parse(page.body)).toEqual({ activities: [expect.objectContaining({ text: 'suite' })], watermark: '2' });
    expect(JSON.parse((await history.activitySet('c1', page.watermark)).body)).toEqual({ activities: [], watermark: '2' });
  });

  it('appends with increasing ids, lists after a watermark, and notifies after commit', async () => {
    const { history, fanOut } = setup();
    await history.createConversation('c1', 'u1', true);
    const seen: string[] = [];
    await fanOut.subscribe('c1', ({ conversationId, seqs, jsons }) => seen.push(`${conversationId}:${seqs.at(-1)}:${jsons.length}`));
    const ids = await Promise.all(['a', 'b', 'c'].map((text) => history.append('c1', { type: 'message', text })));
    expect(ids).toEqual([activityId('c1', 1), activityId('c1', 2), activityId('c1', 3)]);
    expect(seen).toEqual(['c1:1:1', 'c1:2:1', 'c1:3:1']);
    expect((await history.listActivities('c1', 1)).map((a) => a['text'])).toEqual(['b', 'c']);
    const set = (await history.activitySet('c1', 0));
    expect(JSON.parse(set.body)).toMatchObject({ watermark: '3', activities: [{ text: 'a' }, { text: 'b' }, { text: 'c' }] });
  });

  it('deletes a conversation now but keeps its ids increasing', async () => {
    const { history, db } = setup();
    await history.createConversation('c1', 'u1', true);
    db.prepare("INSERT INTO bot_state (key, etag, json, updated_at) VALUES ('directline/conversations/c1/', 'e', '{}', 0), ('directline/conversations/c10/', 'e', '{}', 0)").run();
    await history.append('c1', { type: 'message', text: 'secret' });
    await history.deleteConversation('c1');
    expect((await history.listActivities('c1'))).toEqual([]);
    // Only c1's state went, not the one of c10 that shares the prefix "c1".
    expect(db.prepare('SELECT key FROM bot_state').pluck().all()).toEqual(['directline/conversations/c10/']);
    expect(await history.append('c1', { type: 'message', text: 'après' })).toBe(activityId('c1', 2));
    expect(JSON.parse((await history.activitySet('c1', 0)).body).watermark).toBe('2');
  });

  it('purges conversations older than TRANSCRIPT_DAYS', async () => {
    let now = Date.UTC(2026, 0, 1);
    const { history, db } = setup(() => now);
    await history.createConversation('old', 'u', true);
    await history.append('old', { type: 'message', text: 'x' });
    now += 31 * 86_400_000;
    await history.createConversation('new', 'u', true);
    const purged = purgeExpired(history, 30, now);
    expect(purged).toBe(1);
    expect(history.conversation('old')).toBeUndefined();
    expect(history.conversation('new')).toBeDefined();
    expect(db.prepare("SELECT count(*) FROM activities WHERE conversation_id = 'old'").pluck().get()).toBe(0);
  });
});
