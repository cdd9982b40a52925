/**
 * What the rest of the service asks of storage, one interface per concern. Each has two back ends: SQLite
 * (`src/storage/sqlite/`, one machine, the default) and Redis (`src/storage/redis/`, when REDIS_URL is set, for N
 * instances). Nothing here knows botbuilder: activities and state are plain JSON objects.
 */
import type { TurnUnit } from './turn-unit.js';

// ------------------------------------------------------------------ conversation state (botbuilder Storage shape)

/** One state item; `eTag` is the version it was read at (optimistic concurrency). */
export interface StateItem {
  eTag?: string;
  [field: string]: unknown;
}
export type StateItems = Record<string, StateItem>;

/**
 * Conversation and user state with eTags: an item written with the eTag it was read with succeeds only if nobody
 * wrote the key since (else AppError BOT_STATE_CONFLICT); no eTag or `*` means last write wins. Inside an open turn
 * (see turn-unit.ts) writes to the turn's scopes are staged and committed with the turn's history.
 */
export interface StateStore {
  read(keys: string[]): Promise<StateItems>;
  write(changes: StateItems): Promise<void>;
  delete(keys: string[]): Promise<void>;
}

// ------------------------------------------------------------------ history (activities, watermarks, client ids)

export interface ConversationRecord {
  readonly id: string;
  readonly userId: string;
  /**
   * True once the user id is final: a token generated for a user id names it at once; an anonymous token's
   * conversation takes the id of its first message (Direct Line lets such clients choose it) and keeps it, so a
   * later activity cannot speak as anyone else. Activities are then always sent as `userId`.
   */
  readonly userBound: boolean;
  readonly createdAt: number;
  readonly updatedAt: number;
  /** The welcome turn ran. */
  readonly started: boolean;
  /** Sequence number of the last committed activity: the watermark of a client that has seen everything. */
  readonly lastSeq: number;
}

/** A Direct Line `{activities, watermark}` body, built from the stored JSON strings. */
export interface ActivityPage {
  body: string;
  watermark: number;
}

/** What one commit added to a conversation: stored JSON strings and their sequence numbers, in order. */
export interface CommittedBatch {
  conversationId: string;
  seqs: number[];
  jsons: string[];
}

/** What a turn needs to know before it runs, read under the conversation lock. */
export interface TurnStart {
  conversation: ConversationRecord | undefined;
  /** Seq of the activity already posted with this client id (a retry), if any. */
  duplicateSeq: number | undefined;
}

/**
 * Every conversation's activities, each with an increasing `seq` (the watermark); a client id makes a post
 * idempotent. Appends are staged in a TurnUnit under the conversation lock, so seqs are committed in order without
 * gaps that a reader could skip over.
 */
export interface HistoryStore {
  /** Creates the conversation, durably; `userBound` when the user id was given (not generated). */
  createConversation(id: string, userId: string, started: boolean, userBound?: boolean): Promise<void>;
  /**
   * The conversation, possibly from a cache: id, userId and createdAt are exact; with several instances,
   * `started` and `lastSeq` may lag behind (use `beginTurn` under the lock for those).
   */
  getConversation(id: string): Promise<ConversationRecord | undefined>;
  /** Fresh view for a turn, read under the conversation lock. */
  beginTurn(id: string, clientId?: string): Promise<TurnStart>;
  stageStarted(unit: TurnUnit): void;
  /**
   * Stages, in the turn of the conversation's first message, the user id it will keep (see userBound). A no-op when
   * the conversation is bound already (another instance may have bound it first: the first commit wins).
   */
  stageBindUser(unit: TurnUnit, userId: string): void;
  /** Stages an activity (already carrying its id) and its fan-out once committed. */
  stageAppend(unit: TurnUnit, seq: number, activity: object, clientId?: string): void;
  stageUpdate(unit: TurnUnit, seq: number, activity: object): void;
  stageDelete(unit: TurnUnit, seq: number): void;
  /** Activities after `watermark` (exclusive), as a Direct Line body; its watermark is the last seq known. */
  activitySet(id: string, watermark: number): Promise<ActivityPage>;
  /** The whole transcript after `watermark`, parsed (adviser console, exports). */
  listActivities(id: string, watermark?: number): Promise<Record<string, unknown>[]>;
  /** Appends an activity outside a bot turn, under the conversation lock; returns its id. */
  append(id: string, activity: object): Promise<string>;
  /**
   * "Effacer ma conversation": transcript and conversation state go now; the conversation row stays (its last seq)
   * so later ids keep increasing. Inside a turn of that conversation the deletion is part of the turn. Once it is
   * committed, the back end removes the deleted text from its files too (SQLite: secure_delete and a TRUNCATE
   * checkpoint of the WAL; Redis: an AOF rewrite).
   */
  deleteConversation(id: string, channelId?: string): Promise<void>;
}

