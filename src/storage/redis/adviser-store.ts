import { randomBytes } from 'node:crypto';
import type {
  AdviserAccountStore,
  AdviserRole,
  AdviserRow,
  AuditFilter,
  AdviserSessionStore,
  AuditRecord,
  AuditRow,
  AuditStore,
  LoginFailureStore,
  LoginLimits,
  Reservation,
  SessionRow,
} from '../types.js';
import { call, LuaScript, type Redis } from './client.js';
import { keys } from './keys.js';

const CREATE_ADVISER = new LuaScript(
  'create-adviser',
  `if redis.call('EXISTS', KEYS[1]) == 1 then return redis.error_reply('EXISTS adviser') end
local id = redis.call('INCR', KEYS[2])
redis.call('HSET', ARGV[1] .. id, 'email', ARGV[2], 'hash', ARGV[3], 'created', ARGV[4], 'updated', ARGV[4], 'role', ARGV[5])
redis.call('SET', KEYS[1], id)
redis.call('SADD', KEYS[3], id)
return id`,
);

const SET_PASSWORD = new LuaScript(
  'set-password',
  `redis.call('HSET', KEYS[1], 'hash', ARGV[1], 'updated', ARGV[2])
local sessions = redis.call('SMEMBERS', KEYS[2])
for _, h in ipairs(sessions) do redis.call('DEL', ARGV[3] .. h) end
redis.call('DEL', KEYS[2])
return #sessions`,
);

/** Disabling and ending every session of the account are one step, so no request slips in between. */
const SET_DISABLED = new LuaScript(
  'set-disabled',
  `if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
if ARGV[1] == '1' then
  redis.call('HSET', KEYS[1], 'disabled', ARGV[2], 'updated', ARGV[2])
  local sessions = redis.call('SMEMBERS', KEYS[2])
  for _, h in ipairs(sessions) do redis.call('DEL', ARGV[3] .. h) end
  redis.call('DEL', KEYS[2])
else
  redis.call('HDEL', KEYS[1], 'disabled')
  redis.call('HSET', KEYS[1], 'updated', ARGV[2])
end
return 1`,
);

const ROLES: readonly AdviserRole[] = ['adviser', 'editor', 'admin'];

function toAdviser(id: number, h: Record<string, string>): AdviserRow | undefined {
  if (h['email'] === undefined || h['hash'] === undefined) return undefined;
  // An account stored before roles existed could do everything there was: an admin (as the SQLite migration says).
  const role = ROLES.find((r) => r === h['role']) ?? 'admin';
  return { id, email: h['email'], passwordHash: h['hash'], role, disabled: h['disabled'] !== undefined, createdAt: Number(h['created'] ?? 0) };
}

/** Adviser accounts on Redis: a hash per account, an e-mail → id key, and the set of ids. */
export class RedisAdviserAccountStore implements AdviserAccountStore {
  constructor(private readonly client: Redis) {}

  async findByEmail(email: string): Promise<AdviserRow | undefined> {
    const id = await call(() => this.client.get(keys.adviserByEmail(email)));
    return id ? this.byId(Number(id)) : undefined;
  }

  async byId(id: number): Promise<AdviserRow | undefined> {
    return toAdviser(id, await call(() => this.client.hgetall(keys.adviser(id))));
  }

  async create(email: string, passwordHash: string, now: number, role: AdviserRole = 'adviser'): Promise<number> {
    const id = await call(() =>
      CREATE_ADVISER.run(this.client, [keys.adviserByEmail(email), keys.adviserSeq, keys.adviserIds], [keys.adviser(''), email, passwordHash, now, role]),
    );
    return Number(id);
  }

  async list(): Promise<AdviserRow[]> {
    const ids = (await call(() => this.client.smembers(keys.adviserIds))).map(Number).sort((a, b) => a - b);
    if (ids.length === 0) return [];
    const pipeline = this.client.pipeline();
    for (const id of ids) pipeline.hgetall(keys.adviser(id));
    const results = (await call(() => pipeline.exec())) ?? [];
    const out: AdviserRow[] = [];
    results.forEach(([err, h], i) => {
      if (err) throw err;
      const row = toAdviser(ids[i]!, h as Record<string, string>);
      if (row) out.push(row);
    });
    return out;
  }

  async setRole(id: number, role: AdviserRole, now: number): Promise<void> {
    await call(() => this.client.multi().hset(keys.adviser(id), 'role', role, 'updated', now).exec());
  }

