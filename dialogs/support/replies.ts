import { ActivityTypes, type Activity, type CardAction } from 'botbuilder';
import type { Offer } from './actions.js';

/** A link or a quick answer shown under a card. Only https: and tel: links are ever produced. */
export type CardButton =
  | { kind: 'reply'; title: string; value?: string }
  | { kind: 'link'; title: string; url: string };

/** One answer card: the short answer, its details, and where the facts come from (producer + date). */
export interface AnswerCard {
  title: string;
  subtitle?: string;
  lines: readonly string[];
  /** Already rendered "Source : … (date)" lines. */
  sources?: readonly string[];
  buttons?: readonly CardButton[];
}

export const HERO_CARD = 'application/vnd.microsoft.card.hero';

function toAction(b: CardButton): CardAction {
  if (b.kind === 'link') {
    if (!/^(https:|tel:)/.test(b.url)) throw new Error(`refusing a link that is not https: or tel: (${b.url})`);
    return { type: 'openUrl', title: b.title, value: b.url };
  }
  return { type: 'imBack', title: b.title, value: b.value ?? b.title };
}

/**
 * A bot message: short text, an optional answer card, and quick replies for the next steps. Built as a plain
 * object (no factories) because it is on the hot path of every turn.
 */
export function reply(text: string, options: { card?: AnswerCard; quickReplies?: readonly (string | Offer)[]; inputHint?: 'acceptingInput' | 'expectingInput' } = {}): Partial<Activity> {
  const activity: Partial<Activity> = {
    type: ActivityTypes.Message,
    text,
    inputHint: options.inputHint ?? 'acceptingInput',
  };
  if (options.card) {
    const c = options.card;
    const body = [...c.lines, ...(c.sources ?? [])].join('\n');
    activity.attachments = [
      {
        contentType: HERO_CARD,
        content: {
          title: c.title,
          ...(c.subtitle ? { subtitle: c.subtitle } : {}),
          text: body,
          ...(c.buttons && c.buttons.length > 0 ? { buttons: c.buttons.map(toAction) } : {}),
        },
      },
    ];
  }
  if (options.quickReplies && options.quickReplies.length > 0) {
    activity.suggestedActions = {
      to: [],
      actions: options.quickReplies.map((q) => {
        const title = typeof q === 'string' ? q : q.title;
        return { type: 'imBack', title, value: title };
      }),
    };
  }
  return activity;
}
