import { el, srOnly } from '../dom.js';
import { plainText } from '../plain-text.js';
import type { Activity } from '../protocol.js';
import type { ActionHandler } from '../render/actions.js';
import { ADAPTIVE_CARD, renderAdaptiveCard } from '../render/adaptive-card.js';
import { HERO_CARD, renderHeroCard } from '../render/hero-card.js';
import { renderSources } from '../render/sources.js';
import { fr } from '../strings.fr.js';
import { type Rating, type SendFeedback, renderFeedback } from './feedback.js';

export interface BotMessageContext {
  onAction: ActionHandler;
  feedbackGiven: Rating | undefined;
  sendFeedback: SendFeedback;
}

/** One bot message: text bubble, cards, sources, and thumbs under answers (messages that carry a card or sources). */
export function renderBotMessage(a: Activity, ctx: BotMessageContext): HTMLDivElement | undefined {
  const row = el('div', 'msg bot');
  row.append(srOnly(fr.bot));
  let content = 0;
  if (a.text.trim() !== '') {
    row.append(el('p', 'bubble', plainText(a.text)));
    content++;
  }
  let cards = 0;
  for (const att of a.attachments) {
    const node = att.contentType === HERO_CARD
      ? renderHeroCard(att.content, ctx.onAction)
      : att.contentType === ADAPTIVE_CARD
        ? renderAdaptiveCard(att.content, ctx.onAction)
        : undefined;
    if (node) {
      row.append(node);
      cards++;
    }
  }
  const sources = renderSources(a.channelData);
  if (sources) row.append(sources);
  if (content + cards === 0 && !sources) return undefined;
  if (a.id && (cards > 0 || sources)) row.append(renderFeedback(ctx.feedbackGiven, ctx.sendFeedback));
  if (a.id) row.dataset.id = a.id;
  return row;
}

export function renderUserMessage(text: string): HTMLDivElement {
  const row = el('div', 'msg user');
  row.append(srOnly(fr.you), el('p', 'bubble', text));
  return row;
}

/** Marks a user bubble as not sent, with a retry button that clears the mark and sends again. */
export function markFailed(row: HTMLDivElement, retry: () => void): void {
  row.querySelector('.send-error')?.remove();
  row.classList.add('failed');
  const box = el('p', 'send-error', fr.notSent + ' ');
  const b = el('button', 'link-button', fr.retry);
  b.type = 'button';
  b.addEventListener('click', () => {
    box.remove();
    row.classList.remove('failed');
    retry();
  });
  box.append(b);
  row.append(box);
}
