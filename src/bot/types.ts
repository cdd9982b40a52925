import type { Storage, TurnContext } from 'botbuilder';
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../config.js';
import type { ChannelAdapter } from './adapter.js';
import type { Database } from './storage/database.js';
import type { HistoryStore } from './storage/history.js';

/** The bot behind the adapter: botbuilder's BotLogic (what `ActivityHandler.run` bound to its handler is). */
export type BotLogic = (context: TurnContext) => Promise<void>;

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
