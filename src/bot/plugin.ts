import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../config.js';
import { ConversationRecords } from '../services/conversation-records.js';
import { Recaps } from '../services/recap-store.js';
import { UsageCounter } from '../services/usage-counter.js';
import type { Storage } from '../storage/types.js';
import { ChannelAdapter } from './adapter.js';
import { createDefaultBot } from './default-bot.js';
import type { BotFactory } from './types.js';
import { WarmUp } from './warm-up.js';

export interface BotPluginOptions {
  config: Config;
  /** The bot; default: the placeholder of default-bot.ts. */
  bot?: BotFactory | undefined;
}

/** What the channel, the adviser API and later modules share: the storage back end and one adapter. */
export interface BotRuntime {
  storage: Storage;
  adapter: ChannelAdapter;
  /** Reference codes, callbacks, feedback and unanswered questions, over storage. */
  records: ConversationRecords;
  /** "Mon récap" pages, over storage. */
  recaps: Recaps;
  /** The dashboard's usage counters, batched (flush before reading them). */
  usage: UsageCounter;
  /** The bot's work ahead of need, started once the server listens (a bench without a listener may run it). */
  warmUp: WarmUp;
}

declare module 'fastify' {
  interface FastifyInstance {
    bot: BotRuntime;
  }
}

async function botPluginImpl(app: FastifyInstance, opts: BotPluginOptions): Promise<void> {
  const { config } = opts;
  const storage = app.storage;
  const usage = new UsageCounter(storage.usage, { onError: (err) => app.log.warn({ err }, 'usage counters not written') });
  const records = new ConversationRecords(storage, Date.now, usage);
  const recaps = new Recaps(storage);
  const adapter = new ChannelAdapter({ storage, log: app.log, maxMessageChars: config.MAX_MESSAGE_CHARS });
  const factory = opts.bot ?? createDefaultBot;
  // The warm-up waits while people are being served: requests in flight (a new conversation, a message posted) and
  // turns running or queued. Measured at a start (issue 17): it ran 0.2 s between /healthz and the first turn.
  // Counted until the response closes (answered, failed or aborted alike). A WebSocket upgrade is not counted: once
  // upgraded it is hijacked and stays open for the whole conversation, which is no request waiting for an answer.
  let requestsInFlight = 0;
  app.addHook('onRequest', (request, reply, done) => {
    if ((request.raw as { upgrade?: boolean }).upgrade !== true) {
      requestsInFlight++;
      reply.raw.once('close', () => requestsInFlight--);
    }
    done();
  });
  const warmUp = new WarmUp({ busy: () => requestsInFlight > 0 || storage.lock.busy > 0 });
  adapter.setBot(await factory({ storage: storage.state, history: storage.history, records, recaps, config, log: app.log, adapter, warmUp }));

  app.decorate('bot', { storage, adapter, records, recaps, usage, warmUp } satisfies BotRuntime);

  // After the start, not before it: the first person is answered as soon as the server listens (see warm-up.ts).
  app.addHook('onListen', async () => {
    void warmUp.run(app.log);
  });

  // Runs before the storage plugin's own onClose (hooks of a later plugin close first): turns finish, then storage.
  app.addHook('onClose', async () => {
    warmUp.stop();
    await adapter.drain();
    await usage.flush();
  });
}

/** Builds the adapter and the bot over the storage back end. */
export const botPlugin = fp(botPluginImpl, { name: 'bot', fastify: '5.x', dependencies: ['storage'] });
