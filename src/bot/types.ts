import type { Storage } from 'botbuilder';
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../config.js';
import type { BotLogic } from './bot-logic.js';
import type { ChannelAdapter } from './adapter.js';
import type { Database } from './storage/database.js';
import type { HistoryStore } from './storage/history.js';

export type { BotLogic };

/** What a bot gets to build itself: state storage (for ConversationState/UserState), the database, config, log. */
export interface BotServices {
  storage: Storage;
  db: Database;
  config: Config;
  log: FastifyBaseLogger;
  history: HistoryStore;
  /** For proactive messages (continueConversation) and middleware (`adapter.use`). */
  adapter: ChannelAdapter;
}

export type BotFactory = (services: BotServices) => BotLogic | Promise<BotLogic>;
