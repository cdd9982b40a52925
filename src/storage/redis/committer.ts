import type { Committer } from '../types.js';
import { call, LuaScript, type Redis } from './client.js';

/**
 * One staged write of the Redis back end, as data (a unit of a turn holds a list of them):
 * - `['fence', lockKey, token]`: the unit commits only while `token` still holds the conversation lock;
 * - `['etag', hashKey, field, expected]`: the field must still hold `expected` (null: be absent), else CONFLICT;
 * - `['w', command, ...args]`: a write.
 */
export type RedisOp = ['fence', string, string] | ['etag', string, string, string | null] | ['w', string, ...(string | number)[]];

/**
 * Applies a unit atomically: every check first, then every write; a failed check writes nothing. With
 * `appendfsync always`, Redis writes and fsyncs the script's effects to the AOF before it replies, so a resolved
 * commit is on disk.
 */
const APPLY = new LuaScript(
  'apply',
  `local ops = cjson.decode(ARGV[1])
for i = 1, #ops do
  local op = ops[i]
  local kind = op[1]
  if kind == 'fence' then
    if redis.call('GET', op[2]) ~= op[3] then return redis.error_reply('FENCED lock lost') end
  elseif kind == 'etag' then
    local v = redis.call('HGET', op[2], op[3])
    local expected = op[4]
    if expected == cjson.null then expected = false end
    if v ~= expected then return redis.error_reply('CONFLICT etag') end
  end
end
for i = 1, #ops do
  local op = ops[i]
  if op[1] == 'w' then redis.call(unpack(op, 2)) end
end
return 'OK'`,
);

/**
 * Commits units of RedisOps, each in one script call (atomic, durable when it resolves). Calls of concurrent turns
 * are auto-pipelined by the client: Redis runs them one after the other and fsyncs them together.
 */
export class RedisCommitter implements Committer<RedisOp> {
  private readonly inFlight = new Set<Promise<unknown>>();
  readonly stats = { units: 0, failed: 0 };

  constructor(private readonly client: Redis) {}

  async submit(ops: readonly RedisOp[], committed?: () => void): Promise<void> {
    if (ops.length === 0) {
      committed?.();
      return;
    }
    const p = call(() => APPLY.run(this.client, [], [JSON.stringify(ops)]));
    this.inFlight.add(p);
    try {
      await p;
      this.stats.units++;
    } catch (err) {
      this.stats.failed++;
      throw err;
    } finally {
      this.inFlight.delete(p);
    }
    committed?.();
  }

  async flush(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }
}
