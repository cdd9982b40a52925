import {
  ActivityTypes,
  BotAdapter,
  RoleTypes,
  TurnContext,
  type Activity,
  type ChannelAccount,
  type ConversationReference,
  type ResourceResponse,
} from 'botbuilder-core';
import type { FastifyBaseLogger } from 'fastify';
import { AppError, isAppError } from '../errors.js';
import { activityId, seqOfActivityId } from '../storage/activity-id.js';
import { closeTurn, conversationStatePrefix, openTurn, type TurnUnit } from '../storage/turn-unit.js';
import type { ConversationRecord, Lease, Storage } from '../storage/types.js';
import { channelMessages } from './channel-messages.js';
import { sdkTuning } from './sdk-tuning.js';
import type { BotLogic } from './bot-logic.js';

export const CHANNEL_ID = 'directline';
/** A turn still running after this long shows a typing indicator (a cold start, a heavy search); faster ones none. */
export const TYPING_DELAY_MS = 300;
/** While the bot has said nothing yet, the indicator is repeated: Web Chat hides it 5 s after the last one. */
export const TYPING_REPEAT_MS = 3000;

// Before any turn: the SDK's per-turn waste is trimmed for every bot this adapter runs (see sdk-tuning.ts).
sdkTuning();

export interface ChannelAdapterOptions {
  /** History, state, the conversation lock and the committer of turns. */
  storage: Storage;
  log: FastifyBaseLogger;
  /** Messages longer than this get a polite reply instead of a turn of the bot. */
  maxMessageChars: number;
  botAccount?: ChannelAccount;
  /** When a slow turn shows typing, and how often it repeats it (TYPING_DELAY_MS, TYPING_REPEAT_MS by default). */
  typing?: { delayMs: number; repeatMs: number };
}

export interface ProcessOptions {
  /** The client's own id for the activity (Web Chat's channelData.clientActivityID): a retry is not a new turn. */
  clientId?: string;
  /** Store the incoming activity in the history (false for conversationUpdate and proactive events). */
  record?: boolean;
  /** Logic to run instead of the bot (continueConversation). */
  logic?: BotLogic;
  /**
   * Extra writes of this turn, staged under the conversation lock before the incoming activity is recorded and the
   * bot runs, with the conversation as read under that lock (it may still amend the activity, e.g. its sender).
   */
  stage?: (unit: TurnUnit, conversation: ConversationRecord) => void;
  /** Checked once the conversation lock is held, on a fresh read: true skips the turn (a welcome that already ran). */
  skip?: (conversation: ConversationRecord) => boolean;
}

export interface ProcessResult {
  /** Id given to the incoming activity ('' when not recorded). */
  id: string;
  /** True when this was a retry of an activity already processed. */
  duplicate: boolean;
}

/** Per-turn bookkeeping, kept in turnState. */
interface ActiveTurn {
  unit: TurnUnit;
  seq: number;
  /** Set once the bot has sent a message (or its own typing) in this turn: no automatic typing after it. */
  replied: boolean;
}

const ACTIVE_TURN = Symbol('activeTurn');

/**
 * Where botbuilder-dialogs caches, for one turn, the memory scopes and path resolvers of its DialogStateManager.
 * Left empty, every turn rebuilds them through a small dependency-injection container (nine scopes, five resolvers,
 * a zod parse that fails by design): ~25% of a waterfall turn's CPU. They hold no per-turn data, so the adapter
 * keeps the first turn's set and hands it to every later turn.
 */
const DIALOG_MEMORY_KEY = 'DialogStateManagerConfiguration';

/** Storage is unreachable: the turn fails as a whole (503, the client retries), it is not answered. */
function isStorageFailure(err: unknown): boolean {
  return isAppError(err) && err.code === 'STORAGE_UNAVAILABLE';
}

/**
 * The BotAdapter of our own Direct Line channel. Turns of one conversation run one at a time, in order (the
 * storage's conversation lock: a promise chain in one process, a fenced Redis lock across instances); turns of
 * different conversations run concurrently. Each turn's writes (the
 * incoming activity, the replies, the bot's state) are committed together before the caller gets an id, then
 * pushed to the conversation's sockets. `typing` and `delay` are flush points: what was said before them is
 * committed and delivered at once, since their whole point is to be seen before the turn ends.
 */