// ------------------------------------------------------------------ tokens

export interface TokenGrant {
  conversationId: string;
  /** Set when the token was generated for a given user id: activities are then sent as that user. */
  userId: string | undefined;
  expiresAt: number;
}

/** Direct Line tokens, stored by their SHA-256 only (a copy of the store lets no one into a conversation). */
export interface TokenStore {
  save(hash: string, grant: TokenGrant): Promise<void>;
  find(hash: string): Promise<TokenGrant | undefined>;
  /**
   * When the latest token issued for the conversation expires (undefined: none left). A socket lives as long as a
   * token of its conversation: one refreshed on another instance keeps it open too.
   */
  latestExpiry(conversationId: string): Promise<number | undefined>;
}

// ------------------------------------------------------------------ conversation lock

/** Held while a turn runs; `token` fences the turn's commits (0 in a single process, where nothing can steal it). */
export interface Lease {
  readonly conversationId: string;
  readonly token: string;
}

/** Turns of one conversation run one at a time, in order, whichever instance receives them. */
export interface ConversationLock {
  run<T>(conversationId: string, fn: (lease: Lease) => Promise<T>): Promise<T>;
  /** Conversations with work queued or running in this process. */
  readonly busy: number;
  /** Resolves when every turn queued so far in this process has settled. */
  drain(): Promise<void>;
}

// ------------------------------------------------------------------ fan-out

export type BatchListener = (batch: CommittedBatch) => void;

/** Delivers each committed batch to the sockets of its conversation, on every instance. */
export interface FanOut {
  /** Resolves once this process will receive every batch of the conversation committed from now on. */
  subscribe(conversationId: string, listener: BatchListener): Promise<() => void>;
  /** Called when batches may have been missed (the link to Redis came back): readers catch up from the history. */
  onGap(listener: () => void): void;
}

// ------------------------------------------------------------------ callbacks, reference codes, feedback, unanswered

export type CallbackStatus = 'new' | 'in_progress' | 'done';

export interface CallbackRequest {
  id: number;
  conversationId: string;
  referenceCode: string | null;
  firstName: string;
  phone: string;
  timeSlot: string;
  status: CallbackStatus;
  createdAt: number;
  updatedAt: number;
  closedAt: number | null;
}

export interface NewCallback {
  conversationId: string;
  referenceCode: string | null;
  firstName: string;
  phone: string;
  timeSlot: string;
}

/** Callback requests; a closed one is deleted CALLBACK_RETENTION_DAYS after it was closed. */
export interface CallbackStore {
  create(input: NewCallback, now: number): Promise<number>;
  list(status?: CallbackStatus): Promise<CallbackRequest[]>;
  get(id: number): Promise<CallbackRequest | undefined>;
  setStatus(id: number, status: CallbackStatus, now: number): Promise<boolean>;
  deleteConversation(conversationId: string): Promise<void>;
}

export interface ReferenceRecord {
  conversationId: string;
  code: string;
  /** Consent to show the summary. */
  consent: boolean;
  /** Consent to show the messages too (asked only after the first one; never true without `consent`). */
  transcriptConsent: boolean;
  summary: unknown;
  updatedAt: number;
}

/** A conversation's reference code (read out on the phone) and the summary shared with consent. */
export interface ReferenceStore {
  /** The code of the conversation, created with one of `candidates` (random, unused) when it has none. */
  ensure(conversationId: string, candidates: () => string, now: number): Promise<string>;
  /** The consent to show the summary, with it; a withdrawal withdraws the consent to show the messages too. */
  setSharing(conversationId: string, consent: boolean, summaryJson: string | null, now: number): Promise<void>;
  /** The second consent, to show the messages themselves: given only on top of the first, withdrawn any time. */
  setTranscriptSharing(conversationId: string, consent: boolean, now: number): Promise<void>;
  /** Updates the summary only when consent was given. */
  refreshSummary(conversationId: string, summaryJson: string, now: number): Promise<void>;
  byCode(code: string): Promise<ReferenceRecord | undefined>;
  deleteConversation(conversationId: string): Promise<void>;
}

export interface FeedbackEntry {
  conversationId: string;
  replyToId: string | null;
  rating: 'up' | 'down';
  reason: string | null;
  question: string | null;
  topic: string | null;
  createdAt: number;
}

export interface FeedbackStore {
  record(entry: FeedbackEntry): Promise<void>;
  all(): Promise<FeedbackEntry[]>;
  deleteConversation(conversationId: string): Promise<void>;
}

export interface UnansweredQuestion {
  question: string;
  createdAt: number;
}

