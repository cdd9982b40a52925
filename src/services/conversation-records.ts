import { createHash, randomInt } from 'node:crypto';
import { registerMigration, type Database } from '../bot/storage/database.js';

/**
 * What conversations leave behind for the people of the phone line: reference codes (with the user's consent to
 * share a summary), callback requests, thumbs up/down with their question, and unanswered questions. One SQLite
 * database with the conversation history; phone numbers are stored here and never logged.
 */
registerMigration(
  'services-001-records',
  `CREATE TABLE reference_codes (
     conversation_id TEXT PRIMARY KEY,
     code TEXT NOT NULL UNIQUE,
     consent INTEGER NOT NULL DEFAULT 0,
     summary_json TEXT,
     created_at INTEGER NOT NULL,
     updated_at INTEGER NOT NULL
   ) WITHOUT ROWID;
   CREATE TABLE callbacks (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     conversation_id TEXT NOT NULL,
     reference_code TEXT,
     first_name TEXT NOT NULL,
     phone TEXT NOT NULL,
     time_slot TEXT NOT NULL,
     status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'in_progress', 'done')),
     consent_at INTEGER NOT NULL,
     created_at INTEGER NOT NULL,
     updated_at INTEGER NOT NULL,
     closed_at INTEGER
   );
   CREATE INDEX callbacks_status ON callbacks (status, created_at);
   CREATE TABLE feedback (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     conversation_id TEXT NOT NULL,
     reply_to_id TEXT,
     rating TEXT NOT NULL CHECK (rating IN ('up', 'down')),
     reason TEXT,
     question TEXT,
     topic TEXT,
     created_at INTEGER NOT NULL
   );
   CREATE TABLE unanswered (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     question TEXT NOT NULL,
     created_at INTEGER NOT NULL
   );`,
);

// The messages themselves are shown to an adviser only with a second, explicit consent (the first one is for the
// summary, which the question describes field by field).
registerMigration(
  'services-002-transcript-consent',
  'ALTER TABLE reference_codes ADD COLUMN transcript_consent INTEGER NOT NULL DEFAULT 0;',
);

// An unanswered question is kept for content work after its conversation is gone, so it must not carry the
// conversation id (which would tie it to the transcript, the callback, the reference code). It carries a one-way
// hash of it instead: "effacer ma conversation" can find and delete it (the bot knows the id), while the table alone
// leads nowhere; the retention job then drops even the hash, once the transcript itself would be gone.
registerMigration(
  'services-003-unanswered-conversation',
  `ALTER TABLE unanswered ADD COLUMN conversation_hash TEXT;
   CREATE INDEX unanswered_conversation ON unanswered (conversation_hash) WHERE conversation_hash IS NOT NULL;`,
);

/** The one-way link of a kept record to its conversation (see services-003). */
export function conversationHash(conversationId: string): string {
  return createHash('sha256').update(`unanswered:${conversationId}`).digest('base64url').slice(0, 22);
}

/** Letters and digits that cannot be confused when read out on the phone (no 0/O, 1/I/L, 5/S, 2/Z). */
const CODE_ALPHABET = '346789ABCDEFGHJKMNPQRTUVWXY';
const CODE_LENGTH = 6;

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

export interface ReferenceRecord {
  conversationId: string;
  code: string;
  /** Consent to show the summary. */
  consent: boolean;
  /** Consent to show the messages too (asked only after the first one). */
  transcriptConsent: boolean;
  summary: unknown;
  updatedAt: number;
}

interface CallbackRow {
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

export class ConversationRecords {
  constructor(
    private readonly db: Database,
    private readonly now: () => number = Date.now,
  ) {}

  /** The conversation's reference code, created on first request. Codes are random, so they reveal nothing. */
  referenceCode(conversationId: string): string {
    const existing = this.db.prepare('SELECT code FROM reference_codes WHERE conversation_id = ?').pluck().get(conversationId) as string | undefined;
    if (existing) return existing;
    const insert = this.db.prepare('INSERT INTO reference_codes (conversation_id, code, created_at, updated_at) VALUES (?, ?, ?, ?)');
    for (let attempt = 0; attempt < 20; attempt++) {
      const code = randomCode();
      try {
        insert.run(conversationId, code, this.now(), this.now());
        return code;
      } catch (e) {
        if (!String(e).includes('UNIQUE')) throw e;
      }
    }
    throw new Error('could not allocate a reference code');
  }

  /** Records (or withdraws) the consent to show the summary to an adviser, with the summary itself. A withdrawal
   * withdraws the consent to show the messages too. */
  setSharing(conversationId: string, consent: boolean, summary: unknown): void {
    this.referenceCode(conversationId);
    this.db
      .prepare('UPDATE reference_codes SET consent = ?, summary_json = ?, transcript_consent = CASE WHEN ? THEN transcript_consent ELSE 0 END, updated_at = ? WHERE conversation_id = ?')
      .run(consent ? 1 : 0, consent ? JSON.stringify(summary) : null, consent ? 1 : 0, this.now(), conversationId);
  }

  /** Records the second consent, to show the messages themselves; only on top of the consent to the summary. */
  setTranscriptSharing(conversationId: string, consent: boolean): void {
    this.db
      .prepare('UPDATE reference_codes SET transcript_consent = ?, updated_at = ? WHERE conversation_id = ? AND (consent = 1 OR ? = 0)')
      .run(consent ? 1 : 0, this.now(), conversationId, consent ? 1 : 0);
  }

  /** Keeps a consented summary up to date; does nothing without consent. */
  refreshSummary(conversationId: string, summary: unknown): void {
    this.db
      .prepare('UPDATE reference_codes SET summary_json = ?, updated_at = ? WHERE conversation_id = ? AND consent = 1')
      .run(JSON.stringify(summary), this.now(), conversationId);
  }

