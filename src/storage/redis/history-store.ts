import { activityId } from '../activity-id.js';
import { conversationStatePrefix, turnOfConversation, type TurnUnit } from '../turn-unit.js';
import type { ActivityPage, ConversationLock, ConversationRecord, HistoryStore, TurnStart } from '../types.js';
import { call, LuaScript, type Redis } from './client.js';
import type { RedisCommitter, RedisOp } from './committer.js';
import { encodeBatch } from './fan-out.js';
import { keys } from './keys.js';

/** Most activities returned by one GET. */
const PAGE = 500;
/** Conversation rows kept in memory for their fixed fields (id, user, creation); the oldest goes first when full. */
const CACHE_MAX = 20_000;

/** `{last, seq1, json1, seq2, json2, …}`: the activities after ARGV[1], at most ARGV[2], and the last seq. */
const PAGE_SCRIPT = new LuaScript(
  'page',
  `local last = tonumber(redis.call('HGET', KEYS[1], 'last') or '0')
local from = tonumber(ARGV[1])
local n = math.min(last - from, tonumber(ARGV[2]))
local out = {last}
if n <= 0 then return out end
local fields = {}
for i = 1, n do fields[i] = tostring(from + i) end
local values = redis.call('HMGET', KEYS[2], unpack(fields))
for i = 1, n do
  if values[i] then
    out[#out + 1] = from + i
    out[#out + 1] = values[i]
  end
end
return out`,
);

interface PublishPending {
  seqs: number[];
  jsons: string[];
}

function toRecord(id: string, h: Record<string, string>): ConversationRecord | undefined {
  if (h['user'] === undefined) return undefined;
  return {
    id,
    userId: h['user'],
    userBound: h['bound'] === '1',
    createdAt: Number(h['created']),
    updatedAt: Number(h['updated']),
    started: h['started'] === '1',
    lastSeq: Number(h['last'] ?? 0),
  };
}

/**
 * Conversations and their activities on Redis: a hash for the conversation row, one for its activities by seq, one
 * for client ids. A turn's appends, its state and the PUBLISH of its activities go in one commit script under the
 * fenced conversation lock; every key of the conversation then expires TRANSCRIPT_DAYS after its last turn.
 */
export class RedisHistoryStore implements HistoryStore {
  private readonly cache = new Map<string, ConversationRecord>();

  constructor(
    private readonly client: Redis,
    private readonly committer: RedisCommitter,
    private readonly lock: ConversationLock,
    private readonly newUnit: (conversationId: string, lease: { conversationId: string; token: string }) => TurnUnit,
    private readonly ttlMs: number,
    private readonly afterErase: () => void,
    private readonly now: () => number = Date.now,
  ) {}

  async createConversation(id: string, userId: string, started: boolean, userBound = false): Promise<void> {
    const t = this.now();
    const key = keys.conversation(id);
    await this.committer.submit([
      ['w', 'HSET', key, 'user', userId, 'bound', userBound ? 1 : 0, 'created', t, 'updated', t, 'started', started ? 1 : 0, 'last', 0],
      ['w', 'PEXPIRE', key, this.ttlMs],
    ]);
    this.remember({ id, userId, userBound, createdAt: t, updatedAt: t, started, lastSeq: 0 });
  }

  /**
   * From the cache when it says started and bound (neither ever goes back); else read, since another instance may
   * have started the conversation or bound its user.
   */
  async getConversation(id: string): Promise<ConversationRecord | undefined> {
    const cached = this.cache.get(id);
    if (cached?.started && cached.userBound) return cached;
    const h = await call(() => this.client.hgetall(keys.conversation(id)));
    const record = toRecord(id, h);
    if (!record) {
      this.cache.delete(id);
      return undefined;
    }
    return this.remember(record);
  }

  async beginTurn(id: string, clientId?: string): Promise<TurnStart> {
    const [h, seq] = await call(() =>
      Promise.all([this.client.hgetall(keys.conversation(id)), clientId !== undefined ? this.client.hget(keys.clientIds(id), clientId) : null]),
    );
    const conversation = toRecord(id, h);
    if (conversation) this.remember(conversation);
    else this.cache.delete(id);
    return { conversation, duplicateSeq: seq !== null && seq !== undefined ? Number(seq) : undefined };
  }

  /**
   * Binds the conversation's user. Staged under the conversation lock after a fresh read that found it unbound, and
   * committed fenced by that lock: no other turn can have bound it in between.
   */
  stageBindUser(unit: TurnUnit, userId: string): void {
    const c = unit.conversationId;
    unit.stage([['w', 'HSET', keys.conversation(c), 'user', userId, 'bound', 1]] satisfies RedisOp[], undefined, () => {
      const cached = this.cache.get(c);
      if (cached && !cached.userBound) this.cache.set(c, { ...cached, userId, userBound: true });
    });
  }

