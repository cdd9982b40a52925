import { ActivityTypes, ConversationState, MemoryStorage, type Activity, type TurnContext } from 'botbuilder';
import { DialogSet, DialogTurnStatus, WaterfallDialog, type DialogState } from 'botbuilder-dialogs';
import { types } from 'node:util';
import pino from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChannelAdapter } from '../../src/bot/adapter.js';
import { AppError } from '../../src/errors.js';
import { describeEachBackend, openTestStorage, type Backend } from '../support/backends.js';

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0)) await fn();
});

async function setup(backend: Backend, options: Partial<ConstructorParameters<typeof ChannelAdapter>[0]> = {}) {
  const { storage, close } = await openTestStorage(backend);
  cleanup.push(close);
  const adapter = new ChannelAdapter({ storage, log: pino({ level: 'silent' }), maxMessageChars: 2000, ...options });
  return { adapter, history: storage.history, storage };
}

const message = (conversationId: string, text: string): Partial<Activity> => ({
  type: ActivityTypes.Message,
  text,
  channelId: 'directline',
  conversation: { id: conversationId } as Activity['conversation'],
  from: { id: 'u', name: 'u' },
  recipient: { id: 'bot', name: 'bot' },
});

describeEachBackend('ChannelAdapter', (backend) => {
  it('runs turns of one conversation in order and of different conversations concurrently', async () => {
    const { adapter, history } = await setup(backend);
    await history.createConversation('a', 'u', true);
    await history.createConversation('b', 'u', true);
    const log: string[] = [];
    adapter.setBot(async (ctx) => {
      const key = `${ctx.activity.conversation.id}${ctx.activity.text}`;
      log.push(`start ${key}`);
      await new Promise((r) => setTimeout(r, ctx.activity.text === '1' ? 40 : 1));
      await ctx.sendActivity(`echo ${ctx.activity.text}`);
      log.push(`end ${key}`);
    });
    await Promise.all([
      adapter.processActivity(message('a', '1')),
      adapter.processActivity(message('a', '2')),
      adapter.processActivity(message('b', '1')),
      adapter.processActivity(message('b', '2')),
    ]);
    expect(log.indexOf('start a2')).toBeGreaterThan(log.indexOf('end a1'));
    expect(log.indexOf('start b1')).toBeLessThan(log.indexOf('end a1'));
    expect((await history.listActivities('a')).map((x) => x['text'])).toEqual(['1', 'echo 1', '2', 'echo 2']);
    expect((await history.listActivities('a')).map((x) => x['id'])).toEqual(['a|0000001', 'a|0000002', 'a|0000003', 'a|0000004']);
  });

  it('keeps reply fields intact, drops traces, and makes retries idempotent', async () => {
    const { adapter, history } = await setup(backend);
    await history.createConversation('c', 'u', true);
    let turns = 0;
    adapter.setBot(async (ctx) => {
      turns++;
      await ctx.sendActivity({ type: ActivityTypes.Trace, name: 'debug' });
      await ctx.sendActivity({
        type: ActivityTypes.Message,
        text: 'r',
        suggestedActions: { to: [], actions: [{ type: 'imBack', title: 'Oui', value: 'oui' }] },
        attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: { type: 'AdaptiveCard', body: [] } }],
        value: { a: 1 },
        channelData: { source: 'x' },
      });
    });
    const first = await adapter.processActivity(message('c', 'q'), { clientId: 'k1' });
    const retry = await adapter.processActivity(message('c', 'q'), { clientId: 'k1' });
    expect(retry).toEqual({ id: first.id, duplicate: true });
    expect(turns).toBe(1);
    const [, reply] = await history.listActivities('c');
    expect(reply).toMatchObject({
      suggestedActions: { actions: [{ type: 'imBack', title: 'Oui', value: 'oui' }] },
      attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: { type: 'AdaptiveCard' } }],
      value: { a: 1 },
      channelData: { source: 'x' },
      replyToId: first.id,
    });
    expect(await history.listActivities('c')).toHaveLength(2);
  });

  it('refuses new turns once draining, after finishing the running ones', async () => {
    const { adapter, history } = await setup(backend);
    await history.createConversation('d', 'u', true);
    adapter.setBot(async (ctx) => {
      await new Promise((r) => setTimeout(r, 30));
      await ctx.sendActivity('fini');
    });
    const running = adapter.processActivity(message('d', 'x'));
    await adapter.drain();
    expect((await history.listActivities('d')).map((a) => a['text'])).toEqual(['x', 'fini']);
    await running;
    await expect(adapter.processActivity(message('d', 'y'))).rejects.toMatchObject({ code: 'DL_OVERLOADED' });
  });
  it('builds the dialog memory scopes once and hands the same set to later turns, which still run dialogs', async () => {
    const { adapter, history } = await setup(backend);
    await history.createConversation('a', 'u', true);
    const state = new ConversationState(new MemoryStorage());
    const dialogs = new DialogSet(state.createProperty<DialogState>('dialogState'));
    dialogs.add(
      new WaterfallDialog('w', [
        async (step) => {
          await step.context.sendActivity('Quel est ton prénom ?');
          return { status: DialogTurnStatus.waiting };
        },
        async (step) => {
          await step.context.sendActivity(`Bonjour ${String(step.context.activity.text)}`);
          return step.endDialog();
        },
      ]),
    );
    const configurations: unknown[] = [];
    adapter.setBot(async (ctx) => {
      const dc = await dialogs.createContext(ctx);
      configurations.push(dc.state.configuration);
      const result = await dc.continueDialog();
      if (result.status === DialogTurnStatus.empty) await dc.beginDialog('w');
      await state.saveChanges(ctx);
    });
    await adapter.processActivity(message('a', 'salut'));
    await adapter.processActivity(message('a', 'Léa'));
    await adapter.processActivity(message('a', 'encore'));
    expect(configurations).toHaveLength(3);
    expect(configurations[1]).toBe(configurations[0]);
    expect(configurations[2]).toBe(configurations[0]);
    expect((configurations[0] as { memoryScopes: unknown[] }).memoryScopes.length).toBeGreaterThan(5);
    const texts = (await history.listActivities('a')).filter((a) => (a['from'] as { id?: string } | undefined)?.id === 'bot').map((a) => a['text']);
    expect(texts).toEqual(['Quel est ton prénom ?', 'Bonjour Léa', 'Quel est ton prénom ?']);
  });

  it('without middleware: sets the locale, answers a throw through onTurnError, refuses a context used after its turn', async () => {
    const { adapter, history } = await setup(backend);
    await history.createConversation('m', 'u', true);
    let kept: TurnContext | undefined;
    const locales: string[] = [];
    adapter.setBot(async (ctx) => {
      kept = ctx;
      locales.push(ctx.locale ?? '');
      if (ctx.activity.text === 'boum') throw new Error('boum');
      await ctx.sendActivity(`vu ${ctx.activity.text}`);
    });
    await adapter.processActivity({ ...message('m', 'un'), locale: 'fr-FR' });
    await adapter.processActivity(message('m', 'boum'));
    expect(locales[0]).toBe('fr-FR');
    // The lighter path: the bot reads the adapter's own context, not the SDK's revocable Proxy of it.
    expect(types.isProxy(kept)).toBe(false);
    const texts = (await history.listActivities('m')).map((a) => a['text']);
    expect(texts.slice(0, 3)).toEqual(['un', 'vu un', 'boum']);
    expect(texts).toHaveLength(4);
    await expect((async () => kept?.sendActivity('trop tard'))()).rejects.toThrow();
    expect(await history.listActivities('m')).toHaveLength(4);
  });

  it('with middleware: runs it around the bot, in order, and the turn as before', async () => {
    const { adapter, history } = await setup(backend);
    await history.createConversation('n', 'u', true);
    const log: string[] = [];
    let kept: TurnContext | undefined;
    adapter.use(async (ctx, next) => {
      log.push(`avant ${ctx.activity.text}`);
      await next();
      log.push('après');
    });
    adapter.setBot(async (ctx) => {
      kept = ctx;
      log.push('bot');
      await ctx.sendActivity('ok');
    });
    await adapter.processActivity(message('n', 'x'));
    expect(log).toEqual(['avant x', 'bot', 'après']);
    expect((await history.listActivities('n')).map((a) => a['text'])).toEqual(['x', 'ok']);
    await expect((async () => kept?.sendActivity('trop tard'))()).rejects.toThrow();
  });

  it('runs the welcome once when it is asked for twice before the first one committed', async () => {
    const { adapter, history } = await setup(backend);
    await history.createConversation('w', 'u', false);
    let welcomes = 0;
    adapter.setBot(async (ctx) => {
      if (ctx.activity.type !== ActivityTypes.ConversationUpdate) return;
      welcomes++;
      await ctx.sendActivity('Bienvenue');
    });
    await Promise.all([
      adapter.startConversation('w', { id: 'u' }, 'http://127.0.0.1'),
      adapter.startConversation('w', { id: 'u' }, 'http://127.0.0.1'),
    ]);
    expect(welcomes).toBe(1);
    expect(await history.getConversation('w')).toMatchObject({ started: true, lastSeq: 1 });
  });

  describe('typing indicator on slow turns', () => {
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

    it('a turn still running after 300 ms sends typing, committed and delivered before the reply', async () => {
      const { adapter, history, storage } = await setup(backend);
      await history.createConversation('s', 'u', true);
      const commits: string[][] = [];
      await storage.fanOut.subscribe('s', (batch) => commits.push(batch.jsons.map((j) => (JSON.parse(j) as { type: string }).type)));
      adapter.setBot(async (ctx) => {
        await sleep(800); // a cold start or a heavy search
        await ctx.sendActivity('enfin');
      });
      await adapter.processActivity(message('s', 'question lourde'));
      const activities = await history.listActivities('s');
      expect(activities.map((a) => a.type)).toEqual(['message', 'typing', 'message']);
      expect(activities[1]).toMatchObject({ from: { id: 'bot' }, recipient: { id: 'u' }, conversation: { id: 's' } });
      // The typing was committed (and so pushed to the sockets) before the reply, not together with it.
      await vi.waitFor(() => expect(commits.flat()).toHaveLength(3));
      expect(commits.flat()).toEqual(['message', 'typing', 'message']);
      expect(commits.at(-1)).toEqual(['message']);
    });

    it('a fast turn sends none, and neither does a slow one once the bot has answered', async () => {
      const { adapter, history } = await setup(backend);
      await history.createConversation('f', 'u', true);
      adapter.setBot(async (ctx) => {
        await ctx.sendActivity(`écho ${ctx.activity.text}`);
        if (ctx.activity.text === 'puis lent') await sleep(700); // work after the answer (e.g. saving)
      });
      await adapter.processActivity(message('f', 'rapide'));
      await adapter.processActivity(message('f', 'puis lent'));
      expect((await history.listActivities('f')).map((a) => a.type)).toEqual(['message', 'message', 'message', 'message']);
    });

    it('a bot that sends its own typing is not doubled', async () => {
      const { adapter, history } = await setup(backend);
      await history.createConversation('o', 'u', true);
      adapter.setBot(async (ctx) => {
        await ctx.sendActivity({ type: ActivityTypes.Typing });
        await sleep(700);
        await ctx.sendActivity('fini');
      });
      await adapter.processActivity(message('o', 'go'));
      expect((await history.listActivities('o')).map((a) => a.type)).toEqual(['message', 'typing', 'message']);
    });

    it('repeats it while the bot is still silent, so a client does not hide it', async () => {
      const { adapter, history } = await setup(backend, { typing: { delayMs: 100, repeatMs: 200 } });
      await history.createConversation('r', 'u', true);
      adapter.setBot(async (ctx) => {
        await sleep(900);
        await ctx.sendActivity('fini');
      });
      await adapter.processActivity(message('r', 'go'));
      const types = (await history.listActivities('r')).map((a) => a.type);
      expect(types.filter((t) => t === 'typing').length).toBeGreaterThanOrEqual(2);
      expect(types.at(-1)).toBe('message');
    });

    /** Holds back the next commit by `ms`, then runs it or fails it (a slow or unreachable storage). */
    const holdNextCommit = (storage: Awaited<ReturnType<typeof setup>>['storage'], ms: number, fail?: Error) => {
      const submit = storage.committer.submit.bind(storage.committer);
      let armed = true;
      vi.spyOn(storage.committer, 'submit').mockImplementation(async (...args: Parameters<typeof submit>) => {
        if (!armed) return submit(...args);
        armed = false;
        await sleep(ms);
        if (fail) throw fail;
        return submit(...args);
      });
    };

    it('a turn ends only once its typing is committed: what was acknowledged is stored, no timer outlives it', async () => {
      const { adapter, history, storage } = await setup(backend, { typing: { delayMs: 50, repeatMs: 10_000 } });
      await history.createConversation('t', 'u', true);
      adapter.setBot(async () => {
        holdNextCommit(storage, 400); // the typing's commit (which carries the user's message) is slow
        await sleep(150);
      });
      const { id } = await adapter.processActivity(message('t', 'question'));
      expect((await history.listActivities('t')).map((a) => [a.id, a.type])).toEqual([
        [id, 'message'],
        ['t|0000002', 'typing'],
      ]);
    });

    it('a turn whose typing could not be committed fails instead of acknowledging a message it did not store', async () => {
      const { adapter, history, storage } = await setup(backend, { typing: { delayMs: 50, repeatMs: 10_000 } });
      await history.createConversation('x', 'u', true);
      adapter.setBot(async (ctx) => {
        holdNextCommit(storage, 100, new AppError('STORAGE_UNAVAILABLE'));
        await sleep(300);
        await ctx.sendActivity('trop tard');
      });
      await expect(adapter.processActivity(message('x', 'question'))).rejects.toMatchObject({ code: 'STORAGE_UNAVAILABLE' });
      expect(await history.listActivities('x')).toEqual([]);
    });

    it('a slow welcome (a cold start) shows typing before it', async () => {
      const { adapter, history } = await setup(backend);
      await history.createConversation('w', 'u', false);
      adapter.setBot(async (ctx) => {
        await sleep(700);
        await ctx.sendActivity('Bienvenue');
      });
      await adapter.startConversation('w', { id: 'u' }, 'http://127.0.0.1');
      expect((await history.listActivities('w')).map((a) => a.type)).toEqual(['typing', 'message']);
    });
  });
});
