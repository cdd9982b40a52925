import { el } from '../dom.js';
import { plainText } from '../plain-text.js';
import { isRecord, str } from '../protocol.js';
import { type ActionHandler, renderAction, submitAction } from './actions.js';

export const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

const MAX_DEPTH = 6;
let toggles = 0;

/**
 * A deliberately small subset of Adaptive Cards: TextBlock, RichTextBlock, FactSet, Container, ColumnSet, Image (our
 * inline SVG maps only) and the
 * Action.OpenUrl / Action.Submit / Action.ShowCard actions (what our bot sends, and what Web Chat shows of it).
 * Unknown elements are skipped; text is plain (no markdown rendering), always through textContent.
 */
export function renderAdaptiveCard(content: unknown, onAction: ActionHandler): HTMLElement | undefined {
  if (!isRecord(content) || content.type !== 'AdaptiveCard') return undefined;
  const card = el('div', 'card adaptive');
  appendCard(card, content, onAction, 0);
  if (card.childElementCount === 0) return undefined;
  // The card's heading names it for screen readers, as a hero card's title does.
  const heading = card.querySelector('[role="heading"]')?.textContent;
  if (heading) {
    card.setAttribute('role', 'group');
    card.setAttribute('aria-label', heading);
  }
  return card;
}

function appendCard(parent: HTMLElement, content: Record<string, unknown>, onAction: ActionHandler, depth: number): void {
  appendItems(parent, content.body, onAction, depth);
  appendActions(parent, content.actions, onAction, depth);
}

function appendItems(parent: HTMLElement, items: unknown, onAction: ActionHandler, depth: number): void {
  if (!Array.isArray(items) || depth > MAX_DEPTH) return;
  for (const item of items) {
    const node = renderElement(item, onAction, depth);
    if (node) parent.append(node);
  }
}

function textBlock(item: Record<string, unknown>): HTMLElement | undefined {
  const text = str(item.text);
  if (!text) return undefined;
  const classes = ['ac-text'];
  if (/^bolder$/i.test(str(item.weight) ?? '')) classes.push('bold');
  const size = str(item.size) ?? '';
  if (/^(large|extralarge)$/i.test(size)) classes.push('large');
  if (/^small$/i.test(size)) classes.push('small');
  if (item.isSubtle === true) classes.push('subtle');
  const p = el('p', classes.join(' '), plainText(text));
  if (str(item.style) === 'heading') {
    p.setAttribute('role', 'heading');
    p.setAttribute('aria-level', '3');
  }
  return p;
}

function renderElement(item: unknown, onAction: ActionHandler, depth: number): HTMLElement | undefined {
  if (!isRecord(item)) return undefined;
  switch (item.type) {
    case 'TextBlock':
      return textBlock(item);
    case 'RichTextBlock': {
      if (!Array.isArray(item.inlines)) return undefined;
      const text = item.inlines.map((i) => (isRecord(i) ? str(i.text) ?? '' : str(i) ?? '')).join('');
      return text ? el('p', 'ac-text', plainText(text)) : undefined;
    }
    case 'FactSet': {
      if (!Array.isArray(item.facts)) return undefined;
      const dl = el('dl', 'facts');
      for (const f of item.facts) {
        if (!isRecord(f)) continue;
        const title = str(f.title);
        const value = str(f.value);
        if (title === undefined || value === undefined) continue;
        dl.append(el('dt', undefined, plainText(title)), el('dd', undefined, plainText(value)));
      }
      return dl.childElementCount > 0 ? dl : undefined;
    }
    case 'Container': {
      const box = el('div', 'ac-container');
      appendItems(box, item.items, onAction, depth + 1);
      return box.childElementCount > 0 ? box : undefined;
    }
    case 'ColumnSet': {
      const row = el('div', 'ac-columns');
      if (Array.isArray(item.columns)) {
        for (const c of item.columns) {
          if (!isRecord(c)) continue;
          const col = el('div', 'ac-column');
          appendItems(col, c.items, onAction, depth + 1);
          if (col.childElementCount > 0) row.append(col);
        }
      }
      return row.childElementCount > 0 ? row : undefined;
    }
    case 'Image': {
      // Only pictures the bot draws itself (the small SVG maps), inline: no request leaves for another site, and an
      // SVG shown through <img> runs no script. A picture without its text alternative is not shown at all.
      const url = str(item.url);
      const alt = str(item.altText);
      if (!url || !alt || !url.startsWith('data:image/svg+xml,')) return undefined;
      const img = el('img', 'ac-image');
      img.src = url;
      img.alt = alt;
      return img;
    }
    case 'ActionSet': {
      const holder = el('div');
      appendActions(holder, item.actions, onAction, depth);
      return holder.childElementCount > 0 ? holder : undefined;
    }
    default:
      return undefined;
  }
}

/**
 * The card's buttons in one row; an Action.ShowCard is a disclosure button (aria-expanded) whose card opens below the
 * row, as in Web Chat.
 */
function appendActions(parent: HTMLElement, actions: unknown, onAction: ActionHandler, depth: number): void {
  if (!Array.isArray(actions)) return;
  const row = el('div', 'card-actions');
  const panels: HTMLElement[] = [];
  for (const a of actions) {
    if (!isRecord(a)) continue;
    const title = str(a.title);
    if (!title) continue;
    let node: HTMLElement | undefined;
    if (a.type === 'Action.OpenUrl') node = renderAction({ type: 'openUrl', title, value: a.url }, onAction);
    else if (a.type === 'Action.Submit' || a.type === 'Action.Execute') node = renderAction(submitAction(title, a.data), onAction);
    else if (a.type === 'Action.ShowCard' && isRecord(a.card) && depth < MAX_DEPTH) {
      const panel = el('div', 'ac-showcard');
      appendCard(panel, a.card, onAction, depth + 1);
      if (panel.childElementCount === 0) continue;
      panel.id = `ac-showcard-${++toggles}`;
      panel.hidden = true;
      const b = el('button', 'action toggle', title);
      b.type = 'button';
      b.setAttribute('aria-expanded', 'false');
      b.setAttribute('aria-controls', panel.id);
      b.addEventListener('click', () => {
        panel.hidden = !panel.hidden;
        b.setAttribute('aria-expanded', String(!panel.hidden));
      });
      node = b;
      panels.push(panel);
    }
    if (node) row.append(node);
  }
  if (row.childElementCount > 0) parent.append(row, ...panels);
}
