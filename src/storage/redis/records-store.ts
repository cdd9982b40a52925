import type {
  CallbackRequest,
  CallbackStatus,
  CallbackStore,
  FeedbackEntry,
  FeedbackStore,
  NewCallback,
  ReferenceRecord,
  ReferenceStore,
  UnansweredQuestion,
  UnansweredStore,
} from '../types.js';
import { call, LuaScript, type Redis } from './client.js';
import { keys } from './keys.js';

const DAY_MS = 86_400_000;

const CREATE_CALLBACK = new LuaScript(
  'create-callback',
  `local id = redis.call('INCR', KEYS[1])
local key = ARGV[1] .. id
redis.call('HSET', key, 'conversation', ARGV[2], 'reference', ARGV[3], 'first_name', ARGV[4], 'phone', ARGV[5],
  'time_slot', ARGV[6], 'status', 'new', 'created', ARGV[7], 'updated', ARGV[7], 'closed', '')
redis.call('ZADD', KEYS[2], ARGV[7], id)
redis.call('SADD', KEYS[3], id)
return id`,
);

const SET_CALLBACK_STATUS = new LuaScript(
  'callback-status',
  `if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
local closed = ''
if ARGV[1] == 'done' then closed = ARGV[2] end
redis.call('HSET', KEYS[1], 'status', ARGV[1], 'updated', ARGV[2], 'closed', closed)
if ARGV[1] == 'done' then redis.call('PEXPIRE', KEYS[1], ARGV[3]) else redis.call('PERSIST', KEYS[1]) end
return 1`,
);

const DELETE_CALLBACKS = new LuaScript(
  'delete-callbacks',
  `local ids = redis.call('SMEMBERS', KEYS[1])
for _, id in ipairs(ids) do
  redis.call('DEL', ARGV[1] .. id)
  redis.call('ZREM', KEYS[2], id)
end
redis.call('DEL', KEYS[1])
return #ids`,
);

function toCallback(id: number, h: Record<string, string>): CallbackRequest | undefined {
  if (h['conversation'] === undefined) return undefined;
  return {
    id,
    conversationId: h['conversation'],
    referenceCode: h['reference'] ? h['reference'] : null,
    firstName: h['first_name'] ?? '',
    phone: h['phone'] ?? '',
    timeSlot: h['time_slot'] ?? '',
    status: (h['status'] ?? 'new') as CallbackStatus,
    createdAt: Number(h['created']),
    updatedAt: Number(h['updated']),
    closedAt: h['closed'] ? Number(h['closed']) : null,
  };
}

/**
 * Callback requests on Redis: one hash each, an index by creation time, and a set per conversation for erasure. A
 * closed request expires CALLBACK_RETENTION_DAYS after it was closed (reopening it keeps it again); the index is
 * pruned of expired ids when listed.
 */
export class RedisCallbackStore implements CallbackStore {
  constructor(
    private readonly client: Redis,
    private readonly retentionDays: number,
  ) {}

  async create(input: NewCallback, now: number): Promise<number> {
    const id = await call(() =>
      CREATE_CALLBACK.run(
        this.client,
        [keys.callbackSeq, keys.callbackIndex, keys.conversationCallbacks(input.conversationId)],
        [keys.callback(''), input.conversationId, input.referenceCode ?? '', input.firstName, input.phone, input.timeSlot, now],
      ),
    );
    return Number(id);
  }

  async list(status?: CallbackStatus): Promise<CallbackRequest[]> {
    const ids = (await call(() => this.client.zrange(keys.callbackIndex, '0', '-1'))).map(Number);
    const rows = await call(() => Promise.all(ids.map((id) => this.client.hgetall(keys.callback(id)))));
    const out: CallbackRequest[] = [];
    const gone: number[] = [];
    ids.forEach((id, i) => {
      const c = toCallback(id, rows[i] ?? {});
      if (!c) gone.push(id);
      else if (status === undefined || c.status === status) out.push(c);
    });
    if (gone.length > 0) await call(() => this.client.zrem(keys.callbackIndex, ...gone.map(String)));
    return out.sort((a, b) => a.createdAt - b.createdAt || a.id - b.id);
  }

  async get(id: number): Promise<CallbackRequest | undefined> {
    return toCallback(id, await call(() => this.client.hgetall(keys.callback(id))));
  }

  async setStatus(id: number, status: CallbackStatus, now: number): Promise<boolean> {
    const done = await call(() => SET_CALLBACK_STATUS.run(this.client, [keys.callback(id)], [status, now, this.retentionDays * DAY_MS]));
    return Number(done) === 1;
  }