export class ChannelAdapter extends BotAdapter {
  private bot: BotLogic = async () => {};
  private closing = false;
  /** Set by use(): until then a turn runs the bot without the SDK's middleware pipeline (see runMiddleware). */
  private withMiddleware = false;
  private dialogMemory: unknown;
  /** The typing activities this adapter sends itself on slow turns (the bot's own do not stop them). */
  private readonly autoTyping = new WeakSet<Partial<Activity>>();
  readonly botAccount: ChannelAccount;

  constructor(private readonly opts: ChannelAdapterOptions) {
    super();
    this.botAccount = opts.botAccount ?? { id: 'bot', name: 'Apprentissage Normandie', role: RoleTypes.Bot };
    this.onTurnError = async (context, error) => {
      if (isStorageFailure(error)) throw error;
      this.opts.log.error({ err: error, conversationId: context.activity.conversation?.id }, 'bot turn failed');
      await context.sendActivity({ type: ActivityTypes.Message, text: channelMessages.turnFailed });
    };
  }

  setBot(bot: BotLogic): void {
    this.bot = bot;
  }

  override use(...middlewares: Parameters<BotAdapter['use']>): this {
    this.withMiddleware = true;
    return super.use(...middlewares);
  }

  /**
   * With no middleware (the server adds none; a bench or a test may), the turn runs the bot directly: the SDK's
   * pipeline would wrap the context in a revocable Proxy, through which every property the bot and the dialogs read
   * (activity, turnState, sendActivity…) goes the slow way, and build a closure chain for an empty list. Same order
   * and error handling as BotAdapter.runMiddleware (locale, then the bot, onTurnError on a throw); a context used
   * after its turn is refused by sendActivities, as the revoked Proxy refused it (runTurn forgets the turn).
   */
  protected override async runMiddleware(context: TurnContext, next: (revocableContext: TurnContext) => Promise<void>): Promise<void> {
    if (this.withMiddleware) return super.runMiddleware(context, next);
    if (context.activity?.locale) context.locale = context.activity.locale;
    try {
      await next(context);
    } catch (err) {
      if (!this.onTurnError) throw err;
      await this.onTurnError(context, err as Error);
    }
  }

  /** True once shutdown began: new turns are refused. */
  get isClosing(): boolean {
    return this.closing;
  }

  /**
   * Runs one turn for `activity` (which must carry conversation.id, from, recipient, channelId): middleware, then
   * the bot. Resolves once the turn is committed, with the id of the incoming activity.
   */
  processActivity(activity: Partial<Activity>, options: ProcessOptions = {}): Promise<ProcessResult> {
    const conversationId = activity.conversation?.id;
    if (!conversationId) return Promise.reject(new AppError('DL_BAD_ACTIVITY', 'conversation.id'));
    if (this.closing) return Promise.reject(new AppError('DL_OVERLOADED', 'shutting down'));
    return this.opts.storage.lock.run(conversationId, (lease) => this.runTurn(conversationId, lease, activity, options));
  }

  private async runTurn(conversationId: string, lease: Lease, activity: Partial<Activity>, options: ProcessOptions): Promise<ProcessResult> {
    const { history } = this.opts.storage;
    const { clientId, record = true } = options;
    const start = await history.beginTurn(conversationId, clientId);
    if (start.duplicateSeq !== undefined) return { id: activityId(conversationId, start.duplicateSeq), duplicate: true };
    const conversation = start.conversation;
    if (!conversation) throw new AppError('DL_CONVERSATION_NOT_FOUND');
    if (options.skip?.(conversation)) return { id: '', duplicate: true };

    const unit = this.opts.storage.newUnit(conversationId, lease);
    const turn: ActiveTurn = { unit, seq: conversation.lastSeq, replied: false };
    options.stage?.(unit, conversation);
    let id = '';
    if (record) {
      const seq = ++turn.seq;
      id = activityId(conversationId, seq);
      activity.id = id;
      history.stageAppend(unit, seq, activity, clientId);
    }

    const text = activity.type === ActivityTypes.Message ? activity.text : undefined;
    const tooLong = typeof text === 'string' && text.length > this.opts.maxMessageChars;
    const bot = options.logic ?? this.bot;
    // A file (Web Chat's paperclip, an attachment posted with a message) is not read: the channel says so, and any
    // text sent with it still goes to the bot.
    const withFiles = activity.type === ActivityTypes.Message && (activity.attachments?.length ?? 0) > 0;
    const logic: BotLogic = tooLong
      ? async (ctx) => void (await ctx.sendActivity({ type: ActivityTypes.Message, text: channelMessages.tooLong(this.opts.maxMessageChars) }))
      : withFiles
        ? async (ctx) => {
            await ctx.sendActivity({ type: ActivityTypes.Message, text: channelMessages.filesNotRead });
            if ((text ?? '').trim() !== '') await bot(ctx);
          }
        : bot;

    const context = new TurnContext(this, activity);
    context.turnState.set(ACTIVE_TURN, turn);
    if (this.dialogMemory !== undefined) context.turnState.set(DIALOG_MEMORY_KEY, this.dialogMemory);
    // State writes of this conversation (and of its user) are staged in this turn's unit.
    const channelId = activity.channelId ?? CHANNEL_ID;
    const userId = activity.from?.id;
    const statePrefix = conversationStatePrefix(channelId, conversationId);
    openTurn(unit, userId ? [statePrefix, `${channelId}/users/${userId}/`] : [statePrefix]);
    const stopTyping = this.typingWhileSlow(context, turn);
    try {
      await this.runMiddleware(context, logic);
    } catch (err) {
      if (isStorageFailure(err)) throw err;
      // onTurnError itself failed: keep what the turn already said, the user's message included.
      this.opts.log.error({ err, conversationId }, 'turn error handler failed');
    } finally {
      try {
        const stopping = stopTyping();
        if (stopping) await stopping;
      } finally {
        closeTurn(unit);
        context.turnState.delete(ACTIVE_TURN);
      }
    }
    this.keepDialogMemory(context);
    await unit.flush();
    return { id, duplicate: false };
  }

