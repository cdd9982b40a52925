import { ActivityTypes, ConversationState, type Activity, type ResourceResponse, type TurnContext } from 'botbuilder-core';
import { DialogSet, DialogTurnStatus } from '../src/bot/dialogs-sdk.js';
import type { DialogState } from 'botbuilder-dialogs';
import type { BotLogic, BotServices } from '../src/bot/types.js';
import type { KnowledgeStore } from '../src/knowledge/store.js';
import { createRecognizer } from '../src/nlu/understand.js';
import { scrubPersonalData } from '../src/services/conversation-records.js';
import { trackTurnUsage } from '../src/bot/usage-tracking.js';
import { MAIN_DIALOG, MainDialog, menu } from './main-dialog.js';
import { reply } from './support/replies.js';
import { buildRecap } from './support/recap.js';
import type { DialogServices } from './support/services.js';
import { newConversationData, type ConversationData } from './support/state.js';
import { conversationSummary } from './support/summary.js';
import { say, type Turn } from './support/turn.js';

export interface OrientationBotDeps {
  knowledge: KnowledgeStore;
  /** The origin people reach the server at, for the récap's address (default: PUBLIC_URL, else HOST:PORT). */
  publicOrigin?: () => string;
  /** Fixed date for tests (aids are current or ended relative to it). */
  today?: () => string;
}

interface FeedbackValue {
  type: 'feedback';
  rating: 'up' | 'down';
  replyToId?: string;
  reason?: string;
}

/**
 * The orientation bot: reads each message once (understanding), updates what the conversation knows, runs the main
 * dialog, and keeps the conversation's memory in ConversationState. Thumbs up/down and "effacer ma conversation"
 * are handled here, outside the dialogs.
 */
export function createOrientationBot(deps: OrientationBotDeps): (services: BotServices) => BotLogic {
  return (services) => {
    const dialogServices: DialogServices = {
      knowledge: deps.knowledge,
      records: services.records,
      today: deps.today ?? (() => new Date().toISOString().slice(0, 10)),
      maxMessageChars: services.config.MAX_MESSAGE_CHARS,
      log: services.log,
      recaps: services.recaps,
      recapUrl: (token) => `${(deps.publicOrigin ?? (() => services.config.PUBLIC_URL ?? `http://${services.config.HOST}:${services.config.PORT}`))().replace(/\/$/, '')}/recap/${token}`,
      recapDays: services.config.TRANSCRIPT_DAYS,
      callbackDays: services.config.CALLBACK_RETENTION_DAYS,
    };
    const recognizer = createRecognizer();
    // Train the understanding's models now rather than on the first person's first message.
    const models = recognizer.prepare(deps.knowledge.current);
    services.log.info({ ms: Math.round(models.buildMs), source: models.source }, 'understanding models ready');
    // What the understanding would compute on first need (the towns outside Normandy, the answers a follow-up may
    // continue) is done ahead of it: after the server listens when it can, so the start does not wait for it, else
    // now; either way the first turns do not pay for it.
    const ahead = recognizer.warmUp(deps.knowledge.current);
    if (services.warmUp) services.warmUp.add('understanding', ahead);
    else for (const _ of ahead);
    const conversationState = new ConversationState(services.storage);
    const dialogState = conversationState.createProperty<DialogState>('dialogState');
    const dataProperty = conversationState.createProperty<ConversationData>('data');
    const main = new MainDialog(dialogServices, recognizer);
    // Whether this conversation was counted yet on the dashboard (on its first message).
    const countedProperty = conversationState.createProperty<boolean>('usageCounted');
    const dialogs = new DialogSet(dialogState);
    dialogs.add(main);

    return async (context: TurnContext): Promise<void> => {
      const data = await dataProperty.get(context, newConversationData());
      const tracked = trackTurnUsage(data);
      const turn = main.prepare(context, tracked.data);
      const activity = context.activity;

      switch (activity.type) {
        case ActivityTypes.ConversationUpdate:
          if (!data.welcomed && (activity.membersAdded ?? []).some((m) => m.id !== activity.recipient?.id)) {
            data.welcomed = true;
            await context.sendActivity(menu(turn, 'welcome'));
          }
          break;
        case ActivityTypes.Message: {
          const feedback = feedbackOf(activity);
          if (feedback) {
            await recordFeedback(context, turn, dialogServices, feedback);
            break;
          }
          data.welcomed = true;
          const dc = await dialogs.createContext(context);
          const result = await dc.continueDialog();
          if (result.status === DialogTurnStatus.empty) await dc.beginDialog(MAIN_DIALOG);
          await main.ensureReply(context);
          if (!(await countedProperty.get(context, false))) {
            dialogServices.records.countUsage({ kind: 'conversation' });
            await countedProperty.set(context, true);
          }
          dialogServices.records.countUsage({ kind: 'message', ...tracked.usage() });
          if (data.shareConsent && !turn.eraseRequested) {
            await dialogServices.records.refreshSummary(activity.conversation.id, conversationSummary(turn));
          }
          // A récap once asked for follows the conversation: rewritten after each turn (and kept alive as long).
          if (data.recapToken && data.referenceCode && !turn.eraseRequested) {
            await dialogServices.recaps.save(data.recapToken, activity.conversation.id, buildRecap(turn, data.referenceCode));
          }
          break;
        }
        case ActivityTypes.Event:
          if (activity.name === 'erase') {
            await dialogServices.records.forgetConversation(activity.conversation.id);
            turn.eraseRequested = true;
          }
          break;
        case ActivityTypes.MessageReaction: {
          const up = (activity.reactionsAdded ?? []).some((r) => r.type === 'like' || r.type === 'plusOne');
          const down = (activity.reactionsAdded ?? []).some((r) => r.type === 'dislike' || r.type === 'minusOne');
          if (up || down) await recordFeedback(context, turn, dialogServices, { type: 'feedback', rating: up ? 'up' : 'down', ...(activity.replyToId ? { replyToId: activity.replyToId } : {}) });
          break;
        }
        default:
          break;
      }

      if (turn.eraseRequested) {
        await dialogServices.recaps.forget(activity.conversation.id);
        await conversationState.clear(context);
        await services.history.deleteConversation(activity.conversation.id, activity.channelId);
        await main.confirmErase(context);
        return;
      }
      await conversationState.saveChanges(context);
    };
  };
}

function feedbackOf(activity: Activity): FeedbackValue | undefined {
  const v = activity.value as Partial<FeedbackValue> | undefined;
  if (!v || typeof v !== 'object' || v.type !== 'feedback' || (v.rating !== 'up' && v.rating !== 'down')) return undefined;
  return {
    type: 'feedback',
    rating: v.rating,
    ...(typeof v.replyToId === 'string' ? { replyToId: v.replyToId.slice(0, 200) } : {}),
    ...(typeof v.reason === 'string' ? { reason: v.reason.slice(0, 500) } : {}),
  };
}

async function recordFeedback(context: TurnContext, turn: Turn, services: DialogServices, f: FeedbackValue): Promise<void> {
  await services.records.recordFeedback({
    conversationId: context.activity.conversation.id,
    replyToId: f.replyToId ?? null,
    rating: f.rating,
    reason: f.reason ? scrubPersonalData(f.reason) : null,
    question: turn.data.lastQuestion ? scrubPersonalData(turn.data.lastQuestion) : null,
    topic: turn.data.lastTopic ?? null,
  });
  await context.sendActivity(reply(say(turn, f.rating === 'up' ? 'feedback.thanks_up' : 'feedback.thanks_down')));
}