/**
 * Questions the bot could not answer, kept for content work. Each is tied to its conversation only by a one-way
 * hash of the conversation id (see conversationHash): erasing the conversation erases its questions, and the link
 * itself goes when the transcript would (SQLite: retention clears it; Redis: it expires with the transcript).
 */
export interface UnansweredStore {
  record(question: UnansweredQuestion, conversationHash: string): Promise<void>;
  all(): Promise<UnansweredQuestion[]>;
  deleteConversation(conversationHash: string): Promise<void>;
}

// ------------------------------------------------------------------ récaps ("mon récap" pages)

export interface RecapRow {
  conversationId: string;
  /** The récap document as JSON (validated by the service that reads it: src/services/recap-store.ts). */
  documentJson: string;
  updatedAt: number;
}

/**
 * The récap pages of conversations: one per conversation, found by the hash of its link's token (the store alone
 * gives no link), kept as long as the transcript (TRANSCRIPT_DAYS after it was last written: SQLite's retention job,
 * Redis's key expiry) and deleted with the conversation ("effacer ma conversation").
 */
export interface RecapStore {
  /** Creates or replaces the conversation's récap under this token hash (a new hash replaces the old address). */
  save(tokenHash: string, conversationId: string, documentJson: string, now: number): Promise<void>;
  /** The récap behind a token hash, if it was written at or after `notBefore` (ms). */
  get(tokenHash: string, notBefore: number): Promise<RecapRow | undefined>;
  deleteConversation(conversationId: string): Promise<void>;
}

// ------------------------------------------------------------------ adviser accounts, sessions, lock-out, audit

/** What an account may do in the console (see src/adviser/roles.ts). */
export type AdviserRole = 'adviser' | 'editor' | 'admin';

export interface AdviserRow {
  id: number;
  email: string;
  passwordHash: string;
  role: AdviserRole;
  /** A disabled account cannot log in and has no session. */
  disabled: boolean;
  createdAt: number;
}

export interface AdviserAccountStore {
  findByEmail(email: string): Promise<AdviserRow | undefined>;
  byId(id: number): Promise<AdviserRow | undefined>;
  create(email: string, passwordHash: string, now: number, role?: AdviserRole): Promise<number>;
  /** Sets a new password and ends every open session of the account. */
  setPassword(id: number, passwordHash: string, now: number): Promise<void>;
  count(): Promise<number>;
  /** Every account, by id. */
  list(): Promise<AdviserRow[]>;
  setRole(id: number, role: AdviserRole, now: number): Promise<void>;
  /** Disables (and ends every open session of the account, in the same step) or re-enables an account. */
  setDisabled(id: number, disabled: boolean, now: number): Promise<void>;
}

export interface SessionRow {
  adviserId: number;
  csrfToken: string;
  createdAt: number;
  expiresAt: number;
}

/** Server-side adviser sessions, by the SHA-256 of their cookie value. */
export interface AdviserSessionStore {
  create(idHash: string, row: SessionRow): Promise<void>;
  get(idHash: string): Promise<SessionRow | undefined>;
  touch(idHash: string, lastSeenAt: number, expiresAt: number): Promise<void>;
  delete(idHash: string): Promise<void>;
}

/** Limits of the adviser lock-out (see src/adviser/lockout.ts). */
export interface LoginLimits {
  /** Failed logins allowed for one address within the window; the next attempt is refused. */
  maxPerEmail: number;
  /** Failed logins allowed from one IP address (whatever the e-mail) within the window. */
  maxPerIp: number;
  windowMs: number;
}

/** An attempt let through: it already counts as a failure until `succeeded` says otherwise. */
export type Reservation = { allowed: true; id: string } | { allowed: false; retryAfter: number };

/**
 * Failed logins, counted per address and per IP within a window. An attempt is counted BEFORE its password is
 * checked: `reserve` checks both limits and records the attempt as a failure in one atomic step (SQLite: an
 * IMMEDIATE transaction; Redis: one script), so attempts in flight count, on every instance.
 */
export interface LoginFailureStore {
  /** Lets the attempt through, counted as a failure at `at`, unless the address or the IP is locked. */
  reserve(email: string, ip: string, at: number, limits: LoginLimits): Promise<Reservation>;
  /**
   * The reserved attempt had the right password: it was no failure, and the address's failures no longer count
   * against the address (they still count against their IPs: a sprayer may know one password).
   */
  succeeded(reservation: string, email: string, ip: string): Promise<void>;
  /** Times of the `max` most recent failures after `since`, most recent first. */
  recent(kind: 'email' | 'ip', value: string, since: number, max: number): Promise<number[]>;
  /** The address's failures no longer count against it (its IPs' counts are kept). */
  clearEmail(email: string): Promise<void>;
}

