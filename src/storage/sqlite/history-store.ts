import { turnOfConversation, TurnUnit } from '../turn-unit.js';
import type { ActivityPage, ConversationLock, ConversationRecord, HistoryStore, TurnStart } from '../types.js';
import type { LocalFanOut } from '../local-fan-out.js';
import type { Database } from './database.js';
import type { GroupCommitter } from './group-commit.js';
import { op } from './sql-ops.js';

/** Most activities returned by one GET. */
const PAGE = 500;

/** Conversation rows kept in memory (a few hundred bytes each); the oldest entry goes first when full. */
const CONVERSATION_CACHE_MAX = 20_000;

/**
 * Conversations whose client ids are kept in memory for the duplicate check (the oldest goes first when full), and
 * most client ids kept for one conversation (a longer one is asked to SQLite message by message, as before).
 */
const CLIENT_ID_WINDOWS_MAX = 20_000;
const CLIENT_IDS_PER_CONVERSATION_MAX = 500;

/** A row of the conversations table (also read by storage:migrate). */
export interface ConversationRow {
  id: string;
  user_id: string;
  user_bound: number;
  created_at: number;
  updated_at: number;
  started: number;
  last_seq: number;
}

export { activityId } from '../activity-id.js';
import { activityId } from '../activity-id.js';

/**
 * The activity history of every conversation on SQLite (the transcript the adviser reads, and what Direct Line
 * clients fetch after a watermark). Each activity has an increasing `seq` per conversation; the watermark is that
 * number. Appends happen inside a TurnUnit under the conversation lock, so ids are committed in order, without gaps
 * that a reader could skip over.
 *
 * Conversation rows are read on every request and every turn; a read outside a transaction costs SQLite a read
 * lock and a WAL lookup each time, so committed rows are mirrored in memory. The mirror only changes after a
 * COMMIT succeeded (this process is the only writer of these rows; scale-out goes through Redis, not here).
 */
export class SqliteHistoryStore implements HistoryStore {
  private readonly stateDeleted: ((prefix: string | undefined) => void)[] = [];
  private readonly conversations = new Map<string, ConversationRecord>();
  /**
   * The duplicate check without a query per message (Web Chat sends a clientActivityID with every activity): per
   * conversation, every client id of its committed activities with its seq. A conversation has a window only when
   * it is complete: created here, or read whole from SQLite at its first turn with a client id (after a restart);
   * the window follows commits (appends, deletions) like the conversation rows. No window, or null (too many ids
   * to keep): SQLite is asked.
   */
  private readonly clientIds = new Map<string, Map<string, number> | null>();
  private readonly stmt;
  private readonly write;

  constructor(
    private readonly db: Database,
    private readonly committer: GroupCommitter,
    private readonly lock: ConversationLock,
    private readonly fanOut: LocalFanOut,
    private readonly now: () => number = Date.now,
  ) {
    this.stmt = {
      getConversation: db.prepare<[string], ConversationRow>('SELECT * FROM conversations WHERE id = ?'),
      byClientId: db
        .prepare<[string, string], number>('SELECT seq FROM activities WHERE conversation_id = ? AND client_id = ?')
        .pluck(),
      allClientIds: db.prepare<[string, number], { client_id: string; seq: number }>(
        'SELECT client_id, seq FROM activities WHERE conversation_id = ? AND client_id IS NOT NULL LIMIT ?',
      ),
      after: db.prepare<[string, number, number], { seq: number; json: string }>(
        'SELECT seq, json FROM activities WHERE conversation_id = ? AND seq > ? ORDER BY seq LIMIT ?',
      ),
      deleteHistory: db.prepare('DELETE FROM activities WHERE conversation_id = ?'),
      deleteState: db.prepare('DELETE FROM bot_state WHERE key >= ? AND key < ?'),
      purgeConversations: db.prepare('DELETE FROM conversations WHERE updated_at < ? RETURNING id'),
      purgeState: db.prepare('DELETE FROM bot_state WHERE updated_at < ?'),
    };
    // Writes go through the group commit (its own connection, in a worker thread).
    this.write = {
      insertConversation: committer.statement(
        'INSERT INTO conversations (id, user_id, user_bound, created_at, updated_at, started, last_seq) VALUES (?, ?, ?, ?, ?, ?, 0)',
      ),
      bindUser: committer.statement('UPDATE conversations SET user_id = ?, user_bound = 1 WHERE id = ? AND user_bound = 0'),
      markStarted: committer.statement('UPDATE conversations SET started = 1, updated_at = ? WHERE id = ?'),
      touch: committer.statement('UPDATE conversations SET last_seq = max(last_seq, ?), updated_at = ? WHERE id = ?'),
      insertActivity: committer.statement(
        'INSERT INTO activities (conversation_id, seq, client_id, created_at, json) VALUES (?, ?, ?, ?, ?)',
      ),
      updateActivity: committer.statement('UPDATE activities SET json = ? WHERE conversation_id = ? AND seq = ?'),
      deleteActivity: committer.statement('DELETE FROM activities WHERE conversation_id = ? AND seq = ?'),
      deleteHistory: committer.statement('DELETE FROM activities WHERE conversation_id = ?'),
      deleteState: committer.statement('DELETE FROM bot_state WHERE key >= ? AND key < ?'),
    };
  }

