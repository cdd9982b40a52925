import { createHash, randomInt } from 'node:crypto';
import { normandyDay } from './normandy-day.js';
import type { UsageCounter } from './usage-counter.js';
import type { CallbackRequest, CallbackStatus, FeedbackEntry, ReferenceRecord, Storage, UnansweredQuestion } from '../storage/types.js';

export type { CallbackRequest, CallbackStatus, ReferenceRecord } from '../storage/types.js';

/** Letters and digits that cannot be confused when read out on the phone (no 0/O, 1/I/L, 5/S, 2/Z). */
const CODE_ALPHABET = '346789ABCDEFGHJKMNPQRTUVWXY';
const CODE_LENGTH = 6;

/**
 * The one-way link of a kept record to its conversation. An unanswered question is kept for content work after its
 * conversation is gone, so it must not carry the conversation id (which would tie it to the transcript, the callback,
 * the reference code). It carries this hash instead: "effacer ma conversation" can find and delete it (the bot knows
 * the id), while the stored questions alone lead nowhere; retention then drops even the hash, once the transcript
 * itself would be gone (SQLite: services-003 and the retention job; Redis: the link set expires with the transcript).
 */
export function conversationHash(conversationId: string): string {
  return createHash('sha256').update(`unanswered:${conversationId}`).digest('base64url').slice(0, 22);
}

/**
 * What conversations leave behind for the people of the phone line: reference codes (with the user's consent to
 * share a summary), callback requests, thumbs up/down with their question, and unanswered questions. Over the
 * storage back end (SQLite or Redis); phone numbers are stored there and never logged.
 */
export class ConversationRecords {
  constructor(
    private readonly storage: Pick<Storage, 'references' | 'callbacks' | 'feedback' | 'unanswered'>,
    private readonly now: () => number = Date.now,
    /** The dashboard's counters (none in tests that do not look at them). */
    private readonly usage?: UsageCounter,
  ) {}

  /** The conversation's reference code, created on first request. Codes are random, so they reveal nothing. */
  referenceCode(conversationId: string): Promise<string> {
    return this.storage.references.ensure(conversationId, randomCode, this.now());
  }

  /**
   * Records (or withdraws) the consent to show the summary to an adviser, with the summary itself. A withdrawal
   * withdraws the consent to show the messages too.
   */
  async setSharing(conversationId: string, consent: boolean, summary: unknown): Promise<void> {
    await this.referenceCode(conversationId);
    await this.storage.references.setSharing(conversationId, consent, consent ? JSON.stringify(summary) : null, this.now());
  }

  /** Records the second consent, to show the messages themselves; only on top of the consent to the summary. */
  setTranscriptSharing(conversationId: string, consent: boolean): Promise<void> {
    return this.storage.references.setTranscriptSharing(conversationId, consent, this.now());
  }

  /** Keeps a consented summary up to date; does nothing without consent. */
  refreshSummary(conversationId: string, summary: unknown): Promise<void> {
    return this.storage.references.refreshSummary(conversationId, JSON.stringify(summary), this.now());
  }

  byCode(code: string): Promise<ReferenceRecord | undefined> {
    return this.storage.references.byCode(normalizeCode(code));
  }

  /** Saves a callback request; resolves only once it is committed, so the bot confirms nothing unsaved. */
  createCallback(input: { conversationId: string; referenceCode: string | null; firstName: string; phone: string; timeSlot: string }): Promise<number> {
    return this.storage.callbacks.create(input, this.now());
  }

  listCallbacks(status?: CallbackStatus): Promise<CallbackRequest[]> {
    return this.storage.callbacks.list(status);
  }

  getCallback(id: number): Promise<CallbackRequest | undefined> {
    return this.storage.callbacks.get(id);
  }

  setCallbackStatus(id: number, status: CallbackStatus): Promise<boolean> {
    return this.storage.callbacks.setStatus(id, status, this.now());
  }

  recordFeedback(input: Omit<FeedbackEntry, 'createdAt'>): Promise<void> {
    return this.storage.feedback.record({ ...input, createdAt: this.now() });
  }

  /**
   * A question the bot could not answer: text only (already scrubbed of phone numbers and e-mails), tied to its
   * conversation by a one-way hash so that erasing the conversation erases it too.
   */
  recordUnanswered(question: string, conversationId: string): Promise<void> {
    return this.storage.unanswered.record({ question, createdAt: this.now() }, conversationHash(conversationId));
  }

  /**
   * Counts a conversation (on its first message) or a message with the topic it was answered on, or as a
   * fallback, under today's Normandy day: the adviser dashboard's figures. Nothing else is kept.
   */
  countUsage(event: { kind: 'conversation' } | { kind: 'message'; topic: string | null; fallback: boolean }): void {
    this.usage?.count({ ...event, day: normandyDay(this.now()) });
  }

  feedback(): Promise<FeedbackEntry[]> {
    return this.storage.feedback.all();
  }

  unansweredQuestions(): Promise<UnansweredQuestion[]> {
    return this.storage.unanswered.all();
  }

  /** "effacer ma conversation": everything this conversation left here goes, callbacks and unanswered questions included. */
  async forgetConversation(conversationId: string): Promise<void> {
    await Promise.all([
      this.storage.references.deleteConversation(conversationId),
      this.storage.callbacks.deleteConversation(conversationId),
      this.storage.feedback.deleteConversation(conversationId),
      this.storage.unanswered.deleteConversation(conversationHash(conversationId)),
    ]);
  }
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
