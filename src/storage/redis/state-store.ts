import { randomBytes } from 'node:crypto';
import { AppError } from '../../errors.js';
import { scopeOfKey, turnOfKey, type TurnUnit } from '../turn-unit.js';
import type { StateItem, StateItems, StateStore } from '../types.js';
import { call, type Redis } from './client.js';
import type { RedisCommitter, RedisOp } from './committer.js';
import { keys } from './keys.js';
import { jsonWithoutEtag, rememberStateText } from '../state-text.js';

/**
 * Conversation and user state on Redis, with eTags. The items of one scope (a conversation's, a user's) live in one
 * hash, `e:<key>` holding the eTag and `j:<key>` the JSON, so erasing a conversation deletes one key. Inside an open
 * turn, writes are staged in the turn's unit and committed with its activities; the eTag is checked at once against
 * what the turn read, and again inside the commit script against Redis. Scopes expire TRANSCRIPT_DAYS after their
 * last write.
 */
export class RedisStateStore implements StateStore {
  private readonly etagPrefix = randomBytes(4).toString('hex');
  private etagCounter = 0;

  constructor(
    private readonly client: Redis,
    private readonly committer: RedisCommitter,
    private readonly ttlMs: number,
  ) {}

  async read(keyList: string[]): Promise<StateItems> {
    if (!keyList) throw new ReferenceError('Keys are required when reading.');
    const items: StateItems = {};
    const fetch: string[] = [];
    for (const key of keyList) {
      const staged = turnOfKey(key)?.stagedState.get(key);
      if (staged === null) continue;
      if (staged) items[key] = withEtag(parsed(staged.json), staged.etag);
      else fetch.push(key);
    }
    if (fetch.length === 0) return items;
    const rows = await call(() => Promise.all(fetch.map((key) => this.client.hmget(keys.state(scopeOfKey(key)), `e:${key}`, `j:${key}`))));
    fetch.forEach((key, i) => {
      const [etag, json] = rows[i] ?? [];
      turnOfKey(key)?.seenEtags.set(key, etag ?? null);
      if (etag && json) items[key] = withEtag(parsed(json), etag);
    });
    return items;
  }

  async write(changes: StateItems): Promise<void> {
    if (!changes) throw new ReferenceError('Changes are required when writing.');
    const entries = Object.entries(changes);
    // Bases this turn has not read yet: one round trip for all of them, before anything is staged.
    const unknown = entries.filter(([key, item]) => {
      const unit = turnOfKey(key);
      return expectedEtag(item) !== undefined && unit !== undefined && !unit.stagedState.has(key) && !unit.seenEtags.has(key);
    });
    if (unknown.length > 0) await this.read(unknown.map(([key]) => key));

    const direct: RedisOp[] = [];
    const staged: { unit: TurnUnit; key: string; ops: RedisOp[]; etag: string; json: string }[] = [];
    for (const [key, item] of entries) {
      const unit = turnOfKey(key);
      const expected = expectedEtag(item);
      const hash = keys.state(scopeOfKey(key));
      const ops: RedisOp[] = [];
      if (expected !== undefined) {
        if (unit && unit.stagedState.has(key)) {
          // Written before in this turn: checked here; the commit checks the turn's first base only.
          const base = unit.stagedState.get(key);
          if (base && base.etag !== expected) throw new AppError('BOT_STATE_CONFLICT');
        } else if (unit) {
          const base = unit.seenEtags.get(key) ?? null;
          if (base !== null && base !== expected) throw new AppError('BOT_STATE_CONFLICT');
          ops.push(['etag', hash, `e:${key}`, base]);
        } else {
          ops.push(['etag', hash, `e:${key}`, expected]);
        }
      }
      const etag = `${this.etagPrefix}${(++this.etagCounter).toString(36)}`;
      const json = jsonWithoutEtag(item);
      ops.push(['w', 'HSET', hash, `e:${key}`, etag, `j:${key}`, json], ['w', 'PEXPIRE', hash, this.ttlMs]);
      if (unit) staged.push({ unit, key, ops, etag, json });
      else direct.push(...ops);
    }
    // Only once every eTag passed: a conflict stages nothing.
    for (const { unit, key, ops, etag, json } of staged) {
      unit.stagedState.set(key, { etag, json });
      unit.stage(ops);
      // For the change key BotState computes once this write resolves (state-text.ts).
      rememberStateText(changes[key] as StateItem, json);
    }
    if (direct.length > 0) await this.committer.submit(direct);
  }

  async delete(keyList: string[]): Promise<void> {
    if (!keyList) throw new ReferenceError('Keys are required when deleting.');
    const direct: RedisOp[] = [];
    for (const key of keyList) {
      const op: RedisOp = ['w', 'HDEL', keys.state(scopeOfKey(key)), `e:${key}`, `j:${key}`];
      const unit = turnOfKey(key);
      if (unit) {
        unit.stagedState.set(key, null);
        unit.stage([op]);
      } else {
        direct.push(op);
      }
    }
    if (direct.length > 0) await this.committer.submit(direct);
  }
}

function expectedEtag(item: StateItem): string | undefined {
  return typeof item.eTag === 'string' && item.eTag !== '*' && item.eTag !== '' ? item.eTag : undefined;
}

/** A state item parsed from its stored text, which BotState's change key of it can reuse (see state-text.ts). */
function parsed(json: string): StateItem {
  const item = JSON.parse(json) as StateItem;
  rememberStateText(item, json);
  return item;
}

function withEtag(item: StateItem, etag: string): StateItem {
  item.eTag = etag;
  return item;
}
