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
import type { Database } from './database.js';

const DAY_MS = 86_400_000;

/** A row of the callbacks table (also read by storage:migrate). */
export interface CallbackRow {
  id: number;
  conversation_id: string;
  reference_code: string | null;
  first_name: string;
  phone: string;
  time_slot: string;
  status: CallbackStatus;
  created_at: number;
  updated_at: number;
  closed_at: number | null;
}

/** A row of the feedback table (also read by storage:migrate). */
export interface FeedbackRow {
  id: number;
  conversation_id: string;
  reply_to_id: string | null;
  rating: 'up' | 'down';
  reason: string | null;
  question: string | null;
  topic: string | null;
  created_at: number;
}

function toCallback(r: CallbackRow): CallbackRequest {
  return {
    id: r.id,
    conversationId: r.conversation_id,
    referenceCode: r.reference_code,
    firstName: r.first_name,
    phone: r.phone,
    timeSlot: r.time_slot,
    status: r.status,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    closedAt: r.closed_at,
  };
}

/**
 * Callback requests on SQLite. Written synchronously on the main connection: each write is committed (fsync) before
 * the promise resolves, so the bot confirms nothing unsaved.
 */
export class SqliteCallbackStore implements CallbackStore {
  constructor(private readonly db: Database) {}

  async create(input: NewCallback, now: number): Promise<number> {
    const result = this.db
      .prepare(
        `INSERT INTO callbacks (conversation_id, reference_code, first_name, phone, time_slot, consent_at, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(input.conversationId, input.referenceCode, input.firstName, input.phone, input.timeSlot, now, now, now);
    return Promise.resolve(Number(result.lastInsertRowid));
  }

  async list(status?: CallbackStatus): Promise<CallbackRequest[]> {
    const rows = (status
      ? this.db.prepare('SELECT * FROM callbacks WHERE status = ? ORDER BY created_at, id').all(status)
      : this.db.prepare('SELECT * FROM callbacks ORDER BY created_at, id').all()) as CallbackRow[];
    return Promise.resolve(rows.map(toCallback));
  }

  async get(id: number): Promise<CallbackRequest | undefined> {
    const row = this.db.prepare('SELECT * FROM callbacks WHERE id = ?').get(id) as CallbackRow | undefined;
    return Promise.resolve(row ? toCallback(row) : undefined);
  }

  async setStatus(id: number, status: CallbackStatus, now: number): Promise<boolean> {
    const result = this.db
      .prepare('UPDATE callbacks SET status = ?, updated_at = ?, closed_at = ? WHERE id = ?')
      .run(status, now, status === 'done' ? now : null, id);
    return Promise.resolve(result.changes > 0);
  }

  async deleteConversation(conversationId: string): Promise<void> {
    this.db.prepare('DELETE FROM callbacks WHERE conversation_id = ?').run(conversationId);
    return Promise.resolve();
  }

  /** Retention: closed requests are deleted `days` after they were closed. */
  purgeClosed(days: number, now: number): number {
    return this.db.prepare("DELETE FROM callbacks WHERE status = 'done' AND closed_at < ?").run(now - days * DAY_MS).changes;
  }
}

export class SqliteReferenceStore implements ReferenceStore {
  constructor(private readonly db: Database) {}

  async ensure(conversationId: string, candidates: () => string, now: number): Promise<string> {
    const existing = this.db.prepare('SELECT code FROM reference_codes WHERE conversation_id = ?').pluck().get(conversationId) as string | undefined;
    if (existing) return Promise.resolve(existing);
    const insert = this.db.prepare('INSERT INTO reference_codes (conversation_id, code, created_at, updated_at) VALUES (?, ?, ?, ?)');
    for (let attempt = 0; attempt < 20; attempt++) {
      const code = candidates();
      try {
        insert.run(conversationId, code, now, now);
        return Promise.resolve(code);
      } catch (e) {
        if (!String(e).includes('UNIQUE')) return Promise.reject(e);
      }
    }
    return Promise.reject(new Error('could not allocate a reference code'));
  }

  async setSharing(conversationId: string, consent: boolean, summaryJson: string | null, now: number): Promise<void> {
    this.db
      .prepare(
        'UPDATE reference_codes SET consent = ?, summary_json = ?, transcript_consent = CASE WHEN ? THEN transcript_consent ELSE 0 END, updated_at = ? WHERE conversation_id = ?',
      )
      .run(consent ? 1 : 0, consent ? summaryJson : null, consent ? 1 : 0, now, conversationId);
    return Promise.resolve();
  }

  async setTranscriptSharing(conversationId: string, consent: boolean, now: number): Promise<void> {
    this.db
      .prepare('UPDATE reference_codes SET transcript_consent = ?, updated_at = ? WHERE conversation_id = ? AND (consent = 1 OR ? = 0)')
      .run(consent ? 1 : 0, now, conversationId, consent ? 1 : 0);
    return Promise.resolve();
  }

  async refreshSummary(conversationId: string, summaryJson: string, now: number): Promise<void> {
    this.db
      .prepare('UPDATE reference_codes SET summary_json = ?, updated_at = ? WHERE conversation_id = ? AND consent = 1')
      .run(summaryJson, now, conversationId);
    return Promise.resolve();
  }

  async byCode(code: string): Promise<ReferenceRecord | undefined> {
    const row = this.db
      .prepare('SELECT conversation_id, code, consent, transcript_consent, summary_json, updated_at FROM reference_codes WHERE code = ?')
      .get(code) as
      | { conversation_id: string; code: string; consent: number; transcript_consent: number; summary_json: string | null; updated_at: number }
      | undefined;
    if (!row) return Promise.resolve(undefined);
    return Promise.resolve({
      conversationId: row.conversation_id,
      code: row.code,
      consent: row.consent === 1,
      transcriptConsent: row.consent === 1 && row.transcript_consent === 1,
      summary: row.summary_json ? (JSON.parse(row.summary_json) as unknown) : null,
      updatedAt: row.updated_at,
    });
  }

  async deleteConversation(conversationId: string): Promise<void> {
    this.db.prepare('DELETE FROM reference_codes WHERE conversation_id = ?').run(conversationId);
    return Promise.resolve();
  }
}

export class SqliteFeedbackStore implements FeedbackStore {
  constructor(private readonly db: Database) {}

  async record(e: FeedbackEntry): Promise<void> {
    this.db
      .prepare('INSERT INTO feedback (conversation_id, reply_to_id, rating, reason, question, topic, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(e.conversationId, e.replyToId, e.rating, e.reason, e.question, e.topic, e.createdAt);
    return Promise.resolve();
  }

  async all(): Promise<FeedbackEntry[]> {
    const rows = this.db.prepare('SELECT conversation_id, reply_to_id, rating, reason, question, topic, created_at FROM feedback ORDER BY id').all() as Omit<FeedbackRow, 'id'>[];
    return Promise.resolve(
      rows.map((r) => ({
        conversationId: r.conversation_id,
        replyToId: r.reply_to_id,
        rating: r.rating,
        reason: r.reason,
        question: r.question,
        topic: r.topic,
        createdAt: r.created_at,
      })),
    );
  }

  async deleteConversation(conversationId: string): Promise<void> {
    this.db.prepare('DELETE FROM feedback WHERE conversation_id = ?').run(conversationId);
    return Promise.resolve();
  }
}

export class SqliteUnansweredStore implements UnansweredStore {
  constructor(private readonly db: Database) {}

  async record(q: UnansweredQuestion, conversationHash: string): Promise<void> {
    this.db
      .prepare('INSERT INTO unanswered (question, created_at, conversation_hash) VALUES (?, ?, ?)')
      .run(q.question, q.createdAt, conversationHash);
    return Promise.resolve();
  }

  async all(): Promise<UnansweredQuestion[]> {
    const rows = this.db.prepare('SELECT question, created_at FROM unanswered ORDER BY id').all() as { question: string; created_at: number }[];
    return Promise.resolve(rows.map((r) => ({ question: r.question, createdAt: r.created_at })));
  }

  async deleteConversation(conversationHash: string): Promise<void> {
    this.db.prepare('DELETE FROM unanswered WHERE conversation_hash = ?').run(conversationHash);
    return Promise.resolve();
  }

  /** Retention: questions recorded before `cutoff` lose even the hash of their conversation. */
  unlinkBefore(cutoff: number): number {
    return this.db
      .prepare('UPDATE unanswered SET conversation_hash = NULL WHERE conversation_hash IS NOT NULL AND created_at < ?')
      .run(cutoff).changes;
  }
}