  byCode(code: string): ReferenceRecord | undefined {
    const row = this.db
      .prepare('SELECT conversation_id, code, consent, transcript_consent, summary_json, updated_at FROM reference_codes WHERE code = ?')
      .get(normalizeCode(code)) as
      | { conversation_id: string; code: string; consent: number; transcript_consent: number; summary_json: string | null; updated_at: number }
      | undefined;
    if (!row) return undefined;
    return {
      conversationId: row.conversation_id,
      code: row.code,
      consent: row.consent === 1,
      transcriptConsent: row.consent === 1 && row.transcript_consent === 1,
      summary: row.summary_json ? (JSON.parse(row.summary_json) as unknown) : null,
      updatedAt: row.updated_at,
    };
  }

  /** Saves a callback request; resolves only once it is committed, so the bot confirms nothing unsaved. */
  createCallback(input: { conversationId: string; referenceCode: string | null; firstName: string; phone: string; timeSlot: string }): number {
    const t = this.now();
    const result = this.db
      .prepare(
        `INSERT INTO callbacks (conversation_id, reference_code, first_name, phone, time_slot, consent_at, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(input.conversationId, input.referenceCode, input.firstName, input.phone, input.timeSlot, t, t, t);
    return Number(result.lastInsertRowid);
  }

  listCallbacks(status?: CallbackStatus): CallbackRequest[] {
    const rows = (status
      ? this.db.prepare('SELECT * FROM callbacks WHERE status = ? ORDER BY created_at').all(status)
      : this.db.prepare('SELECT * FROM callbacks ORDER BY created_at').all()) as CallbackRow[];
    return rows.map(toCallback);
  }

  getCallback(id: number): CallbackRequest | undefined {
    const row = this.db.prepare('SELECT * FROM callbacks WHERE id = ?').get(id) as CallbackRow | undefined;
    return row ? toCallback(row) : undefined;
  }

  setCallbackStatus(id: number, status: CallbackStatus): boolean {
    const t = this.now();
    const result = this.db
      .prepare('UPDATE callbacks SET status = ?, updated_at = ?, closed_at = ? WHERE id = ?')
      .run(status, t, status === 'done' ? t : null, id);
    return result.changes > 0;
  }

  /** Retention: closed requests are deleted `days` after they were closed. */
  purgeClosedCallbacks(days: number): number {
    return this.db.prepare("DELETE FROM callbacks WHERE status = 'done' AND closed_at < ?").run(this.now() - days * 86_400_000).changes;
  }

  recordFeedback(input: { conversationId: string; replyToId: string | null; rating: 'up' | 'down'; reason: string | null; question: string | null; topic: string | null }): void {
    this.db
      .prepare('INSERT INTO feedback (conversation_id, reply_to_id, rating, reason, question, topic, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(input.conversationId, input.replyToId, input.rating, input.reason, input.question, input.topic, this.now());
  }

  /**
   * A question the bot could not answer: text only (already scrubbed of phone numbers and e-mails), tied to its
   * conversation by a one-way hash so that erasing the conversation erases it too.
   */
  recordUnanswered(question: string, conversationId: string): void {
    this.db
      .prepare('INSERT INTO unanswered (question, created_at, conversation_hash) VALUES (?, ?, ?)')
      .run(question, this.now(), conversationHash(conversationId));
  }

  /** Retention: unanswered questions older than `days` lose even the hash of their conversation. */
  unlinkUnanswered(days: number): number {
    return this.db
      .prepare('UPDATE unanswered SET conversation_hash = NULL WHERE conversation_hash IS NOT NULL AND created_at < ?')
      .run(this.now() - days * 86_400_000).changes;
  }

  /** "effacer ma conversation": everything this conversation left here goes, callbacks and unanswered questions included. */
  forgetConversation(conversationId: string): void {
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM reference_codes WHERE conversation_id = ?').run(conversationId);
      this.db.prepare('DELETE FROM callbacks WHERE conversation_id = ?').run(conversationId);
      this.db.prepare('DELETE FROM feedback WHERE conversation_id = ?').run(conversationId);
      this.db.prepare('DELETE FROM unanswered WHERE conversation_hash = ?').run(conversationHash(conversationId));
    })();
  }
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

function randomCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** What a person reads out: "k7 m4-9q" → "K7M49Q". */
export function normalizeCode(code: string): string {
  return code.toUpperCase().replace(/[^0-9A-Z]/g, '');
}

/**
 * Nine digits or more, whatever separates them (spaces, dots, dashes, slashes, brackets, up to three in a row): a
 * phone number however it is typed ("06 12 34 56 78", "061 234 5678", "+33 (0)6…", "0033 6…", "6.12.34.56.78").
 * Counting digits rather than matching a layout is what catches the odd groupings; a date or an amount has fewer.
 */
const PHONE_LIKE = /\(?\+?\d(?:[\s.\/()-]{0,3}\d){8,}/g;

/** Removes what could identify someone before a question is kept for content work. */
export function scrubPersonalData(text: string): string {
  return text
    .replace(/[\w.+-]+@[\w-]+\.[\w.-]+/g, '[e-mail]')
    .replace(PHONE_LIKE, '[téléphone]')
    .replace(/\d{6,}/g, '[nombre]')
    .slice(0, 500);
}

/** A French phone number as typed ("06 12 34 56 78", "+33 6 12…") → "0612345678", or undefined. */
export function parseFrenchPhone(text: string): string | undefined {
  const digits = text.replace(/[\s.\-()]/g, '');
  const m = /^(?:\+33|0033|0)([1-9]\d{8})$/.exec(digits);
  return m ? `0${m[1]}` : undefined;
}
