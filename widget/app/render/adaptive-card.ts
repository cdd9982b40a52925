import { el } from '../dom.js';
import { plainText } from '../plain-text.js';
import { isRecord, str } from '../protocol.js';
import { type ActionHandler, renderAction, submitAction } from './actions.js';

export const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

const MAX_DEPTH = 6;

/**
 * A deliberately small subset of Adaptive Cards: TextBlock, RichTextBlock, FactSet, Container, ColumnSet and the
 * Action.OpenUrl / Action.Submit actions. Unknown elements are skipped; text is plain (no markdown rendering).
 */
export function renderAdaptiveCard(content: unknown, onAction: ActionHandler): HTMLElement | undefined {
  if (!isRecord(content) || content.type !== 'AdaptiveCard') return undefined;
  const card = el('div', 'card adaptive');
  appendItems(card, content.body, onAction, 0);
  appendActions(card, content.actions, onAction);
  return card.childElementCount > 0 ? card : undefined;
}

function appendItems(parent: HTMLElement, items: unknown, onAction: ActionHandler, depth: number): void {
  if (!Array.isArray(items) || depth > MAX_DEPTH) return;
  for (const item of items) {
    const node = renderElement(item, onAction, depth);
    if (node) parent.append(node);
  }
}

function renderElement(item: unknown, onAction: ActionHandler, depth: number): HTMLElement | undefined {
  if (!isRecord(item)) return undefined;
  switch (item.type) {
    case 'TextBlock': {
      const text = str(item.text);
      if (!text) return undefined;
      const classes = ['ac-text'];
      if (item.weight === 'bolder' || item.weight === 'Bolder') classes.push('bold');
      if (typeof item.size === 'string' && /^(large|extralarge)$/i.test(item.size)) classes.push('large');
      if (item.isSubtle === true) classes.push('subtle');
      return el('p', classes.join(' '), plainText(text));
    }
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
    case 'ActionSet': {
      const holder = el('div');
      appendActions(holder, item.actions, onAction);
      return holder.firstElementChild instanceof HTMLElement ? holder.firstElementChild : undefined;
    }
    default:
      return undefined;
  }
}

function appendActions(parent: HTMLElement, actions: unknown, onAction: ActionHandler): void {
  if (!Array.isArray(actions)) return;
  const row = el('div', 'card-actions');
  for (const a of actions) {
    if (!isRecord(a)) continue;
    const title = str(a.title);
    if (!title) continue;
    let node: HTMLElement | undefined;
    if (a.type === 'Action.OpenUrl') node = renderAction({ type: 'openUrl', title, value: a.url }, onAction);
    else if (a.type === 'Action.Submit' || a.type === 'Action.Execute') node = renderAction(submitAction(title, a.data), onAction);
    if (node) row.append(node);
  }
  if (row.childElementCount > 0) parent.append(row);
}
