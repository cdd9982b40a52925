import type { KnowledgeBase, KnowledgeStore } from '../../src/knowledge/store.js';
import type { IntentClassifier } from '../../src/nlu/intents.js';
import type { ConversationRecords } from '../../src/services/conversation-records.js';

/** What the dialogs are given when the bot is built; nothing else reaches them. */
export interface DialogServices {
  knowledge: KnowledgeStore;
  /** The intent classifier trained on this knowledge version's intents.fr.yaml. */
  classifierFor(kb: KnowledgeBase): IntentClassifier;
  records: ConversationRecords;
  /** Today's date as YYYY-MM-DD (injectable so tests can check expired aids on a fixed date). */
  today: () => string;
  maxMessageChars: number;
}
