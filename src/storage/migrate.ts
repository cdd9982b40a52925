import type { Redis } from 'ioredis';
import { scopeOfKey } from './turn-unit.js';
import { KEY_PREFIX, keys } from './redis/keys.js';
import type { Database } from './sqlite/database.js';
import type { ConversationRow } from './sqlite/history-store.js';
import type { CallbackRow, FeedbackRow } from './sqlite/records-store.js';
import type { UsageEvent } from './types.js';
import { USAGE_RETENTION_DAYS, usageMetrics } from './usage-metrics.js';

const DAY_MS = 86_400_000;

export interface CopyOptions {
  /** Count only; write nothing. */
  dryRun: boolean;
  transcriptDays: number;
  callbackDays: number;
  now?: number;
}

/** What was (or would be) copied, by kind; `expired` counts rows left behind because retention already ended them. */
export type CopyCounts = Record<
  | 'conversations'
  | 'activities'
  | 'stateItems'
  | 'tokens'
  | 'referenceCodes'
  | 'recaps'
  | 'callbacks'
  | 'feedback'
  | 'unanswered'
  | 'advisers'
  | 'sessions'
  | 'loginFailures'
  | 'auditLines'
  | 'usageEvents'
  | 'expired',
  number
>;

type Cmd = (string | number)[];

/**
 * Copies a SQLite database (live: read in one transaction, so a consistent snapshot while the server keeps writing)
 * into an empty Redis, in the Redis back end's key space, with each key's remaining lifetime (what retention would
 * have deleted is left behind). Ids are kept: activity ids, callback ids and adviser ids stay the same.
 */
