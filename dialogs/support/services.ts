import type { KnowledgeStore } from '../../src/knowledge/store.js';
import type { ConversationRecords } from '../../src/services/conversation-records.js';
import type { Recaps } from '../../src/services/recap-store.js';

/** What the dialogs are given when the bot is built; nothing else reaches them (the recogniser is the main dialog's). */
export interface DialogServices {
  knowledge: KnowledgeStore;
  records: ConversationRecords;
  /** Today's date as YYYY-MM-DD (injectable so tests can check expired aids on a fixed date). */
  today: () => string;
  maxMessageChars: number;
  /** Where a turn that ended with no reply is reported (the server's logger; absent in dialog tests). */
  log?: { warn(details: object, message: string): void };
  /** Where the récap pages are kept, their address for a token, and how long they live (TRANSCRIPT_DAYS). */
  recaps: Recaps;
  recapUrl(token: string): string;
  recapDays: number;
  /** How long a closed callback request is kept (CALLBACK_RETENTION_DAYS), said when someone asks what is kept. */
  callbackDays: number;
}
