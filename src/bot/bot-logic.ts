import type { TurnContext } from 'botbuilder';

/** The bot behind the adapter: botbuilder's BotLogic (what `ActivityHandler.run` bound to its handler is). */
export type BotLogic = (context: TurnContext) => Promise<void>;