  async setDisabled(id: number, disabled: boolean, now: number): Promise<void> {
    await call(() => SET_DISABLED.run(this.client, [keys.adviser(id), keys.adviserSessions(id)], [disabled ? '1' : '0', now, keys.session('')]));
  }

  async setPassword(id: number, passwordHash: string, now: number): Promise<void> {
    await call(() => SET_PASSWORD.run(this.client, [keys.adviser(id), keys.adviserSessions(id)], [passwordHash, now, keys.session('')]));
  }

  async count(): Promise<number> {
    return call(() => this.client.scard(keys.adviserIds));
  }
}

const TOUCH_SESSION = new LuaScript(
  'touch-session',
  `if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
redis.call('HSET', KEYS[1], 'seen', ARGV[1], 'expires', ARGV[2])
redis.call('PEXPIRE', KEYS[1], math.max(1, tonumber(ARGV[2]) - tonumber(ARGV[1])))
return 1`,
);

const DELETE_SESSION = new LuaScript(
  'delete-session',
  `local adviser = redis.call('HGET', KEYS[1], 'adviser')
if adviser then redis.call('SREM', ARGV[1] .. adviser, ARGV[2]) end
return redis.call('DEL', KEYS[1])`,
);

/** Adviser sessions on Redis: a hash per session (by the hash of its id) that expires with the session. */
export class RedisAdviserSessionStore implements AdviserSessionStore {
  constructor(private readonly client: Redis) {}

  async create(idHash: string, row: SessionRow): Promise<void> {
    const key = keys.session(idHash);
    await call(() =>
      this.client
        .multi()
        .hset(key, 'adviser', row.adviserId, 'csrf', row.csrfToken, 'created', row.createdAt, 'seen', row.createdAt, 'expires', row.expiresAt)
        // Relative to the service's clock (a test's may not be the wall clock); SessionStore checks the expiry too.
        .pexpire(key, Math.max(1, row.expiresAt - row.createdAt))
        .sadd(keys.adviserSessions(row.adviserId), idHash)
        .exec(),
    );
  }

  async get(idHash: string): Promise<SessionRow | undefined> {
    const h = await call(() => this.client.hgetall(keys.session(idHash)));
    if (h['adviser'] === undefined || h['csrf'] === undefined) return undefined;
    return { adviserId: Number(h['adviser']), csrfToken: h['csrf'], createdAt: Number(h['created']), expiresAt: Number(h['expires']) };
  }

  async touch(idHash: string, lastSeenAt: number, expiresAt: number): Promise<void> {
    await call(() => TOUCH_SESSION.run(this.client, [keys.session(idHash)], [lastSeenAt, expiresAt]));
  }

  async delete(idHash: string): Promise<void> {
    await call(() => DELETE_SESSION.run(this.client, [keys.session(idHash)], [keys.adviserSessions(''), idHash]));
  }
}

/**
 * `{1, member}` when the attempt is let through (and counted against the address and the IP), `{0, seconds}` when
 * either is locked: the rule of src/storage/login-limits.ts, applied in one atomic step. KEYS: the address's and the
 * IP's sorted sets. ARGV: at, since (at - window), window ms, max per address, max per IP, the new member.
 */
const RESERVE_LOGIN = new LuaScript(
  'reserve-login',
  `local at = tonumber(ARGV[1])
local window = tonumber(ARGV[3])
local function wait(key, max)
  redis.call('ZREMRANGEBYSCORE', key, '-inf', ARGV[2])
  local recent = redis.call('ZREVRANGEBYSCORE', key, '+inf', '(' .. ARGV[2], 'WITHSCORES', 'LIMIT', 0, max)
  if #recent / 2 >= max then return tonumber(recent[max * 2]) + window - at end
  return 0
end
local ms = math.max(wait(KEYS[1], tonumber(ARGV[4])), wait(KEYS[2], tonumber(ARGV[5])))
if ms > 0 then return {0, math.ceil(ms / 1000)} end
redis.call('ZADD', KEYS[1], at, ARGV[6])
redis.call('PEXPIRE', KEYS[1], window)
redis.call('ZADD', KEYS[2], at, ARGV[6])
redis.call('PEXPIRE', KEYS[2], window)
return {1, ARGV[6]}`,
);

/**
 * Failed logins on Redis: a sorted set of times per address and per IP, expiring with the lock-out window. The
 * per-address and per-IP counts are separate keys, so clearing an address's failures leaves its IPs' counts alone.
 */
export class RedisLoginFailureStore implements LoginFailureStore {
  constructor(private readonly client: Redis) {}

