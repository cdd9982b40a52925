import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../../src/storage/sqlite/database.js';
import { GroupCommitter } from '../../../src/storage/sqlite/group-commit.js';
import { SqliteHistoryStore } from '../../../src/storage/sqlite/history-store.js';
import { LocalFanOut } from '../../../src/storage/local-fan-out.js';
import { TurnUnit } from '../../../src/storage/turn-unit.js';
import { KeyedLock } from '../../../src/storage/keyed-lock.js';
import { tempDir } from '../../channel/helpers.js';

/**
 * The duplicate check of a turn (a client resending an activity with the same clientActivityID) is answered from
 * memory for conversations this process knows, and from SQLite after a restart: the same answers either way.
 */
const cleanup: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0)) await fn();
});

function open(dir: string) {
  const db: Database = openDatabase(dir);
  const committer = new GroupCommitter(db);
  const history = new SqliteHistoryStore(db, committer, new KeyedLock(), new LocalFanOut());
  let closed = false;
  const close = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    await committer.close();
    db.close();
  };
  cleanup.unshift(close);
  // Counts the SQLite look-ups of the duplicate check (one statement per conversation window or per message).
  const stmt = (history as unknown as { stmt: Record<string, { get?: (...a: unknown[]) => unknown; all?: (...a: unknown[]) => unknown }> }).stmt;
  const lookups = { count: 0 };
  for (const name of Object.keys(stmt)) {
    if (!/client/i.test(name)) continue;
    const s = stmt[name] as { get?: (...a: unknown[]) => unknown; all?: (...a: unknown[]) => unknown };
    for (const method of ['get', 'all'] as const) {
      const original = s[method];
      if (typeof original !== 'function') continue;
      s[method] = (...args: unknown[]) => {
        lookups.count++;
        return original.apply(s, args);
      };
    }
  }
  return { db, committer, history, close, lookups };
}

async function post(store: { history: SqliteHistoryStore; committer: GroupCommitter }, conversationId: string, clientId: string, text: string) {
  const start = await store.history.beginTurn(conversationId, clientId);
  if (start.duplicateSeq !== undefined) return { seq: start.duplicateSeq, duplicate: true };
  const seq = (start.conversation?.lastSeq ?? 0) + 1;
  const unit = new TurnUnit(conversationId);
  store.history.stageAppend(unit, seq, { type: 'message', text }, clientId);
  store.history.stageAppend(unit, seq + 1, { type: 'message', text: `re: ${text}` });
  await unit.flush(store.committer);
  return { seq, duplicate: false };
}

function dataDir(): string {
  const dir = tempDir('client-ids-');
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

describe('duplicate check of a resent activity (clientActivityID)', () => {
  it('finds a resend in a live conversation without asking SQLite on each message', async () => {
    const store = open(dataDir());
    await store.history.createConversation('c1', 'u1', true);
    expect(await post(store, 'c1', 'web-1', 'bonjour')).toEqual({ seq: 1, duplicate: false });
    expect(await post(store, 'c1', 'web-2', 'je cherche un patron')).toEqual({ seq: 3, duplicate: false });
    expect(await post(store, 'c1', 'web-1', 'bonjour')).toEqual({ seq: 1, duplicate: true });
    expect(await post(store, 'c1', 'web-2', 'je cherche un patron')).toEqual({ seq: 3, duplicate: true });
    expect(await post(store, 'c1', 'web-3', 'merci')).toEqual({ seq: 5, duplicate: false });
    expect(store.lookups.count).toBe(0);
  });

  it('still finds a resend after a restart, the SQLite look-up once per conversation', async () => {
    const dir = dataDir();
    const first = open(dir);
    await first.history.createConversation('c1', 'u1', true);
    await post(first, 'c1', 'web-1', 'salut');
    await post(first, 'c1', 'web-2', 'cherche apprentissage caen');
    await first.close();

    const second = open(dir);
    expect(await post(second, 'c1', 'web-2', 'cherche apprentissage caen')).toEqual({ seq: 3, duplicate: true });
    expect(await post(second, 'c1', 'web-1', 'salut')).toEqual({ seq: 1, duplicate: true });
    expect(await post(second, 'c1', 'web-3', 'et a rouen ?')).toEqual({ seq: 5, duplicate: false });
    expect(await post(second, 'c1', 'web-3', 'et a rouen ?')).toEqual({ seq: 5, duplicate: true });
    expect(second.lookups.count).toBe(1);
    await second.close();

    const third = open(dir);
    expect(await post(third, 'c1', 'web-3', 'et a rouen ?')).toEqual({ seq: 5, duplicate: true });
  });

  it('a resend after "effacer ma conversation" or after its activity was deleted is a new turn, as in SQLite', async () => {
    const dir = dataDir();
    const store = open(dir);
    await store.history.createConversation('c1', 'u1', true);
    await post(store, 'c1', 'web-1', 'bonjour');
    await post(store, 'c1', 'web-2', 'coiffeur');
    const unit = new TurnUnit('c1');
    store.history.stageDelete(unit, 3);
    await unit.flush(store.committer);
    expect(await post(store, 'c1', 'web-2', 'coiffeur')).toEqual({ seq: 5, duplicate: false });
    expect(await post(store, 'c1', 'web-1', 'bonjour')).toEqual({ seq: 1, duplicate: true });
    await store.history.deleteConversation('c1');
    expect(await post(store, 'c1', 'web-1', 'bonjour')).toEqual({ seq: 7, duplicate: false });
    await store.close();
    const again = open(dir);
    expect(await post(again, 'c1', 'web-1', 'bonjour')).toEqual({ seq: 7, duplicate: true });
    expect(await post(again, 'c1', 'web-2', 'coiffeur')).toEqual({ seq: 9, duplicate: false });
  });

  it('a conversation with more client ids than a window keeps is asked to SQLite, with the same answers', async () => {
    const dir = dataDir();
    const store = open(dir);
    await store.history.createConversation('c1', 'u1', true);
    const unit = new TurnUnit('c1');
    for (let i = 1; i <= 600; i++) store.history.stageAppend(unit, i, { type: 'message', text: `m${i}` }, `id-${i}`);
    await unit.flush(store.committer);
    expect(await post(store, 'c1', 'id-1', 'm1')).toEqual({ seq: 1, duplicate: true });
    expect(await post(store, 'c1', 'id-600', 'm600')).toEqual({ seq: 600, duplicate: true });
    expect(await post(store, 'c1', 'id-601', 'm601')).toEqual({ seq: 601, duplicate: false });
    await store.close();
    const again = open(dir);
    expect(await post(again, 'c1', 'id-2', 'm2')).toEqual({ seq: 2, duplicate: true });
    expect(await post(again, 'c1', 'id-601', 'm601')).toEqual({ seq: 601, duplicate: true });
    expect(await post(again, 'c1', 'id-700', 'm700')).toEqual({ seq: 603, duplicate: false });
  });

  it('an unknown conversation has no duplicate', async () => {
    const store = open(dataDir());
    expect(await store.history.beginTurn('nope', 'web-1')).toEqual({ conversation: undefined, duplicateSeq: undefined });
  });
});