  /**
   * Called, synchronously after the commit, when bot state rows were deleted here: with the key prefix of one
   * conversation, or undefined for "any key" (the state store drops its cached rows).
   */
  onStateDeleted(listener: (prefix: string | undefined) => void): void {
    this.stateDeleted.push(listener);
  }

  /** Creates the conversation row, durably; `userBound` when the user id was given (not generated). */
  async createConversation(id: string, userId: string, started: boolean, userBound = false): Promise<void> {
    const t = this.now();
    await this.committer.submit([op(this.write.insertConversation, id, userId, userBound ? 1 : 0, t, t, started ? 1 : 0)], () => {
      this.remember({ id, userId, userBound, createdAt: t, updatedAt: t, started, lastSeq: 0 });
      this.keepClientIds(id, new Map());
    });
  }

  /** Stages, in the turn of the conversation's first message, the user id it will keep (see bot-005). */
  stageBindUser(unit: TurnUnit, userId: string): void {
    const conversationId = unit.conversationId;
    unit.stage(op(this.write.bindUser, userId, conversationId), undefined, () =>
      this.patchCached(conversationId, (c) => (c.userBound ? c : { ...c, userId, userBound: true })),
    );
  }

  getConversation(id: string): Promise<ConversationRecord | undefined> {
    return Promise.resolve(this.conversation(id));
  }

  /** In one process the committed row is the truth: the turn reads it from the mirror. */
  beginTurn(id: string, clientId?: string): Promise<TurnStart> {
    const duplicateSeq = clientId !== undefined ? this.findByClientId(id, clientId) : undefined;
    return Promise.resolve({ conversation: this.conversation(id), duplicateSeq });
  }

  /** The conversation row, from the mirror or SQLite. */
  conversation(id: string): ConversationRecord | undefined {
    const cached = this.conversations.get(id);
    if (cached) return cached;
    const row = this.stmt.getConversation.get(id);
    if (!row) return undefined;
    return this.remember({
      id: row.id,
      userId: row.user_id,
      userBound: row.user_bound === 1,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      started: row.started === 1,
      lastSeq: row.last_seq,
    });
  }

  /** Stages "started" (the welcome turn ran) in a turn. */
  stageStarted(unit: TurnUnit): void {
    const t = this.now();
    const conversationId = unit.conversationId;
    unit.stage(
      op(this.write.markStarted, t, conversationId),
      undefined,
      () => this.patchCached(conversationId, (c) => ({ ...c, started: true, updatedAt: t })),
    );
  }

  /** Seq of the activity a client already posted with this client id, if any (idempotent retries). */
  findByClientId(conversationId: string, clientId: string): number | undefined {
    const known = this.clientIds.get(conversationId);
    const window = known === undefined ? this.readClientIds(conversationId) : known;
    if (window) return window.get(clientId);
    return this.stmt.byClientId.get(conversationId, clientId);
  }

  /** Reads a conversation's client ids whole (one query), as its window when there are not too many. */
  private readClientIds(conversationId: string): Map<string, number> | null {
    if (!this.conversation(conversationId)) return null;
    const rows = this.stmt.allClientIds.all(conversationId, CLIENT_IDS_PER_CONVERSATION_MAX + 1);
    if (rows.length > CLIENT_IDS_PER_CONVERSATION_MAX) return this.keepClientIds(conversationId, null);
    const window = new Map<string, number>();
    for (const r of rows) window.set(r.client_id, r.seq);
    return this.keepClientIds(conversationId, window);
  }

