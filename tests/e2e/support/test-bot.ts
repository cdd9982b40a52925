import { ActivityTypes, CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import { XSS_TEXTS, XSS_URLS } from './xss-corpus.js';

/**
 * A scripted bot for the browser tests: a welcome with quick replies, an answer hero card (title, text, source +
 * date, buttons, suggested actions), an adaptive card, a delayed reply (to test reconnection), and the XSS corpus.
 * It records feedback and erase events so the tests can check what the widget sent.
 */
export interface TestBotControl {
  feedback: unknown[];
  erased: string[];
  /** Resolves the pending "lent" turn so its late reply is sent. */
  releaseLate(): void;
  /** Resolves when a "lent" turn is waiting for releaseLate(). */
  lateWaiting(): Promise<void>;
  /** Resolves when the late reply has been sent (stored by the channel). */
  lateSent(): Promise<void>;
}

export const SALARY_TITLE = 'Salaire d’un apprenti';
export const LATE_REPLY = 'Voici la réponse qui arrive en retard.';
export const SHOWCARD_DETAIL = 'Montants calculés pour un contrat signé aujourd’hui.';

export function createTestBot(): { bot: (context: TurnContext) => Promise<void>; control: TestBotControl } {
  const feedback: unknown[] = [];
  const erased: string[] = [];
  let release: (() => void) | undefined;
  let waitingResolve: (() => void) | undefined;
  let waiting = new Promise<void>((r) => (waitingResolve = r));
  let sentResolve: (() => void) | undefined;
  let sent = new Promise<void>((r) => (sentResolve = r));

  const control: TestBotControl = {
    feedback,
    erased,
    releaseLate: () => release?.(),
    lateWaiting: () => waiting,
    lateSent: () => sent,
  };

  const bot = async (context: TurnContext): Promise<void> => {
    const a = context.activity;
    if (a.type === ActivityTypes.ConversationUpdate) {
      if ((a.membersAdded ?? []).some((m) => m.id !== a.recipient?.id)) {
        await context.sendActivity(
          MessageFactory.suggestedActions(['Salaire', 'Aides'], 'Bonjour ! Je suis l’assistant de test. Que voulez-vous savoir ?'),
        );
      }
      return;
    }
    if (a.type === ActivityTypes.Event && a.name === 'erase') {
      erased.push(a.conversation.id);
      return;
    }
    if (a.type !== ActivityTypes.Message) return;
    const value = a.value as { type?: unknown } | undefined;
    if (value && value.type === 'feedback') {
      feedback.push(value);
      return;
    }
    const text = (a.text ?? '').trim().toLowerCase();
    if (text.includes('salaire')) {
      await context.sendActivity({ type: ActivityTypes.Typing });
      const card = CardFactory.heroCard(
        SALARY_TITLE,
        'À 18 ans, en première année : 53 % du SMIC.\nÀ 21 ans : 61 % du SMIC.',
        [],
        [
          { type: 'imBack', title: 'Et à 21 ans ?', value: 'salaire 21 ans' },
          { type: 'openUrl', title: 'En savoir plus', value: 'https://www.service-public.fr/particuliers/vosdroits/F2918' },
          { type: 'openUrl', title: 'Appeler le 0800 050 000', value: 'tel:0800050000' },
        ],
        { subtitle: 'Source : Service-Public.fr, vérifié le 1 janvier 2025' },
      );
      const reply = MessageFactory.attachment(card);
      reply.suggestedActions = {
        to: [],
        actions: [
          { type: 'imBack', title: 'Aides', value: 'Aides' },
          { type: 'imBack', title: 'Parler à un conseiller', value: 'conseiller' },
        ],
      };
      reply.channelData = { sources: [{ label: 'Service-Public.fr', url: 'https://www.service-public.fr/', date: '2025-01-01' }] };
      await context.sendActivity(reply);
      return;
    }
    if (text.includes('aides')) {
      await context.sendActivity(
        MessageFactory.attachment(
          CardFactory.adaptiveCard({
            type: 'AdaptiveCard',
            version: '1.5',
            body: [
              { type: 'TextBlock', text: 'Aides pour les apprentis', weight: 'Bolder', size: 'Medium', style: 'heading', wrap: true },
              { type: 'FactSet', facts: [{ title: 'Permis de conduire', value: '500 €' }, { title: 'Transport', value: 'selon la région' }] },
              { type: 'TextBlock', text: 'Source : Ministère du Travail, vérifié le 1 janvier 2025.', size: 'Small', isSubtle: true, wrap: true },
            ],
            actions: [
              { type: 'Action.OpenUrl', title: 'Le détail', url: 'https://www.1jeune1solution.gouv.fr/' },
              { type: 'Action.Submit', title: 'Voir le salaire', data: 'salaire' },
              {
                type: 'Action.ShowCard',
                title: 'En savoir plus',
                card: { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: SHOWCARD_DETAIL, wrap: true }] },
              },
            ],
          }),
        ),
      );
      return;
    }
    if (text === 'lent') {
      await context.sendActivity('D’accord, je cherche…');
      // The channel commits a turn's replies at its end, or at a typing activity: this one makes the first reply
      // visible while the turn waits.
      await context.sendActivity({ type: ActivityTypes.Typing });
      const released = new Promise<void>((r) => (release = r));
      waitingResolve?.();
      await released;
      waiting = new Promise<void>((r) => (waitingResolve = r));
      await context.sendActivity(LATE_REPLY);
      sentResolve?.();
      sent = new Promise<void>((r) => (sentResolve = r));
      return;
    }
    if (text === 'xss') {
      for (const t of XSS_TEXTS) await context.sendActivity(t);
      await context.sendActivity(
        MessageFactory.attachment(
          CardFactory.heroCard(
            XSS_TEXTS[0] ?? '',
            XSS_TEXTS.join('\n'),
            [],
            XSS_URLS.map((u, i) => ({ type: 'openUrl', title: `Lien piégé ${i + 1}`, value: u })),
            { subtitle: XSS_TEXTS[1] ?? '' },
          ),
        ),
      );
      await context.sendActivity(
        MessageFactory.attachment(
          CardFactory.adaptiveCard({
            type: 'AdaptiveCard',
            version: '1.5',
            body: [
              ...XSS_TEXTS.map((t) => ({ type: 'TextBlock', text: t })),
              { type: 'FactSet', facts: XSS_TEXTS.map((t) => ({ title: t, value: t })) },
            ],
            actions: [
              ...XSS_URLS.map((u, i) => ({ type: 'Action.OpenUrl', title: `Action piégée ${i + 1}`, url: u })),
              // The same corpus behind an Action.ShowCard: a nested card is rendered by the same safe code.
              {
                type: 'Action.ShowCard',
                title: XSS_TEXTS[2] ?? '',
                card: {
                  type: 'AdaptiveCard',
                  version: '1.5',
                  body: XSS_TEXTS.map((t) => ({ type: 'TextBlock', text: t })),
                  actions: XSS_URLS.map((u, i) => ({ type: 'Action.OpenUrl', title: `Action piégée ${i + 1}`, url: u })),
                },
              },
            ],
          }),
        ),
      );
      const last = MessageFactory.text('Fin du corpus.');
      last.suggestedActions = { to: [], actions: XSS_TEXTS.map((t) => ({ type: 'imBack', title: t, value: t })) };
      last.channelData = { sources: XSS_URLS.map((u) => ({ label: XSS_TEXTS[0], url: u, date: XSS_TEXTS[1] })) };
      await context.sendActivity(last);
      return;
    }
    await context.sendActivity(`Vous avez écrit : ${a.text ?? ''}`);
  };
  return { bot, control };
}