  stageStarted(unit: TurnUnit): void {
    unit.stage([['w', 'HSET', keys.conversation(unit.conversationId), 'started', 1, 'updated', this.now()]] satisfies RedisOp[]);
  }

  stageAppend(unit: TurnUnit, seq: number, activity: object, clientId?: string): void {
    const c = unit.conversationId;
    const json = JSON.stringify(activity);
    const ops: RedisOp[] = [['w', 'HSET', keys.activities(c), seq, json]];
    if (clientId !== undefined) ops.push(['w', 'HSET', keys.clientIds(c), clientId, seq]);
    unit.stage(ops);
    // Once per commit: the conversation's last seq, the expiry of its keys, and one PUBLISH of what it added.
    const t = this.now();
    unit.stageLast('redis:touch', ['w', 'HSET', keys.conversation(c), 'last', seq, 'updated', t] satisfies RedisOp);
    for (const key of this.conversationKeys(c)) unit.stageLast(`redis:expire:${key}`, ['w', 'PEXPIRE', key, this.ttlMs] satisfies RedisOp);
    let pending = unit.pendingByStore.get('redis:publish') as PublishPending | undefined;
    if (!pending) {
      pending = { seqs: [], jsons: [] };
      unit.pendingByStore.set('redis:publish', pending);
    }
    pending.seqs.push(seq);
    pending.jsons.push(json);
    unit.stageLast('redis:publish', ['w', 'PUBLISH', keys.events(c), encodeBatch(pending.seqs, pending.jsons)] satisfies RedisOp);
  }

  stageUpdate(unit: TurnUnit, seq: number, activity: object): void {
    unit.stage([['w', 'HSET', keys.activities(unit.conversationId), seq, JSON.stringify(activity)]] satisfies RedisOp[]);
  }

  stageDelete(unit: TurnUnit, seq: number): void {
    unit.stage([['w', 'HDEL', keys.activities(unit.conversationId), seq]] satisfies RedisOp[]);
  }

  async activitySet(id: string, watermark: number): Promise<ActivityPage> {
    const out = (await call(() => PAGE_SCRIPT.run(this.client, [keys.conversation(id), keys.activities(id)], [watermark, PAGE]))) as (number | string)[];
    const last = Number(out[0] ?? 0);
    let body = '{"activities":[';
    for (let i = 2; i < out.length; i += 2) body += (i === 2 ? '' : ',') + String(out[i]);
    // A full window: the client asks again from its end.
    const mark = last - watermark > PAGE ? watermark + PAGE : Math.max(last, watermark);
    return { body: `${body}],"watermark":"${mark}"}`, watermark: mark };
  }

  async listActivities(id: string, watermark = 0): Promise<Record<string, unknown>[]> {
    const all: Record<string, unknown>[] = [];
    let mark = watermark;
    for (;;) {
      const page = await this.activitySet(id, mark);
      const { activities } = JSON.parse(page.body) as { activities: Record<string, unknown>[] };
      all.push(...activities);
      if (page.watermark <= mark) break;
      mark = page.watermark;
    }
    return all;
  }

  append(id: string, activity: object): Promise<string> {
    return this.lock.run(id, async (lease) => {
      const { conversation } = await this.beginTurn(id);
      if (!conversation) throw new Error(`unknown conversation ${id}`);
      const unit = this.newUnit(id, lease);
      const seq = conversation.lastSeq + 1;
      const activityIdValue = activityId(id, seq);
      const given = (activity as { conversation?: object }).conversation;
      this.stageAppend(unit, seq, { ...activity, id: activityIdValue, conversation: { ...given, id } });
      await unit.flush();
      return activityIdValue;
    });
  }

  async deleteConversation(id: string, channelId = 'directline'): Promise<void> {
    const prefix = conversationStatePrefix(channelId, id);
    const ops: RedisOp[] = [['w', 'DEL', keys.activities(id), keys.clientIds(id), keys.state(prefix)]];
    const unit = turnOfConversation(channelId, id);
    if (unit) {
      unit.stage(ops, undefined, this.afterErase);
      for (const key of unit.stagedState.keys()) if (key.startsWith(prefix)) unit.stagedState.set(key, null);
      return;
    }
    await this.lock.run(id, async (lease) => {
      const u = this.newUnit(id, lease);
      u.stage(ops, undefined, this.afterErase);
      await u.flush();
    });
  }

  private conversationKeys(c: string): string[] {
    return [keys.conversation(c), keys.activities(c), keys.clientIds(c), keys.state(conversationStatePrefix('directline', c))];
  }

  private remember(record: ConversationRecord): ConversationRecord {
    if (this.cache.size >= CACHE_MAX && !this.cache.has(record.id)) {
      const oldest = this.cache.keys().next();
      if (!oldest.done) this.cache.delete(oldest.value);
    }
    this.cache.set(record.id, record);
    return record;
  }
}
