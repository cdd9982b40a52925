import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/storage/sqlite/database.js';
import { GroupCommitter } from '../../../src/storage/sqlite/group-commit.js';
import { SqliteHistoryStore } from '../../../src/storage/sqlite/history-store.js';
import { LocalFanOut } from '../../../src/storage/local-fan-out.js';
import { SqliteStateStore } from '../../../src/storage/sqlite/state-store.js';
import { closeTurn, openTurn, runInTurn, scopeOfKey, turnOfKey, TurnUnit } from '../../../src/storage/turn-unit.js';
import { KeyedLock } from '../../../src/storage/keyed-lock.js';
import { tempDir } from '../../channel/helpers.js';

const cleanup: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0)) await fn();
});

function setup() {
  const dir = tempDir('turn-unit-');
  const db = openDatabase(dir);
  const committer = new GroupCommitter(db);
  cleanup.push(async () => {
    await committer.close();
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return { db, committer, storage: new SqliteStateStore(db, committer), history: new SqliteHistoryStore(db, committer, new KeyedLock(), new LocalFanOut()) };
}

const CONV_A = 'directline/conversations/a/';
const CONV_B = 'directline/conversations/b/';
const USER = 'directline/users/u1/';

describe('open turns by storage scope', () => {
  it('the scope of a key is its first three segments (conversation, private conversation and user state keys)', () => {
    expect(scopeOfKey('directline/conversations/a/')).toBe(CONV_A);
    expect(scopeOfKey('directline/conversations/a/users/u1/')).toBe(CONV_A);
    expect(scopeOfKey('directline/users/u1/')).toBe(USER);
    expect(scopeOfKey('plain')).toBe('plain');
  });

  it('a scope held by an open turn stays with it; closing frees it', () => {
    const first = new TurnUnit('a');
    const second = new TurnUnit('b');
    openTurn(first, [CONV_A, USER]);
    openTurn(second, [CONV_B, USER]);
    expect(turnOfKey(`${USER}`)).toBe(first);
    expect(turnOfKey(`${CONV_B}`)).toBe(second);
    closeTurn(first);
    expect(turnOfKey(CONV_A)).toBeUndefined();
    expect(turnOfKey(USER)).toBeUndefined();
    expect(first.closed).toBe(true);
    closeTurn(second);
    expect(turnOfKey(CONV_B)).toBeUndefined();
  });

  it('during a turn, its conversation and user keys are staged; another conversation’s key commits on its own', async () => {
    const { db, storage, committer } = setup();
    const unit = new TurnUnit('a');
    const rows = (): number => db.prepare('SELECT count(*) FROM bot_state').pluck().get() as number;
    await runInTurn(unit, [CONV_A, USER], async () => {
      await storage.write({ [CONV_A]: { v: 1 }, [USER]: { name: 'Léa' }, [CONV_B]: { v: 2 } });
      // Read-your-writes inside the turn.
      expect((await storage.read([CONV_A]))[CONV_A]).toMatchObject({ v: 1 });
    });
    expect(rows()).toBe(1);
    await unit.flush(committer);
    expect(rows()).toBe(3);
  });

  it('stageLast keeps only the last op under a name: one last-seq update per commit, with the highest seq', async () => {
    const { db, history, committer } = setup();
    await history.createConversation('a', 'u1', true);
    const unit = new TurnUnit('a');
    history.stageAppend(unit, 1, { type: 'message', text: 'un' });
    history.stageAppend(unit, 2, { type: 'message', text: 'deux' });
    await unit.flush(committer);
    expect(db.prepare("SELECT last_seq FROM conversations WHERE id = 'a'").pluck().get()).toBe(2);
    expect(history.conversation('a')?.lastSeq).toBe(2);
    expect((await history.listActivities('a')).map((x) => x['text'])).toEqual(['un', 'deux']);
  });
});

describe('a unit’s maps, made on first use (round 30: one unit per turn, most turns need few of them)', () => {
  const committerOf = (seen: unknown[][]) => ({ submit: async (ops: readonly unknown[], atCommit?: () => void) => void (seen.push([...ops]), atCommit?.()) });

  it('a unit that stages nothing commits nothing', async () => {
    const seen: unknown[][] = [];
    const unit = new TurnUnit('a', committerOf(seen) as never);
    expect(unit.pending).toBe(false);
    await unit.flush();
    expect(seen).toEqual([]);
  });

  it('stageLast keeps the last op per name, after the others, and nothing of it is left after a flush', async () => {
    const seen: unknown[][] = [];
    const unit = new TurnUnit('a', committerOf(seen) as never);
    unit.stageLast('touch', 'touch-1');
    expect(unit.pending).toBe(true);
    unit.stage('insert-1');
    unit.stageLast('touch', 'touch-2');
    unit.stage(['insert-2', 'insert-3']);
    await unit.flush();
    expect(seen).toEqual([['insert-1', 'insert-2', 'insert-3', 'touch-2']]);
    expect(unit.pending).toBe(false);
    unit.stage('insert-4');
    await unit.flush();
    expect(seen[1]).toEqual(['insert-4']);
  });

  it('the stores’ scratch space lasts one flush; the state overlay and the eTags seen last the turn', async () => {
    const unit = new TurnUnit('a', committerOf([]) as never);
    unit.pendingByStore.set('x', 1);
    unit.stagedState.set('k', { etag: '1', json: '{}' });
    unit.seenEtags.set('k', '1');
    expect(unit.pendingByStore.get('x')).toBe(1);
    unit.stage('op');
    await unit.flush();
    expect(unit.pendingByStore.size).toBe(0);
    expect(unit.stagedState.get('k')).toEqual({ etag: '1', json: '{}' });
    expect(unit.seenEtags.get('k')).toBe('1');
  });

  it('a failed commit clears the state overlay (it may hold writes that were rolled back)', async () => {
    const unit = new TurnUnit('a', { submit: () => Promise.reject(new Error('down')) } as never);
    unit.stagedState.set('k', { etag: '1', json: '{}' });
    unit.stage('op');
    await expect(unit.flush()).rejects.toThrow('down');
    expect(unit.stagedState.size).toBe(0);
  });
});
