import { el } from '../dom.js';
import { plainText } from '../plain-text.js';
import { type CardAction, isRecord, parseCardAction, str } from '../protocol.js';
import { type ActionHandler, renderAction } from './actions.js';

export const HERO_CARD = 'application/vnd.microsoft.card.hero';

/** Answer card: title, subtitle (our bots put the source and date there), text, then actions. */
export function renderHeroCard(content: unknown, onAction: ActionHandler): HTMLElement | undefined {
  if (!isRecord(content)) return undefined;
  const card = el('div', 'card');
  const title = str(content.title);
  const subtitle = str(content.subtitle);
  const text = str(content.text);
  if (title) card.append(el('p', 'card-title', plainText(title)));
  if (subtitle) card.append(el('p', 'card-subtitle', plainText(subtitle)));
  if (text) card.append(el('p', 'card-text', plainText(text)));
  const actions = Array.isArray(content.buttons)
    ? content.buttons.map(parseCardAction).filter((a): a is CardAction => a !== undefined)
    : [];
  const rendered = actions.map((a) => renderAction(a, onAction)).filter((n): n is HTMLElement => n !== undefined);
  if (rendered.length > 0) {
    const row = el('div', 'card-actions');
    row.append(...rendered);
    card.append(row);
  }
  if (card.childElementCount === 0) return undefined;
  if (title) {
    card.setAttribute('role', 'group');
    card.setAttribute('aria-label', plainText(title));
  }
  return card;
}
