import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../../src/bot/storage/database.js';
import { GroupCommitter } from '../../../src/bot/storage/group-commit.js';
import { activityId, HistoryStore } from '../../../src/bot/storage/history.js';
import { purgeExpired } from '../../../src/bot/storage/retention.js';
import { KeyedLock } from '../../../src/bot/turn-lock.js';
import { tempDir } from '../../channel/helpers.js';

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
  return { db, history: new HistoryStore(db, committer, new KeyedLock(), now) };
}

describe('HistoryStore', () => {
  it('appends with increasing ids, lists after a watermark, and notifies after commit', async () => {
    const { history } = setup();
    await history.createConversation('c1', 'u1', true);
    const seen: string[] = [];
    history.onCommitted((id, jsons, wm) => seen.push(`${id}:${wm}:${jsons.length}`));
    const ids = await Promise.all(['a', 'b', 'c'].map((text) => history.append('c1', { type: 'message', text })));
    expect(ids).toEqual([activityId('c1', 1), activityId('c1', 2), activityId('c1', 3)]);
    expect(seen).toEqual(['c1:1:1', 'c1:2:1', 'c1:3:1']);
    expect(history.listActivities('c1', 1).map((a) => a.text)).toEqual(['b', 'c']);
    const set = history.activitySet('c1', 0, 3);
    expect(JSON.parse(set.body)).toMatchObject({ watermark: '3', activities: [{ text: 'a' }, { text: 'b' }, { text: 'c' }] });
  });

  it('deletes a conversation now but keeps its ids increasing', async () => {
    const { history, db } = setup();
    await history.createConversation('c1', 'u1', true);
    db.prepare("INSERT INTO bot_state (key, etag, json, updated_at) VALUES ('directline/conversations/c1/', 'e', '{}', 0), ('directline/conversations/c10/', 'e', '{}', 0)").run();
    await history.append('c1', { type: 'message', text: 'secret' });
    await history.deleteConversation('c1');
    expect(history.listActivities('c1')).toEqual([]);
    // Only c1's state went, not the one of c10 that shares the prefix "c1".
    expect(db.prepare('SELECT key FROM bot_state').pluck().all()).toEqual(['directline/conversations/c10/']);
    expect(await history.append('c1', { type: 'message', text: 'après' })).toBe(activityId('c1', 2));
    expect(JSON.parse(history.activitySet('c1', 0, 2).body).watermark).toBe('2');
  });

  it('purges conversations older than TRANSCRIPT_DAYS', async () => {
    let now = Date.UTC(2026, 0, 1);
    const { history, db } = setup(() => now);
    await history.createConversation('old', 'u', true);
    await history.append('old', { type: 'message', text: 'x' });
    now += 31 * 86_400_000;
    await history.createConversation('new', 'u', true);
    const purged = purgeExpired(db, history, { transcriptDays: 30, now: () => now });
    expect(purged).toBe(1);
    expect(history.getConversation('old')).toBeUndefined();
    expect(history.getConversation('new')).toBeDefined();
    expect(db.prepare("SELECT count(*) FROM activities WHERE conversation_id = 'old'").pluck().get()).toBe(0);
  });
});
