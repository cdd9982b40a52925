import type { RecapRow, RecapStore } from '../types.js';
import { call, LuaScript, type Redis } from './client.js';
import { keys } from './keys.js';

const SAVE_RECAP = new LuaScript(
  'save-recap',
  `local old = redis.call('GET', KEYS[1])
if old and old ~= ARGV[2] then redis.call('DEL', ARGV[1] .. old) end
local created = redis.call('HGET', KEYS[2], 'created') or ARGV[5]
redis.call('HSET', KEYS[2], 'conversation', ARGV[3], 'doc', ARGV[4], 'created', created, 'updated', ARGV[5])
redis.call('PEXPIRE', KEYS[2], ARGV[6])
redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[6])
return 1`,
);

const DELETE_RECAP = new LuaScript(
  'delete-recap',
  `local old = redis.call('GET', KEYS[1])
if old then redis.call('DEL', ARGV[1] .. old) end
redis.call('DEL', KEYS[1])
return 1`,
);

/**
 * Récap pages on Redis: a hash per page by its token hash, and the conversation's current token hash beside it (a new
 * token replaces the old page; erasure finds it). Both keys expire TRANSCRIPT_DAYS after the last write, as the
 * transcript does; `get` also refuses a page older than the caller's cutoff, as on SQLite.
 */
export class RedisRecapStore implements RecapStore {
  constructor(
    private readonly client: Redis,
    private readonly ttlMs: number,
  ) {}

  async save(tokenHash: string, conversationId: string, documentJson: string, now: number): Promise<void> {
    await call(() =>
      SAVE_RECAP.run(this.client, [keys.recapOf(conversationId), keys.recap(tokenHash)], [keys.recap(''), tokenHash, conversationId, documentJson, now, this.ttlMs]),
    );
  }

  async get(tokenHash: string, notBefore: number): Promise<RecapRow | undefined> {
    const h = await call(() => this.client.hgetall(keys.recap(tokenHash)));
    if (h['conversation'] === undefined || h['doc'] === undefined) return undefined;
    const updatedAt = Number(h['updated']);
    if (!(updatedAt >= notBefore)) return undefined;
    return { conversationId: h['conversation'], documentJson: h['doc'], updatedAt };
  }

  async deleteConversation(conversationId: string): Promise<void> {
    await call(() => DELETE_RECAP.run(this.client, [keys.recapOf(conversationId)], [keys.recap('')]));
  }
}
