import type { TokenGrant, TokenStore } from '../types.js';
import { call, LuaScript, type Redis } from './client.js';
import { keys } from './keys.js';

/** The grant, and the conversation's latest expiry if this one is later. ARGV: grant JSON, ttl ms, expiresAt. */
const SAVE_TOKEN = new LuaScript(
  'save-token',
  `redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
local latest = tonumber(redis.call('GET', KEYS[2]) or '0')
if tonumber(ARGV[3]) > latest then redis.call('SET', KEYS[2], ARGV[3], 'PX', ARGV[2]) end
return 1`,
);

/**
 * Direct Line tokens on Redis: one key per token hash, expiring with the token, and per conversation the expiry of
 * its latest token (what keeps its sockets open on every instance).
 */
export class RedisTokenStore implements TokenStore {
  constructor(
    private readonly client: Redis,
    private readonly now: () => number = Date.now,
  ) {}

  async save(hash: string, grant: TokenGrant): Promise<void> {
    const ttl = Math.max(1, grant.expiresAt - this.now());
    await call(() =>
      SAVE_TOKEN.run(this.client, [keys.token(hash), keys.tokenExpiry(grant.conversationId)], [JSON.stringify(grant), ttl, grant.expiresAt]),
    );
  }

  async latestExpiry(conversationId: string): Promise<number | undefined> {
    const at = await call(() => this.client.get(keys.tokenExpiry(conversationId)));
    return at ? Number(at) : undefined;
  }

  async find(hash: string): Promise<TokenGrant | undefined> {
    const json = await call(() => this.client.get(keys.token(hash)));
    if (!json) return undefined;
    const g = JSON.parse(json) as { conversationId: string; userId?: string | null; expiresAt: number };
    return { conversationId: g.conversationId, userId: g.userId ?? undefined, expiresAt: g.expiresAt };
  }
}
