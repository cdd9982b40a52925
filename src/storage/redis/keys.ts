/**
 * The Redis key space of the back end, in one place. Every key starts with `an:`. Per conversation (expiring
 * TRANSCRIPT_DAYS after the conversation's last turn): its row, activities, client ids, state, lock and events channel.
 */
const P = 'an:';

export const keys = {
  /** Hash: user, bound (0/1: the user id is final), created, updated, started (0/1), last (last seq). */
  conversation: (c: string) => `${P}c:${c}`,
  /** Hash: seq → activity JSON. */
  activities: (c: string) => `${P}a:${c}`,
  /** Hash: client activity id → seq (idempotent posts). */
  clientIds: (c: string) => `${P}i:${c}`,
  /** Hash of a state scope (`directline/conversations/<id>/`, `directline/users/<id>/`): `e:<key>` eTag, `j:<key>` JSON. */
  state: (scope: string) => `${P}s:${scope}`,
  /** String: the lease token of the instance running a turn of the conversation (PX). */
  lock: (c: string) => `${P}l:${c}`,
  /** Prefix of @fastify/rate-limit's counters (strings, PX one window): `an:rl:<limiter>:<ip or conversation>`. */
  rateLimitPrefix: `${P}rl:`,
  /** Pub/sub channel of the conversation's committed activities. */
  events: (c: string) => `${P}e:${c}`,
  /** String: a Direct Line token's grant, by the token's SHA-256 (PX until it expires). */
  token: (hash: string) => `${P}t:${hash}`,
  /** String: when the latest token of a conversation expires (PX until then); a socket lives as long. */
  tokenExpiry: (c: string) => `${P}tx:${c}`,
  /** Hash: code, consent (summary), tconsent (messages too), summary, created, updated. */
  reference: (c: string) => `${P}r:${c}`,
  /** String: reference code → conversation id. */
  referenceCode: (code: string) => `${P}rc:${code}`,
  /** Hash of a callback request. */
  callback: (id: number | string) => `${P}cb:${id}`,
  callbackSeq: `${P}cb-seq`,
  /** Sorted set of callback ids by creation time (members of expired requests are pruned). */
  callbackIndex: `${P}cb-all`,
  /** Set: the callback ids of a conversation (for erasure). */
  conversationCallbacks: (c: string) => `${P}cbc:${c}`,
  /** Hash: feedback id → JSON. */
  feedback: `${P}fb`,
  feedbackSeq: `${P}fb-seq`,
  /** Set: feedback ids of a conversation (for erasure). */
  conversationFeedback: (c: string) => `${P}fbc:${c}`,
  /** Hash: unanswered question id → JSON (question, time; no conversation id). */
  unanswered: `${P}un`,
  unansweredSeq: `${P}un-seq`,
  /**
   * Set: the question ids of one conversation, by the one-way hash of its id (for erasure); expires with the
   * transcript, so the questions kept after it lead nowhere.
   */
  unansweredOf: (conversationHash: string) => `${P}unc:${conversationHash}`,
  /** Hash of a récap page, by the hash of its link's token: conversation, doc (JSON), created, updated. */
  recap: (tokenHash: string) => `${P}rp:${tokenHash}`,
  /** String: the token hash of a conversation's récap (one per conversation; for replacement and erasure). */
  recapOf: (c: string) => `${P}rpc:${c}`,
  /** Hash: email, hash, created, updated. */
  adviser: (id: number | string) => `${P}adv:${id}`,
  adviserByEmail: (email: string) => `${P}adv-email:${email}`,
  adviserSeq: `${P}adv-seq`,
  adviserIds: `${P}adv-ids`,
  /** Hash of an adviser session, by the SHA-256 of its id (expires with the session). */
  session: (idHash: string) => `${P}as:${idHash}`,
  /** Set: the session hashes of an adviser (a new password ends them all). */
  adviserSessions: (id: number | string) => `${P}as-of:${id}`,
  /** Sorted set of failed-login times, per address or per IP. */
  loginFailures: (kind: 'email' | 'ip', value: string) => `${P}lf:${kind}:${value}`,
  /** List of audit lines (JSON), newest first. */
  audit: `${P}audit`,
  auditSeq: `${P}audit-seq`,
  /** Hash of a Normandy day's usage counters (metric → count), expiring USAGE_RETENTION_DAYS after the day. */
  usage: (day: string) => `${P}use:${day}`,
} as const;

export const KEY_PREFIX = P;