  override async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const turn = context.turnState.get(ACTIVE_TURN) as ActiveTurn | undefined;
    if (!turn) throw new Error('sendActivities outside a turn of this adapter');
    const responses: ResourceResponse[] = [];
    for (const activity of activities) {
      switch (activity.type) {
        case ActivityTypes.Trace:
        case ActivityTypes.InvokeResponse:
          // Traces are for the Emulator; invoke responses go back in the HTTP reply, which Direct Line has not.
          responses.push({ id: '' });
          continue;
        default:
          break;
      }
      const seq = ++turn.seq;
      const id = activityId(turn.unit.conversationId, seq);
      if (activity.type === ActivityTypes.Message || (activity.type === ActivityTypes.Typing && !this.autoTyping.has(activity))) turn.replied = true;
      // A shallow copy: suggestedActions, attachments, value, channelData are kept as the bot built them.
      const out: Partial<Activity> = { ...activity, id, timestamp: new Date() };
      this.opts.storage.history.stageAppend(turn.unit, seq, out);
      responses.push({ id });
      // A pause is kept in the history like any reply (clients ignore its type), after what came before it has been
      // committed and delivered: the point of a typing indicator or a delay is to be seen before what follows.
      if (activity.type === ActivityTypes.Typing || activity.type === 'delay') await turn.unit.flush();
      if (activity.type === 'delay') await sleep(typeof activity.value === 'number' ? activity.value : 1000);
    }
    return responses;
  }

  /**
   * A message or a welcome whose turn is still running after TYPING_DELAY_MS gets a `typing` activity, repeated until
   * the bot says something (or sends its own typing) or the turn ends; a fast turn gets none. Sent like the bot's own typing (a flush point), so
   * the indicator reaches the client at once. Returns the function that stops it, called before the turn closes:
   * it waits for a typing whose commit is still running (that commit also carries what the turn staged before it,
   * the user's message included), and throws if it failed, so that a turn never acknowledges what it did not store
   * and nothing of it outlives the turn (a commit after the lock's release would be fenced off).
   */
  private typingWhileSlow(context: TurnContext, turn: ActiveTurn): () => Promise<void> | undefined {
    const type = context.activity.type;
    if (type !== ActivityTypes.Message && type !== ActivityTypes.ConversationUpdate) return noTyping;
    let timer: NodeJS.Timeout | undefined;
    let stopped = false;
    // Allocated by the first indicator only: most turns end before TYPING_DELAY_MS and send none, so their stop is
    // a clearTimeout and no promise (this runs on every message).
    let sending: Set<Promise<unknown>> | undefined;
    let failure: { err: unknown } | undefined;
    const send = (): void => {
      if (stopped || turn.replied) return;
      const typing = TurnContext.applyConversationReference({ type: ActivityTypes.Typing }, TurnContext.getConversationReference(context.activity));
      this.autoTyping.add(typing);
      const p = this.sendActivities(context, [typing]).catch((err: unknown) => {
        failure ??= { err };
        this.opts.log.warn({ err, conversationId: turn.unit.conversationId }, 'typing indicator not sent');
      });
      const inFlight = (sending ??= new Set());
      inFlight.add(p);
      void p.then(() => inFlight.delete(p));
      timer = setTimeout(send, this.opts.typing?.repeatMs ?? TYPING_REPEAT_MS);
    };
    timer = setTimeout(send, this.opts.typing?.delayMs ?? TYPING_DELAY_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
      // No indicator sent, so none in flight and none failed.
      if (sending === undefined) return undefined;
      const waiting = [...sending];
      return (async () => {
        await Promise.all(waiting);
        if (failure) throw failure.err;
      })();
    };
  }

  override async updateActivity(context: TurnContext, activity: Partial<Activity>): Promise<void> {
    const turn = this.turnOf(context);
    const seq = this.seqOf(turn, activity.id);
    this.opts.storage.history.stageUpdate(turn.unit, seq, { ...activity, timestamp: new Date() });
  }

  override async deleteActivity(context: TurnContext, reference: Partial<ConversationReference>): Promise<void> {
    const turn = this.turnOf(context);
    this.opts.storage.history.stageDelete(turn.unit, this.seqOf(turn, reference.activityId));
  }

  /** Proactive turn (e.g. an adviser's message): runs `logic` under the conversation lock, like any turn. */
  override async continueConversation(
    reference: Partial<ConversationReference>,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<void> {
    const activity = TurnContext.applyConversationReference(
      { type: ActivityTypes.Event, name: 'continueConversation', timestamp: new Date() },
      reference,
      true,
    );
    await this.processActivity(activity, { record: false, logic });
  }

  override async continueConversationAsync(
    _botAppIdOrClaims: unknown,
    reference: Partial<ConversationReference>,
    logicOrAudience: unknown,
    maybeLogic?: (context: TurnContext) => Promise<void>,
  ): Promise<void> {
    const logic = typeof logicOrAudience === 'function' ? (logicOrAudience as BotLogic) : maybeLogic;
    if (!logic) throw new TypeError('continueConversationAsync: logic is required');
    await this.continueConversation(reference, logic);
  }

  /** The welcome turn: a conversationUpdate with the bot and the user added; marks the conversation started. */
  async startConversation(
    conversationId: string,
    member: { id: string; name?: string | undefined },
    serviceUrl: string,
    locale?: string,
  ): Promise<void> {
    const user = { id: member.id, name: member.name ?? '', role: RoleTypes.User } as ChannelAccount;
    const activity: Partial<Activity> = {
      type: ActivityTypes.ConversationUpdate,
      channelId: CHANNEL_ID,
      serviceUrl,
      conversation: { id: conversationId } as Activity['conversation'],
      from: user,
      recipient: this.botAccount,
      membersAdded: [this.botAccount, user],
      timestamp: new Date(),
      ...(locale ? { locale } : {}),
    };
    await this.processActivity(activity, {
      record: false,
      stage: (unit) => this.opts.storage.history.stageStarted(unit),
      // POST /conversations and an early first message (on this instance or another) may both ask for it before
      // either has committed: whichever gets the lock second sees it started.
      skip: (conversation) => conversation.started,
    });
  }

  /** Refuses new turns, then waits for running and queued ones to commit. */
  async drain(): Promise<void> {
    this.closing = true;
    await this.opts.storage.lock.drain();
    await this.opts.storage.committer.flush();
  }

  /** Keeps the dialog memory set built by the first turn that used dialogs, unless that turn customised it. */
  private keepDialogMemory(context: TurnContext): void {
    if (this.dialogMemory !== undefined) return;
    const turnState = context.turnState;
    if (turnState.has('memoryScopes') || turnState.has('pathResolvers')) return;
    this.dialogMemory = turnState.get(DIALOG_MEMORY_KEY);
  }

  private turnOf(context: TurnContext): ActiveTurn {
    const turn = context.turnState.get(ACTIVE_TURN) as ActiveTurn | undefined;
    if (!turn) throw new Error('not in a turn of this adapter');
    return turn;
  }

  private seqOf(turn: ActiveTurn, id: string | undefined): number {
    const seq = seqOfActivityId(turn.unit.conversationId, id);
    if (!Number.isInteger(seq) || seq < 1) throw new AppError('DL_BAD_ACTIVITY', 'id');
    return seq;
  }
}

/** The stop of a turn that shows no typing indicator (not a message nor a welcome). */
const noTyping = (): undefined => undefined;

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, Math.min(ms, 60_000))));
}
