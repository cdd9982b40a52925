import type { TurnContext } from 'botbuilder';

const SENT = Symbol('orientation.messagesSent');

/**
 * Counts the messages a turn sends (typing indicators and other activities do not count): every message a person
 * sends gets at least one reply, and the bot checks it once its dialogs have run (see MainDialog.ensureReply).
 */
export function countMessagesSent(context: TurnContext): void {
  const counter = { messages: 0 };
  context.turnState.set(SENT, counter);
  context.onSendActivities(async (_context, activities, next) => {
    counter.messages += activities.filter((a) => a.type === 'message').length;
    return next();
  });
}

/** How many messages this turn has sent so far (undefined when nobody counted). */
export function messagesSent(context: TurnContext): number | undefined {
  return (context.turnState.get(SENT) as { messages: number } | undefined)?.messages;
}
