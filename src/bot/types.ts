import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../config.js';
import type { ConversationRecords } from '../services/conversation-records.js';
import type { Recaps } from '../services/recap-store.js';
import type { HistoryStore, StateStore } from '../storage/types.js';
import type { BotLogic } from './bot-logic.js';
import type { ChannelAdapter } from './adapter.js';
import type { WarmUp } from './warm-up.js';

export type { BotLogic };

/** What a bot gets to build itself: state storage (for ConversationState/UserState), history, records, récaps, config, log. */
export interface BotServices {
  /** botbuilder's `Storage` shape, with eTags; writes of a turn are committed with its replies. */
  storage: StateStore;
  history: HistoryStore;
  records: ConversationRecords;
  recaps: Recaps;
  config: Config;
  log: FastifyBaseLogger;
  /** For proactive messages (continueConversation) and middleware (`adapter.use`). */
  adapter: ChannelAdapter;
  /**
   * Work ahead of need, run once the server listens (warm-up.ts): only memoised results a turn would compute the
   * same itself. Absent where nothing listens (e.g. a bot built by hand): the bot then does that work at once.
   */
  warmUp?: WarmUp;
}

export type BotFactory = (services: BotServices) => BotLogic | Promise<BotLogic>;
