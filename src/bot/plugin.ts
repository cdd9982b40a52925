import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../config.js';
import { ChannelAdapter } from './adapter.js';
import { createDefaultBot } from './default-bot.js';
import { openDatabase, type Database } from './storage/database.js';
import { GroupCommitter } from './storage/group-commit.js';
import { HistoryStore } from './storage/history.js';
import { purgeExpired, startRetentionJob } from './storage/retention.js';
import { SqliteStorage } from './storage/sqlite.js';
import { KeyedLock } from './turn-lock.js';
import type { BotFactory } from './types.js';

export interface BotPluginOptions {
  config: Config;
  /** The bot; default: the placeholder of default-bot.ts. */
  bot?: BotFactory | undefined;
  /** Overrides config.DATA_DIR (tests). */
  dataDir?: string | undefined;
}

/** Everything the channel, the adviser API and later modules share: one database, one adapter. */
export interface BotRuntime {
  db: Database;
  storage: SqliteStorage;
  history: HistoryStore;
  adapter: ChannelAdapter;
  committer: GroupCommitter;
  lock: KeyedLock;
  /** Purges now what retention allows; `extraPurges` lets other modules join the periodic job. */
  purgeNow(now?: number): number;
  extraPurges: ((now: number) => void)[];
}

declare module 'fastify' {
  interface FastifyInstance {
    bot: BotRuntime;
  }
}

async function botPluginImpl(app: FastifyInstance, opts: BotPluginOptions): Promise<void> {
  const { config } = opts;
  const db = openDatabase(opts.dataDir ?? config.DATA_DIR);
  const committer = new GroupCommitter(db, { mode: config.SQLITE_COMMIT_WORKER ? 'worker' : 'inline' });
  const lock = new KeyedLock();
  const history = new HistoryStore(db, committer, lock);
  const storage = new SqliteStorage(db, committer);
  // The state store mirrors committed rows in memory: it must hear of the rows history and retention delete.
  history.onStateDeleted((prefix) => storage.forget(prefix));
  const adapter = new ChannelAdapter({
    history,
    committer,
    lock,
    log: app.log,
    maxMessageChars: config.MAX_MESSAGE_CHARS,
  });
  const factory = opts.bot ?? createDefaultBot;
  adapter.setBot(await factory({ storage, db, config, log: app.log, history, adapter }));

  const extraPurges: ((now: number) => void)[] = [];
  const retention = { transcriptDays: config.TRANSCRIPT_DAYS, extra: extraPurges };
  const stopRetention = startRetentionJob(db, history, {
    ...retention,
    onError: (err) => app.log.error({ err }, 'retention purge failed'),
  });

  app.decorate('bot', {
    db,
    storage,
    history,
    adapter,
    committer,
    lock,
    extraPurges,
    purgeNow: (now?: number) => purgeExpired(db, history, { ...retention, ...(now ? { now: () => now } : {}) }),
  } satisfies BotRuntime);

  app.addHook('onClose', async () => {
    stopRetention();
    await adapter.drain();
    await committer.close();
    db.close();
  });
}

/** Opens the database, builds storage, history, adapter and bot; closes them last at shutdown. */
export const botPlugin = fp(botPluginImpl, { name: 'bot', fastify: '5.x' });
