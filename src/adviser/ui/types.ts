/** Shapes the API returns (see src/adviser/answers.ts and api.ts). */

export interface Answer {
  id: string;
  kind: 'salary' | 'faq' | 'aid' | 'trade' | 'diploma' | 'establishment';
  title: string;
  text: string;
  lines: string[];
  sources: { producer: string; url: string | null; title: string | null }[];
  date: string;
  dateLabel: string;
  warning: string | null;
  plain: string;
}

export interface SessionInfo {
  adviser: { email: string; role: 'adviser' | 'editor' | 'admin' };
  /** What the role may use (src/adviser/roles.ts): the console shows only those tabs. */
  permissions: string[];
  csrfToken: string;
  expiresAt: string;
}

export interface Callback {
  id: number;
  firstName: string;
  phone: string;
  timeSlot: string;
  status: 'new' | 'in_progress' | 'done';
  referenceCode: string | null;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}

export interface SharedConversation {
  code: string;
  summary: Record<string, unknown> | null;
  updatedAt: string;
  /** The messages are shown only with the person's second consent; null without it. */
  transcriptShared: boolean;
  transcript: { at: string | null; from: 'user' | 'bot'; text: string; card: string | null }[] | null;
}

export interface AccountInfo {
  id: number;
  email: string;
  role: 'adviser' | 'editor' | 'admin';
  disabled: boolean;
  createdAt: string;
}

export interface AuditEntryInfo {
  id: number;
  at: string;
  adviserEmail: string;
  action: string;
  referenceCode: string | null;
  callbackId: number | null;
  outcome: string;
  detail: string | null;
}