  async reserve(email: string, ip: string, at: number, limits: LoginLimits): Promise<Reservation> {
    const member = `${at}:${randomBytes(6).toString('hex')}`;
    const out = (await call(() =>
      RESERVE_LOGIN.run(
        this.client,
        [keys.loginFailures('email', email), keys.loginFailures('ip', ip)],
        [at, at - limits.windowMs, limits.windowMs, limits.maxPerEmail, limits.maxPerIp, member],
      ),
    )) as [number, string | number];
    return out[0] === 1 ? { allowed: true, id: String(out[1]) } : { allowed: false, retryAfter: Number(out[1]) };
  }

  async succeeded(reservation: string, email: string, ip: string): Promise<void> {
    await call(() => this.client.multi().zrem(keys.loginFailures('ip', ip), reservation).del(keys.loginFailures('email', email)).exec());
  }

  async recent(kind: 'email' | 'ip', value: string, since: number, max: number): Promise<number[]> {
    const out = await call(() => this.client.zrevrangebyscore(keys.loginFailures(kind, value), '+inf', `(${since}`, 'WITHSCORES', 'LIMIT', 0, max));
    const times: number[] = [];
    for (let i = 1; i < out.length; i += 2) times.push(Number(out[i]));
    return times;
  }

  async clearEmail(email: string): Promise<void> {
    await call(() => this.client.del(keys.loginFailures('email', email)));
  }
}

const APPEND_AUDIT = new LuaScript(
  'append-audit',
  `local id = redis.call('INCR', KEYS[1])
local row = cjson.decode(ARGV[1])
row['id'] = id
redis.call('LPUSH', KEYS[2], cjson.encode(row))
return id`,
);

const PURGE_AUDIT = new LuaScript(
  'purge-audit',
  `local n = 0
while true do
  local oldest = redis.call('LINDEX', KEYS[1], -1)
  if not oldest or cjson.decode(oldest)['at'] >= tonumber(ARGV[1]) then return n end
  redis.call('RPOP', KEYS[1])
  n = n + 1
end`,
);

const AUDIT_PAGE = 1_000;
const AUDIT_SCAN_MAX = 200_000;

function parseAuditLine(line: string): AuditRecord {
  const r = JSON.parse(line) as Partial<AuditRecord> & { id: number };
  return {
    id: r.id,
    at: r.at ?? 0,
    adviserId: r.adviserId ?? null,
    adviserEmail: r.adviserEmail ?? '',
    action: r.action ?? 'login',
    referenceCode: r.referenceCode ?? null,
    callbackId: r.callbackId ?? null,
    outcome: r.outcome ?? '',
    detail: r.detail ?? null,
  };
}

/** The audit log on Redis: a list, newest first; lines older than a year are trimmed by the retention job. */
export class RedisAuditStore implements AuditStore {
  constructor(private readonly client: Redis) {}

  async append(row: AuditRow): Promise<void> {
    await call(() => APPEND_AUDIT.run(this.client, [keys.auditSeq, keys.audit], [JSON.stringify(row)]));
  }

  async list(limit: number): Promise<AuditRecord[]> {
    const lines = await call(() => this.client.lrange(keys.audit, 0, limit - 1));
    return lines.map(parseAuditLine);
  }

  /**
   * The list is read newest first in pages and filtered here (Redis has no query on a list's JSON); the reading
   * stops at `limit` matches, at the first line older than `from`, or after AUDIT_SCAN_MAX lines.
   */
  async query(filter: AuditFilter, limit: number): Promise<AuditRecord[]> {
    const who = filter.who?.toLowerCase();
    const out: AuditRecord[] = [];
    for (let start = 0; start < AUDIT_SCAN_MAX && out.length < limit; start += AUDIT_PAGE) {
      const lines = await call(() => this.client.lrange(keys.audit, start, start + AUDIT_PAGE - 1));
      for (const line of lines) {
        const r = parseAuditLine(line);
        if (filter.from !== undefined && r.at < filter.from) return out;
        if (filter.to !== undefined && r.at >= filter.to) continue;
        if (filter.action && r.action !== filter.action) continue;
        if (who && !r.adviserEmail.toLowerCase().includes(who)) continue;
        out.push(r);
        if (out.length >= limit) return out;
      }
      if (lines.length < AUDIT_PAGE) break;
    }
    return out;
  }

  async purgeBefore(t: number): Promise<number> {
    return Number(await call(() => PURGE_AUDIT.run(this.client, [keys.audit], [t])));
  }
}
