import { el, srOnly } from '../dom.js';
import { type CardAction, isRecord, str } from '../protocol.js';
import { safeHref } from '../safe-url.js';
import { fr } from '../strings.fr.js';

/** What a click on a card button or quick reply asks the controller to send. */
export interface ActionRequest {
  /** Text sent to the bot (may be empty when only `value` matters). */
  text: string;
  /** Text shown in the user's bubble; undefined = show nothing (postBack). */
  display: string | undefined;
  value?: unknown;
}

export type ActionHandler = (req: ActionRequest) => void;

/** Maps Bot Framework card actions to what Web Chat would send, so the bot behaves the same with both clients. */
export function actionRequest(action: CardAction): ActionRequest | undefined {
  const valueText = str(action.value);
  switch (action.type) {
    case 'imBack':
      return { text: valueText ?? action.title, display: valueText ?? action.title };
    case 'postBack':
      return valueText !== undefined
        ? { text: valueText, display: undefined }
        : { text: '', display: undefined, value: action.value };
    case 'messageBack': {
      const req: ActionRequest = { text: action.text ?? '', display: action.displayText };
      if (action.value !== undefined) req.value = action.value;
      return req;
    }
    default:
      return undefined;
  }
}

/** A link for openUrl/call actions when the URL is https: or tel:, else undefined (the action is dropped). */
export function actionLink(action: CardAction): string | undefined {
  if (action.type === 'openUrl' || action.type === 'call' || action.type === 'Action.OpenUrl') {
    const raw = action.type === 'call' && typeof action.value === 'string' && !/^tel:/i.test(action.value)
      ? `tel:${action.value}`
      : action.value;
    return safeHref(raw);
  }
  return undefined;
}

export function renderLink(href: string, label: string, className: string): HTMLAnchorElement {
  const a = el('a', className, label);
  a.href = href;
  if (href.startsWith('https:')) {
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
    a.append(srOnly(fr.newTab));
  }
  return a;
}

/** One button or link for a card action; undefined when the action cannot be rendered safely. */
export function renderAction(action: CardAction, onAction: ActionHandler, className = 'action'): HTMLElement | undefined {
  const href = actionLink(action);
  if (href) return renderLink(href, action.title, `${className} link`);
  const req = actionRequest(action);
  if (!req) return undefined;
  const b = el('button', className, action.title);
  b.type = 'button';
  b.addEventListener('click', () => onAction(req));
  return b;
}

/** Adaptive Card Action.Submit: a string `data` is sent as text, an object as `value`. */
export function submitAction(title: string, data: unknown): CardAction {
  if (typeof data === 'string') return { type: 'imBack', title, value: data };
  return { type: 'messageBack', title, value: isRecord(data) ? data : undefined, text: '', displayText: title };
}