  private keepClientIds<W extends Map<string, number> | null>(conversationId: string, window: W): W {
    if (this.clientIds.size >= CLIENT_ID_WINDOWS_MAX && !this.clientIds.has(conversationId)) {
      const oldest = this.clientIds.keys().next();
      if (!oldest.done) this.clientIds.delete(oldest.value);
    }
    this.clientIds.set(conversationId, window);
    return window;
  }

  /** A committed append with a client id: into the conversation's window, if it has one (else SQLite has it). */
  private clientIdCommitted(conversationId: string, clientId: string, seq: number): void {
    const window = this.clientIds.get(conversationId);
    if (!window) return;
    window.set(clientId, seq);
    if (window.size > CLIENT_IDS_PER_CONVERSATION_MAX) this.clientIds.set(conversationId, null);
  }

  /** A committed deletion of one activity: its client id, if any, is free again (as in SQLite). */
  private activityDeleted(conversationId: string, seq: number): void {
    const window = this.clientIds.get(conversationId);
    if (!window) return;
    for (const [clientId, s] of window) if (s === seq) window.delete(clientId);
  }

  /** Stages an activity (already carrying its id) and its push to listeners once committed. */
  stageAppend(unit: TurnUnit, seq: number, activity: object, clientId?: string): void {
    const conversationId = unit.conversationId;
    const json = JSON.stringify(activity);
    const t = this.now();
    unit.stage(
      op(this.write.insertActivity, conversationId, seq, clientId ?? null, t, json),
      () => this.fanOut.publish({ conversationId, seqs: [seq], jsons: [json] }),
      () => {
        this.patchCached(conversationId, (c) => ({ ...c, lastSeq: Math.max(c.lastSeq, seq), updatedAt: t }));
        if (clientId !== undefined) this.clientIdCommitted(conversationId, clientId, seq);
      },
    );
    // Seqs only grow within a unit: the last append's UPDATE carries the conversation's new last seq.
    unit.stageLast('touch', op(this.write.touch, seq, t, conversationId));
  }

  stageUpdate(unit: TurnUnit, seq: number, activity: object): void {
    const conversationId = unit.conversationId;
    const json = JSON.stringify(activity);
    unit.stage(
      op(this.write.updateActivity, json, conversationId, seq),
      // Direct Line has no "update" frame: clients that keep activities by id replace the old one.
      () => this.fanOut.publish({ conversationId, seqs: [seq], jsons: [json] }),
    );
  }

  stageDelete(unit: TurnUnit, seq: number): void {
    const conversationId = unit.conversationId;
    unit.stage(op(this.write.deleteActivity, conversationId, seq), undefined, () => this.activityDeleted(conversationId, seq));
  }

  /** Activities after `watermark` (exclusive), oldest first, as stored JSON. */
  private listAfter(conversationId: string, watermark: number, limit = PAGE): string[] {
    return this.stmt.after.all(conversationId, watermark, limit).map((r) => r.json);
  }

  /** The whole transcript, parsed (adviser console, exports). */
  listActivities(conversationId: string, watermark = 0): Promise<Record<string, unknown>[]> {
    return Promise.resolve(this.listAfter(conversationId, watermark, 1_000_000).map((j) => JSON.parse(j) as Record<string, unknown>));
  }

  /**
   * A Direct Line `{activities, watermark}` body built from the stored strings, without parsing them. The
   * watermark is the conversation's last seq (so a client behind a deletion catches up), or the last returned
   * seq when the page is full and the client must ask again.
   */
  activitySet(conversationId: string, watermark: number): Promise<ActivityPage> {
    return Promise.resolve(this.activitySetNow(conversationId, watermark));
  }

  private activitySetNow(conversationId: string, watermark: number): ActivityPage {
    const lastSeq = this.conversation(conversationId)?.lastSeq ?? 0;
    const rows = this.stmt.after.all(conversationId, watermark, PAGE);
    const last = rows[rows.length - 1];
    // The rows may be ahead of the cached last seq (committed off the main thread, not yet acknowledged): the mark
    // is never below the last row returned, or the client would get those rows again.
    const mark = rows.length === PAGE && last ? last.seq : Math.max(lastSeq, watermark, last?.seq ?? 0);
    let body = '{"activities":[';
    for (let i = 0; i < rows.length; i++) body += (i === 0 ? '' : ',') + (rows[i] as { json: string }).json;
    return { body: `${body}],"watermark":"${mark}"}`, watermark: mark };
  }

