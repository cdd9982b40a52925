import type { AuditAction, AuditFilter, AuditRecord, AuditStore } from '../storage/types.js';

export type { AuditAction, AuditRecord } from '../storage/types.js';

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

/** Who did what, when, on which reference code or callback: the line is committed before the response leaves. */
export class AuditLog {
  constructor(
    private readonly store: AuditStore,
    private readonly now: () => number = Date.now,
  ) {}

  write(e: AuditEntry): Promise<void> {
    return this.store.append({
      at: this.now(),
      adviserId: e.adviserId,
      adviserEmail: e.adviserEmail.slice(0, 254),
      action: e.action,
      referenceCode: e.referenceCode ?? null,
      callbackId: e.callbackId ?? null,
      outcome: e.outcome,
      detail: e.detail ?? null,
    });
  }

  /** Most recent first. */
  list(limit = 200): Promise<AuditRecord[]> {
    return this.store.list(limit);
  }

  /** The lines matching the filter (who, what, when), most recent first. */
  query(filter: AuditFilter, limit: number): Promise<AuditRecord[]> {
    return this.store.query(filter, limit);
  }
}
