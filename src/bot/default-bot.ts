import { ActivityTypes } from 'botbuilder-core';
import type { BotLogic, BotServices } from './types.js';

/**
 * Placeholder bot until the dialogs land: a welcome on conversationUpdate and a polite French echo. It uses no
 * state, so it is also the cheapest possible bot for smoke tests.
 */
export function createDefaultBot(_services: BotServices): BotLogic {
  return async (context) => {
    const activity = context.activity;
    if (activity.type === ActivityTypes.ConversationUpdate) {
      const joined = (activity.membersAdded ?? []).some((m) => m.id !== activity.recipient?.id);
      if (joined) {
        await context.sendActivity(
          "Bonjour ! Je suis le robot d'orientation sur l'apprentissage en Normandie. Je suis encore en préparation : pour une réponse tout de suite, appelle le 0800 050 000 (appel gratuit).",
        );
      }
      return;
    }
    if (activity.type === ActivityTypes.Message) {
      const text = (activity.text ?? '').trim();
      await context.sendActivity(
        text
          ? `J'ai bien reçu ton message : « ${text.slice(0, 200)} ». Je ne sais pas encore y répondre ; un conseiller peut t'aider au 0800 050 000 (appel gratuit).`
          : "J'ai bien reçu ton message. Je ne sais pas encore y répondre ; un conseiller peut t'aider au 0800 050 000 (appel gratuit).",
      );
    }
  };
}
