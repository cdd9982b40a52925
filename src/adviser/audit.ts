import type { Database } from '../bot/storage/database.js';
import './migrations.js';

export type AuditAction =
  | 'login'
  | 'login_failed'
  | 'login_locked'
  | 'logout'
  | 'conversation_view'
  | 'callbacks_list'
  | 'callback_status'
  | 'feedback_export';

export interface AuditEntry {
  adviserId: number | null;
  /** The account (or, for a failed login, the address typed), so the log reads on its own after an account is gone. */
  adviserEmail: string;
  action: AuditAction;
  referenceCode?: string | null;
  callbackId?: number | null;
  /** 'ok', 'not_found', 'no_consent', 'refused'… */
  outcome: string;
  /** Short machine-readable detail (e.g. "new→done"); never a phone number or a message of the user. */
  detail?: string | null;
}

export interface AuditRecord extends Required<AuditEntry> {
  id: number;
  at: number;
}

/**
 * Who did what, when, on which reference code or callback. Written in the same transaction-less, synchronous way
 * as the rest of the database: the row is committed before the response leaves.
 */
export class AuditLog {
  constructor(
    private readonly db: Database,
    private readonly now: () => number = Date.now,
  ) {}

  write(e: AuditEntry): void {
    this.db
      .prepare(
        `INSERT INTO adviser_audit (at, adviser_id, adviser_email, action, reference_code, callback_id, outcome, detail)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(this.now(), e.adviserId, e.adviserEmail.slice(0, 254), e.action, e.referenceCode ?? null, e.callbackId ?? null, e.outcome, e.detail ?? null);
  }

  /** Most recent first. */
  list(limit = 200): AuditRecord[] {
    const rows = this.db.prepare('SELECT * FROM adviser_audit ORDER BY id DESC LIMIT ?').all(limit) as {
      id: number;
      at: number;
      adviser_id: number | null;
      adviser_email: string;
      action: AuditAction;
      reference_code: string | null;
      callback_id: number | null;
      outcome: string;
      detail: string | null;
    }[];
    return rows.map((r) => ({
      id: r.id,
      at: r.at,
      adviserId: r.adviser_id,
      adviserEmail: r.adviser_email,
      action: r.action,
      referenceCode: r.reference_code,
      callbackId: r.callback_id,
      outcome: r.outcome,
      detail: r.detail,
    }));
  }
}