  /**
   * Closed requests older than the retention, by the service's clock: key expiry does the same in real time; this
   * also keeps the index small.
   */
  async purgeClosed(now: number): Promise<number> {
    const cutoff = now - this.retentionDays * DAY_MS;
    const old = (await this.list('done')).filter((c) => c.closedAt !== null && c.closedAt < cutoff);
    if (old.length === 0) return 0;
    await call(() => this.client.multi().del(...old.map((c) => keys.callback(c.id))).zrem(keys.callbackIndex, ...old.map((c) => String(c.id))).exec());
    return old.length;
  }

  async deleteConversation(conversationId: string): Promise<void> {
    await call(() => DELETE_CALLBACKS.run(this.client, [keys.conversationCallbacks(conversationId), keys.callbackIndex], [keys.callback('')]));
  }
}

const ENSURE_REFERENCE = new LuaScript(
  'ensure-reference',
  `local code = redis.call('HGET', KEYS[1], 'code')
if code then return code end
for i = 5, #ARGV do
  if redis.call('SET', ARGV[1] .. ARGV[i], ARGV[2], 'NX', 'PX', ARGV[3]) then
    redis.call('HSET', KEYS[1], 'code', ARGV[i], 'consent', 0, 'tconsent', 0, 'summary', '', 'created', ARGV[4], 'updated', ARGV[4])
    redis.call('PEXPIRE', KEYS[1], ARGV[3])
    return ARGV[i]
  end
end
return false`,
);

const SET_SHARING = new LuaScript(
  'set-sharing',
  `local code = redis.call('HGET', KEYS[1], 'code')
if not code then return 0 end
if ARGV[1] == 'refresh' and redis.call('HGET', KEYS[1], 'consent') ~= '1' then return 0 end
if ARGV[1] == '0' then redis.call('HSET', KEYS[1], 'consent', 0, 'tconsent', 0) end
if ARGV[1] == '1' then redis.call('HSET', KEYS[1], 'consent', 1) end
redis.call('HSET', KEYS[1], 'summary', ARGV[2], 'updated', ARGV[3])
redis.call('PEXPIRE', KEYS[1], ARGV[4])
redis.call('PEXPIRE', ARGV[5] .. code, ARGV[4])
return 1`,
);

/** The consent to show the messages: given only on top of the consent to the summary (ARGV[1] '1'), withdrawn any time. */
const SET_TRANSCRIPT_SHARING = new LuaScript(
  'set-transcript-sharing',
  `local code = redis.call('HGET', KEYS[1], 'code')
if not code then return 0 end
if ARGV[1] == '1' and redis.call('HGET', KEYS[1], 'consent') ~= '1' then return 0 end
redis.call('HSET', KEYS[1], 'tconsent', ARGV[1], 'updated', ARGV[2])
redis.call('PEXPIRE', KEYS[1], ARGV[3])
redis.call('PEXPIRE', ARGV[4] .. code, ARGV[3])
return 1`,
);

const DELETE_REFERENCE = new LuaScript(
  'delete-reference',
  `local code = redis.call('HGET', KEYS[1], 'code')
if code then redis.call('DEL', ARGV[1] .. code) end
return redis.call('DEL', KEYS[1])`,
);

/**
 * Reference codes on Redis: a hash per conversation and a code → conversation key, both expiring TRANSCRIPT_DAYS
 * after their last change (the transcript they point to is gone by then too).
 */
export class RedisReferenceStore implements ReferenceStore {
  constructor(
    private readonly client: Redis,
    private readonly ttlMs: number,
  ) {}

  async ensure(conversationId: string, candidates: () => string, now: number): Promise<string> {
    for (let attempt = 0; attempt < 4; attempt++) {
      const tries = Array.from({ length: 5 }, candidates);
      const code = await call(() =>
        ENSURE_REFERENCE.run(this.client, [keys.reference(conversationId)], [keys.referenceCode(''), conversationId, this.ttlMs, now, ...tries]),
      );
      if (typeof code === 'string') return code;
    }
    throw new Error('could not allocate a reference code');
  }

  async setSharing(conversationId: string, consent: boolean, summaryJson: string | null, now: number): Promise<void> {
    await call(() =>
      SET_SHARING.run(this.client, [keys.reference(conversationId)], [consent ? '1' : '0', consent ? (summaryJson ?? '') : '', now, this.ttlMs, keys.referenceCode('')]),
    );
  }

  async setTranscriptSharing(conversationId: string, consent: boolean, now: number): Promise<void> {
    await call(() =>
      SET_TRANSCRIPT_SHARING.run(this.client, [keys.reference(conversationId)], [consent ? '1' : '0', now, this.ttlMs, keys.referenceCode('')]),
    );
  }