export type AuditAction =
  | 'login'
  | 'login_failed'
  | 'login_locked'
  | 'logout'
  | 'conversation_view'
  | 'callbacks_list'
  | 'callback_status'
  | 'feedback_export'
  | 'search'
  | 'answer_view'
  | 'dashboard_view'
  | 'dashboard_export'
  | 'accounts_list'
  | 'account_disable'
  | 'account_enable'
  | 'account_role'
  | 'password_change'
  | 'audit_view'
  | 'audit_export'
  | 'access_denied';

export interface AuditRow {
  at: number;
  adviserId: number | null;
  adviserEmail: string;
  action: AuditAction;
  referenceCode: string | null;
  callbackId: number | null;
  outcome: string;
  detail: string | null;
}

export interface AuditRecord extends AuditRow {
  id: number;
}

/** Filters of the audit screen; every one optional. */
export interface AuditFilter {
  /** Part of the account's e-mail (case aside). */
  who?: string;
  action?: AuditAction;
  /** From this instant, included. */
  from?: number;
  /** Before this instant. */
  to?: number;
}

export interface AuditStore {
  append(row: AuditRow): Promise<void>;
  /** Most recent first. */
  list(limit: number): Promise<AuditRecord[]>;
  /** The lines that match, most recent first, at most `limit`. */
  query(filter: AuditFilter, limit: number): Promise<AuditRecord[]>;
}

// ------------------------------------------------------------------ usage counters (adviser dashboard)

/**
 * What the dashboard counts, per Normandy day ('YYYY-MM-DD'): a conversation (on its first message), each message
 * with the topic it was answered on, or the fallback. No conversation id, no text: counters only.
 */
export type UsageEvent = { day: string; kind: 'conversation' } | { day: string; kind: 'message'; topic: string | null; fallback: boolean };

/** 'conversations', 'messages', 'fallbacks', and 'topic:<topic>' ('topic:' for a message on no topic). */
export type UsageMetric = 'conversations' | 'messages' | 'fallbacks' | `topic:${string}`;

export interface UsageCount {
  day: string;
  metric: UsageMetric;
  count: number;
}

/** Usage counters, kept USAGE_RETENTION_DAYS (longer than transcripts: they hold nothing personal). */
export interface UsageStore {
  /** Records a batch of events in one write (one transaction, one MULTI). */
  record(events: readonly UsageEvent[]): Promise<void>;
  /** Every non-zero counter of the days from `fromDay` to `toDay`, both included. */
  counts(fromDay: string, toDay: string): Promise<UsageCount[]>;
}

// ------------------------------------------------------------------ the whole back end

export interface StorageHealth {
  backend: 'sqlite' | 'redis';
  ok: boolean;
  /** Round trip of a PING (Redis) or a read (SQLite), in ms. */
  latencyMs?: number;
  detail?: string;
}

/** How long things are kept. */
export interface RetentionPolicy {
  transcriptDays: number;
  callbackDays: number;
  auditDays: number;
  /** Failed logins older than this no longer count. */
  loginWindowMs: number;
}

/** A committer of staged writes (a SQLite group commit, a Redis script call). */
export interface Committer<Op = unknown> {
  submit(ops: readonly Op[], committed?: () => void): Promise<void>;
  /** Resolves once everything submitted so far is committed (or failed). */
  flush(): Promise<void>;
}

export interface Storage {
  readonly backend: 'sqlite' | 'redis';
  readonly state: StateStore;
  readonly history: HistoryStore;
  readonly tokens: TokenStore;
  readonly lock: ConversationLock;
  readonly fanOut: FanOut;
  readonly callbacks: CallbackStore;
  readonly references: ReferenceStore;
  readonly feedback: FeedbackStore;
  readonly unanswered: UnansweredStore;
  readonly recaps: RecapStore;
  readonly advisers: AdviserAccountStore;
  readonly sessions: AdviserSessionStore;
  readonly loginFailures: LoginFailureStore;
  readonly audit: AuditStore;
  readonly usage: UsageStore;
  /** Rate-limit counters: options for @fastify/rate-limit (in memory for one instance, a Redis store for N). */
  readonly rateLimit: Record<string, unknown>;
  readonly committer: Committer;
  /** A unit of writes for a turn holding `lease`. */
  newUnit(conversationId: string, lease?: Lease): TurnUnit;
  /** Deletes what retention no longer allows (Redis expires most keys by itself). Returns conversations purged. */
  purge(now: number, policy: RetentionPolicy): Promise<number>;
  /** Reachable? (Redis: PING with its latency.) */
  health(): Promise<StorageHealth>;
  /** False while the back end is known to be unreachable (requests get 503 without trying). */
  readonly available: boolean;
  /** Called on each change of availability. */
  onAvailability(listener: (available: boolean, reason?: string) => void): void;
  close(): Promise<void>;
}
