import { el } from '../dom.js';
import { fr } from '../strings.fr.js';

export type Rating = 'up' | 'down';
export type SendFeedback = (rating: Rating, reason: string | undefined) => void;

/**
 * Thumbs up/down under an answer. Up is sent at once; down first offers a few reasons (optional), then sends one
 * feedback activity. Once given, the control is replaced by a thank-you, also after a reload.
 */
export function renderFeedback(given: Rating | undefined, send: SendFeedback): HTMLElement {
  const box = el('div', 'feedback');
  if (given) {
    box.append(el('p', 'feedback-done', fr.feedbackThanks));
    return box;
  }
  box.setAttribute('role', 'group');
  box.setAttribute('aria-label', fr.feedbackQuestion);
  const up = thumb('up');
  const down = thumb('down');
  box.append(up, down);

  const done = (rating: Rating, reason?: string): void => {
    send(rating, reason);
    const thanks = el('p', 'feedback-done', fr.feedbackThanks);
    thanks.tabIndex = -1;
    box.replaceChildren(thanks);
    box.removeAttribute('role');
    box.removeAttribute('aria-label');
    thanks.focus();
  };
  up.addEventListener('click', () => done('up'));
  down.addEventListener('click', () => {
    up.setAttribute('aria-pressed', 'false');
    down.setAttribute('aria-pressed', 'true');
    const reasons = el('div', 'feedback-reasons');
    reasons.setAttribute('role', 'group');
    const legend = el('p', 'feedback-why', fr.feedbackWhy);
    legend.id = `why-${Math.random().toString(36).slice(2)}`;
    reasons.setAttribute('aria-labelledby', legend.id);
    for (const [code, label] of fr.feedbackReasons) {
      const b = el('button', 'chip', label);
      b.type = 'button';
      b.addEventListener('click', () => done('down', code));
      reasons.append(b);
    }
    const skip = el('button', 'chip', fr.feedbackSkip);
    skip.type = 'button';
    skip.addEventListener('click', () => done('down'));
    reasons.append(skip);
    box.querySelector('.feedback-reasons')?.remove();
    box.querySelector('.feedback-why')?.remove();
    box.append(legend, reasons);
    const first = reasons.querySelector('button');
    first?.focus();
  });
  return box;
}

function thumb(rating: Rating): HTMLButtonElement {
  const b = el('button', `thumb thumb-${rating}`);
  b.type = 'button';
  b.setAttribute('aria-label', rating === 'up' ? fr.feedbackUp : fr.feedbackDown);
  b.setAttribute('aria-pressed', 'false');
  // A drawn glyph rather than an emoji: emoji fonts are missing on some phones and some screen readers spell them.
  b.append(el('span', 'thumb-icon'));
  return b;
}