  /**
   * Appends an activity outside a bot turn (e.g. a system notice), under the conversation lock so that ids stay in
   * commit order. Returns its id. Bot messages should go through the adapter's continueConversation instead.
   */
  async append(conversationId: string, activity: object): Promise<string> {
    return this.lock.run(conversationId, async () => {
      const conv = this.conversation(conversationId);
      if (!conv) throw new Error(`unknown conversation ${conversationId}`);
      const unit = new TurnUnit(conversationId);
      const seq = conv.lastSeq + 1;
      const id = activityId(conversationId, seq);
      const given = (activity as { conversation?: object }).conversation;
      this.stageAppend(unit, seq, { ...activity, id, conversation: { ...given, id: conversationId } });
      await unit.flush(this.committer);
      return id;
    });
  }

  /**
   * "Effacer ma conversation": deletes the transcript and the conversation state now. The conversation row stays
   * (with its last seq) so later activities keep increasing ids. Inside a turn of that conversation, the deletion
   * is part of the turn (so the reply that confirms it survives); otherwise it takes the conversation lock.
   */
  async deleteConversation(conversationId: string, channelId = 'directline'): Promise<void> {
    const prefix = `${channelId}/conversations/${conversationId}/`;
    // '/' + 1 = '0': every key that starts with the prefix sorts below this bound.
    const bound = `${prefix.slice(0, -1)}0`;
    const ops = [op(this.write.deleteHistory, conversationId), op(this.write.deleteState, prefix, bound)];
    const deleted = (): void => {
      // The transcript is gone, its client ids with it.
      if (this.clientIds.has(conversationId)) this.keepClientIds(conversationId, new Map());
      this.notifyStateDeleted(prefix);
    };
    const unit = turnOfConversation(channelId, conversationId);
    if (unit) {
      // Once the turn has committed the deletion, the WAL's older frames (which still hold the text) are emptied.
      unit.stage(ops, () => void this.scrubWal(), deleted);
      for (const key of unit.stagedState.keys()) if (key.startsWith(prefix)) unit.stagedState.set(key, null);
      return;
    }
    await this.lock.run(conversationId, () => this.committer.submit(ops, deleted));
    await this.scrubWal();
  }

  /**
   * After a deletion: secure_delete zeroes the deleted text in the pages written now, but earlier WAL frames still
   * hold it; a TRUNCATE checkpoint removes them (see checkpointTruncate). Never throws.
   */
  scrubWal(): Promise<boolean> {
    return this.committer.checkpoint().catch(() => false);
  }

  /** Retention: deletes conversations (history and state) not touched since `cutoff` (ms). Returns how many. */
  purgeOlderThan(cutoff: number, channelId = 'directline'): number {
    const prefixes: string[] = [];
    this.db.transaction(() => {
      const ids = this.stmt.purgeConversations.all(cutoff) as { id: string }[];
      for (const { id } of ids) {
        this.conversations.delete(id);
        this.clientIds.delete(id);
        const prefix = `${channelId}/conversations/${id}/`;
        this.stmt.deleteHistory.run(id);
        this.stmt.deleteState.run(prefix, `${prefix.slice(0, -1)}0`);
        prefixes.push(prefix);
      }
    })();
    for (const prefix of prefixes) this.notifyStateDeleted(prefix);
    if (prefixes.length > 0) void this.scrubWal();
    return prefixes.length;
  }

  /** Retention of bot state (user state included): deletes rows not written since `cutoff` (ms). */
  purgeStateOlderThan(cutoff: number): number {
    const { changes } = this.stmt.purgeState.run(cutoff);
    if (changes > 0) this.notifyStateDeleted(undefined);
    return changes;
  }

  private notifyStateDeleted(prefix: string | undefined): void {
    for (const l of this.stateDeleted) l(prefix);
  }

  private remember(record: ConversationRecord): ConversationRecord {
    if (this.conversations.size >= CONVERSATION_CACHE_MAX && !this.conversations.has(record.id)) {
      const oldest = this.conversations.keys().next();
      if (!oldest.done) this.conversations.delete(oldest.value);
    }
    this.conversations.set(record.id, record);
    return record;
  }

  /** Applies a committed change to the cached row, if cached (otherwise the next read gets it from SQLite). */
  private patchCached(id: string, change: (c: ConversationRecord) => ConversationRecord): void {
    const cached = this.conversations.get(id);
    if (cached) this.conversations.set(id, change(cached));
  }

}