  async refreshSummary(conversationId: string, summaryJson: string, now: number): Promise<void> {
    await call(() => SET_SHARING.run(this.client, [keys.reference(conversationId)], ['refresh', summaryJson, now, this.ttlMs, keys.referenceCode('')]));
  }

  async byCode(code: string): Promise<ReferenceRecord | undefined> {
    const conversationId = await call(() => this.client.get(keys.referenceCode(code)));
    if (!conversationId) return undefined;
    const h = await call(() => this.client.hgetall(keys.reference(conversationId)));
    if (h['code'] !== code) return undefined;
    return {
      conversationId,
      code,
      consent: h['consent'] === '1',
      transcriptConsent: h['consent'] === '1' && h['tconsent'] === '1',
      summary: h['summary'] ? (JSON.parse(h['summary']) as unknown) : null,
      updatedAt: Number(h['updated'] ?? 0),
    };
  }

  async deleteConversation(conversationId: string): Promise<void> {
    await call(() => DELETE_REFERENCE.run(this.client, [keys.reference(conversationId)], [keys.referenceCode('')]));
  }
}

const RECORD_FEEDBACK = new LuaScript(
  'record-feedback',
  `local id = redis.call('INCR', KEYS[1])
redis.call('HSET', KEYS[2], id, ARGV[1])
redis.call('SADD', KEYS[3], id)
return id`,
);

/** A conversation's entries of a shared hash (feedback, unanswered questions): KEYS[1] the set of their ids, KEYS[2] the hash. */
const DELETE_LISTED = new LuaScript(
  'delete-listed',
  `local ids = redis.call('SMEMBERS', KEYS[1])
if #ids > 0 then redis.call('HDEL', KEYS[2], unpack(ids)) end
redis.call('DEL', KEYS[1])
return #ids`,
);

/** Thumbs up/down, kept for content work like on SQLite; a conversation's entries go when it is erased. */
export class RedisFeedbackStore implements FeedbackStore {
  constructor(private readonly client: Redis) {}

  async record(entry: FeedbackEntry): Promise<void> {
    await call(() =>
      RECORD_FEEDBACK.run(this.client, [keys.feedbackSeq, keys.feedback, keys.conversationFeedback(entry.conversationId)], [JSON.stringify(entry)]),
    );
  }

  async all(): Promise<FeedbackEntry[]> {
    const h = await call(() => this.client.hgetall(keys.feedback));
    return Object.entries(h)
      .sort(([a], [b]) => Number(a) - Number(b))
      .map(([, json]) => JSON.parse(json) as FeedbackEntry);
  }

  async deleteConversation(conversationId: string): Promise<void> {
    await call(() => DELETE_LISTED.run(this.client, [keys.conversationFeedback(conversationId), keys.feedback], []));
  }
}

const RECORD_UNANSWERED = new LuaScript(
  'record-unanswered',
  `local id = redis.call('INCR', KEYS[1])
redis.call('HSET', KEYS[2], id, ARGV[1])
redis.call('SADD', KEYS[3], id)
redis.call('PEXPIRE', KEYS[3], ARGV[2])
return id`,
);

/**
 * Questions the bot could not answer, kept for content work: a hash of them by id, without any conversation id, and
 * per conversation (by the one-way hash of its id) the set of its question ids, so that erasing the conversation
 * erases them. The set expires TRANSCRIPT_DAYS after the conversation's last unanswered question, like its
 * transcript: the questions kept after that lead to no conversation.
 */
export class RedisUnansweredStore implements UnansweredStore {
  constructor(
    private readonly client: Redis,
    private readonly linkTtlMs: number,
  ) {}

  async record(q: UnansweredQuestion, conversationHash: string): Promise<void> {
    await call(() =>
      RECORD_UNANSWERED.run(this.client, [keys.unansweredSeq, keys.unanswered, keys.unansweredOf(conversationHash)], [JSON.stringify(q), this.linkTtlMs]),
    );
  }

  async all(): Promise<UnansweredQuestion[]> {
    const h = await call(() => this.client.hgetall(keys.unanswered));
    return Object.entries(h)
      .sort(([a], [b]) => Number(a) - Number(b))
      .map(([, json]) => JSON.parse(json) as UnansweredQuestion);
  }

  async deleteConversation(conversationHash: string): Promise<void> {
    await call(() => DELETE_LISTED.run(this.client, [keys.unansweredOf(conversationHash), keys.unanswered], []));
  }
}