export async function copySqliteToRedis(db: Database, redis: Redis, opts: CopyOptions): Promise<CopyCounts> {
  const now = opts.now ?? Date.now();
  const transcriptMs = opts.transcriptDays * DAY_MS;
  const counts: CopyCounts = {
    conversations: 0,
    activities: 0,
    stateItems: 0,
    tokens: 0,
    referenceCodes: 0,
    recaps: 0,
    callbacks: 0,
    feedback: 0,
    unanswered: 0,
    advisers: 0,
    sessions: 0,
    loginFailures: 0,
    auditLines: 0,
    usageEvents: 0,
    expired: 0,
  };
  const cmds: Cmd[] = [];
  const ttlFrom = (updatedAt: number): number => updatedAt + transcriptMs - now;

  db.transaction(() => {
    // Conversations, their activities and client ids.
    const conversationTtl = new Map<string, number>();
    for (const c of db.prepare('SELECT * FROM conversations').iterate() as Iterable<ConversationRow>) {
      const ttl = ttlFrom(c.updated_at);
      if (ttl <= 0) {
        counts.expired++;
        continue;
      }
      conversationTtl.set(c.id, ttl);
      counts.conversations++;
      const key = keys.conversation(c.id);
      cmds.push(['HSET', key, 'user', c.user_id, 'bound', c.user_bound, 'created', c.created_at, 'updated', c.updated_at, 'started', c.started, 'last', c.last_seq], ['PEXPIRE', key, ttl]);
    }
    for (const a of db.prepare('SELECT conversation_id, seq, client_id, json FROM activities ORDER BY conversation_id, seq').iterate() as Iterable<{
      conversation_id: string;
      seq: number;
      client_id: string | null;
      json: string;
    }>) {
      const ttl = conversationTtl.get(a.conversation_id);
      if (ttl === undefined) continue;
      counts.activities++;
      cmds.push(['HSET', keys.activities(a.conversation_id), a.seq, a.json], ['PEXPIRE', keys.activities(a.conversation_id), ttl]);
      if (a.client_id !== null) cmds.push(['HSET', keys.clientIds(a.conversation_id), a.client_id, a.seq], ['PEXPIRE', keys.clientIds(a.conversation_id), ttl]);
    }
    // State items, by scope.
    for (const s of db.prepare('SELECT key, etag, json, updated_at FROM bot_state').iterate() as Iterable<{ key: string; etag: string; json: string; updated_at: number }>) {
      const ttl = ttlFrom(s.updated_at);
      if (ttl <= 0) {
        counts.expired++;
        continue;
      }
      counts.stateItems++;
      const hash = keys.state(scopeOfKey(s.key));
      cmds.push(['HSET', hash, `e:${s.key}`, s.etag, `j:${s.key}`, s.json], ['PEXPIRE', hash, ttl]);
    }
    // Tokens.
    for (const t of db.prepare('SELECT hash, conversation_id, user_id, expires_at FROM dl_tokens').iterate() as Iterable<{
      hash: string;
      conversation_id: string;
      user_id: string | null;
      expires_at: number;
    }>) {
      if (t.expires_at <= now) {
        counts.expired++;
        continue;
      }
      counts.tokens++;
      const grant = { conversationId: t.conversation_id, userId: t.user_id ?? undefined, expiresAt: t.expires_at };
      cmds.push(['SET', keys.token(t.hash), JSON.stringify(grant), 'PX', t.expires_at - now]);
    }
    // Reference codes live as long as their conversation would.
    for (const r of db.prepare('SELECT * FROM reference_codes').iterate() as Iterable<{
      conversation_id: string;
      code: string;
      consent: number;
      transcript_consent: number;
      summary_json: string | null;
      created_at: number;
      updated_at: number;
    }>) {
      const ttl = conversationTtl.get(r.conversation_id) ?? ttlFrom(r.updated_at);
      if (ttl <= 0) {
        counts.expired++;
        continue;
      }
      counts.referenceCodes++;
      const key = keys.reference(r.conversation_id);
      cmds.push(
        ['HSET', key, 'code', r.code, 'consent', r.consent, 'tconsent', r.transcript_consent, 'summary', r.summary_json ?? '', 'created', r.created_at, 'updated', r.updated_at],
        ['PEXPIRE', key, ttl],
        ['SET', keys.referenceCode(r.code), r.conversation_id, 'PX', ttl],
      );
    }
    // Récap pages keep their token hash (their address still works) and the rest of their retention.
    for (const r of db.prepare('SELECT token_hash, conversation_id, document_json, created_at, updated_at FROM recaps').iterate() as Iterable<{
      token_hash: string;
      conversation_id: string;
      document_json: string;
      created_at: number;
      updated_at: number;
    }>) {
      const ttl = ttlFrom(r.updated_at);
      if (ttl <= 0) {
        counts.expired++;
        continue;
      }
      counts.recaps++;
      const key = keys.recap(r.token_hash);
      cmds.push(
        ['HSET', key, 'conversation', r.conversation_id, 'doc', r.document_json, 'created', r.created_at, 'updated', r.updated_at],
        ['PEXPIRE', key, ttl],
        ['SET', keys.recapOf(r.conversation_id), r.token_hash, 'PX', ttl],
      );
    }
    // Callback requests keep their ids; closed ones their remaining retention.
    let maxCallback = 0;
    for (const c of db.prepare('SELECT * FROM callbacks').iterate() as Iterable<CallbackRow>) {
      maxCallback = Math.max(maxCallback, c.id);
      const ttl = c.status === 'done' && c.closed_at !== null ? c.closed_at + opts.callbackDays * DAY_MS - now : undefined;
      if (ttl !== undefined && ttl <= 0) {
        counts.expired++;
        continue;
      }
      counts.callbacks++;
      const key = keys.callback(c.id);
      cmds.push(
        ['HSET', key, 'conversation', c.conversation_id, 'reference', c.reference_code ?? '', 'first_name', c.first_name, 'phone', c.phone, 'time_slot', c.time_slot, 'status', c.status, 'created', c.created_at, 'updated', c.updated_at, 'closed', c.closed_at ?? ''],
        ['ZADD', keys.callbackIndex, c.created_at, c.id],
        ['SADD', keys.conversationCallbacks(c.conversation_id), c.id],
      );
      if (ttl !== undefined) cmds.push(['PEXPIRE', key, ttl]);
    }
    if (maxCallback > 0) cmds.push(['SET', keys.callbackSeq, maxCallback]);
    // Feedback and unanswered questions (kept, as on SQLite).
    let maxFeedback = 0;
    for (const f of db.prepare('SELECT * FROM feedback ORDER BY id').iterate() as Iterable<FeedbackRow>) {
      maxFeedback = Math.max(maxFeedback, f.id);
      counts.feedback++;
      const entry = { conversationId: f.conversation_id, replyToId: f.reply_to_id, rating: f.rating, reason: f.reason, question: f.question, topic: f.topic, createdAt: f.created_at };
      cmds.push(['HSET', keys.feedback, f.id, JSON.stringify(entry)], ['SADD', keys.conversationFeedback(f.conversation_id), f.id]);
    }
    if (maxFeedback > 0) cmds.push(['SET', keys.feedbackSeq, maxFeedback]);
    // Unanswered questions keep their ids and their one-way link to the conversation (so that erasing it still erases
    // them), for as long as retention would have kept the hash on SQLite.
    let maxUnanswered = 0;
    for (const u of db.prepare('SELECT id, question, created_at, conversation_hash FROM unanswered ORDER BY id').iterate() as Iterable<{
      id: number;
      question: string;
      created_at: number;
      conversation_hash: string | null;
    }>) {
      maxUnanswered = Math.max(maxUnanswered, u.id);
      counts.unanswered++;
      cmds.push(['HSET', keys.unanswered, u.id, JSON.stringify({ question: u.question, createdAt: u.created_at })]);
      const linkTtl = ttlFrom(u.created_at);
      if (u.conversation_hash !== null && linkTtl > 0) {
        const link = keys.unansweredOf(u.conversation_hash);
        cmds.push(['SADD', link, u.id], ['PEXPIRE', link, linkTtl]);
      }
    }
    if (maxUnanswered > 0) cmds.push(['SET', keys.unansweredSeq, maxUnanswered]);
    // The adviser console.
    let maxAdviser = 0;
    for (const a of db.prepare('SELECT * FROM advisers').iterate() as Iterable<{
      id: number;
      email: string;
      password_hash: string;
      created_at: number;
      updated_at: number;
      role: string;
      disabled_at: number | null;
    }>) {
      maxAdviser = Math.max(maxAdviser, a.id);
      counts.advisers++;
      cmds.push(
        ['HSET', keys.adviser(a.id), 'email', a.email, 'hash', a.password_hash, 'created', a.created_at, 'updated', a.updated_at, 'role', a.role],
        ...(a.disabled_at !== null ? [['HSET', keys.adviser(a.id), 'disabled', a.disabled_at] as Cmd] : []),
        ['SET', keys.adviserByEmail(a.email), a.id],
        ['SADD', keys.adviserIds, a.id],
      );
    }
    if (maxAdviser > 0) cmds.push(['SET', keys.adviserSeq, maxAdviser]);
    for (const s of db.prepare('SELECT * FROM adviser_sessions').iterate() as Iterable<{
      id_hash: string;
      adviser_id: number;
      csrf_token: string;
      created_at: number;
      last_seen_at: number;
      expires_at: number;
    }>) {
      if (s.expires_at <= now) {
        counts.expired++;
        continue;
      }
      counts.sessions++;
      const key = keys.session(s.id_hash);
      cmds.push(
        ['HSET', key, 'adviser', s.adviser_id, 'csrf', s.csrf_token, 'created', s.created_at, 'seen', s.last_seen_at, 'expires', s.expires_at],
        ['PEXPIRE', key, s.expires_at - now],
        ['SADD', keys.adviserSessions(s.adviser_id), s.id_hash],
      );
    }
    for (const f of db.prepare('SELECT id, email, ip, at, email_cleared FROM adviser_login_failures').iterate() as Iterable<{
      id: number;
      email: string;
      ip: string;
      at: number;
      email_cleared: number;
    }>) {
      counts.loginFailures++;
      const member = `${f.at}:m${f.id}`;
      if (f.email_cleared === 0) cmds.push(['ZADD', keys.loginFailures('email', f.email), f.at, member], ['PEXPIRE', keys.loginFailures('email', f.email), DAY_MS]);
      cmds.push(['ZADD', keys.loginFailures('ip', f.ip), f.at, member], ['PEXPIRE', keys.loginFailures('ip', f.ip), DAY_MS]);
    }
    let maxAudit = 0;
    for (const a of db.prepare('SELECT * FROM adviser_audit ORDER BY id').iterate() as Iterable<{
      id: number;
      at: number;
      adviser_id: number | null;
      adviser_email: string;
      action: string;
      reference_code: string | null;
      callback_id: number | null;
      outcome: string;
      detail: string | null;
    }>) {
      maxAudit = Math.max(maxAudit, a.id);
      counts.auditLines++;
      const row = {
        at: a.at,
        adviserId: a.adviser_id,
        adviserEmail: a.adviser_email,
        action: a.action,
        referenceCode: a.reference_code,
        callbackId: a.callback_id,
        outcome: a.outcome,
        detail: a.detail,
        id: a.id,
      };
      // The list is newest first: pushing oldest first on the left keeps that order.
      cmds.push(['LPUSH', keys.audit, JSON.stringify(row)]);
    }
    if (maxAudit > 0) cmds.push(['SET', keys.auditSeq, maxAudit]);
    // The dashboard's usage events, as the per-day counters of the Redis back end.
    const firstDay = new Date(now - USAGE_RETENTION_DAYS * DAY_MS).toISOString().slice(0, 10);
    const perDay = new Map<string, Map<string, number>>();
    for (const u of db.prepare('SELECT day, kind, topic, fallback FROM usage_events WHERE day >= ?').iterate(firstDay) as Iterable<{
      day: string;
      kind: 'conversation' | 'message';
      topic: string | null;
      fallback: number;
    }>) {
      counts.usageEvents++;
      const event: UsageEvent = u.kind === 'conversation' ? { day: u.day, kind: 'conversation' } : { day: u.day, kind: 'message', topic: u.topic, fallback: u.fallback === 1 };
      let day = perDay.get(u.day);
      if (!day) perDay.set(u.day, (day = new Map()));
      for (const metric of usageMetrics(event)) day.set(metric, (day.get(metric) ?? 0) + 1);
    }
    for (const [day, metrics] of perDay) {
      for (const [metric, n] of metrics) cmds.push(['HINCRBY', keys.usage(day), metric, n]);
      cmds.push(['PEXPIREAT', keys.usage(day), Date.parse(`${day}T00:00:00Z`) + (USAGE_RETENTION_DAYS + 1) * DAY_MS]);
    }
  })();

  if (opts.dryRun) return counts;
  for (let i = 0; i < cmds.length; i += 1000) {
    const pipeline = redis.pipeline();
    for (const [name, ...args] of cmds.slice(i, i + 1000)) pipeline.call(String(name), ...args);
    const results = (await pipeline.exec()) ?? [];
    const failed = results.find(([err]) => err);
    if (failed?.[0]) throw failed[0];
  }
  return counts;
}

/** Keys of the back end already in this Redis (the copy goes into an empty one only). */
export async function existingKeys(redis: Redis): Promise<number> {
  const [, found] = await redis.scan('0', 'MATCH', `${KEY_PREFIX}*`, 'COUNT', 1000);
  return found.length;
}
