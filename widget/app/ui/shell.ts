import { el } from '../dom.js';
import { fr } from '../strings.fr.js';

export interface Shell {
  root: HTMLElement;
  log: HTMLDivElement;
  status: HTMLElement;
  typing: HTMLElement;
  quick: HTMLElement;
  form: HTMLFormElement;
  input: HTMLTextAreaElement;
  send: HTMLButtonElement;
  close: HTMLButtonElement;
  erase: HTMLButtonElement;
  eraseBar: HTMLElement;
  eraseYes: HTMLButtonElement;
  eraseNo: HTMLButtonElement;
}

/**
 * The static frame of the chat: header (title, free phone line, erase, close), privacy notice, the message log,
 * status lines, quick replies and the composer. Built with DOM calls only (the page has no inline markup to keep
 * the CSP strict).
 */
export function buildShell(title: string, embedded: boolean, maxChars: number): Shell {
  const root = el('div', 'chat');

  const header = el('header', 'chat-header');
  const titleRow = el('div', 'title-row');
  const heading = el('h1', 'chat-title', title);
  heading.id = 'chat-title';
  const sub = el('p', 'chat-subtitle', fr.subtitle);
  const titles = el('div', 'titles');
  titles.append(heading, sub);
  const close = el('button', 'icon-button close');
  close.type = 'button';
  close.setAttribute('aria-label', fr.close);
  close.append(el('span', 'close-icon'));
  close.hidden = !embedded;
  titleRow.append(titles, close);

  const tools = el('div', 'tools');
  const phone = el('a', 'phone', fr.phone);
  phone.href = fr.phoneHref;
  phone.setAttribute('aria-label', fr.phoneLabel);
  // On narrow screens only "Effacer" is visible; the rest stays in the accessible name (label-in-name holds).
  const erase = el('button', 'erase', fr.eraseShort);
  erase.append(el('span', 'erase-more', fr.eraseMore));
  erase.type = 'button';
  tools.append(phone, erase);
  header.append(titleRow, tools);

  const eraseBar = el('div', 'erase-bar');
  eraseBar.hidden = true;
  eraseBar.setAttribute('role', 'alertdialog');
  eraseBar.setAttribute('aria-labelledby', 'erase-q');
  const q = el('p', undefined, fr.eraseQuestion);
  q.id = 'erase-q';
  const eraseYes = el('button', 'primary', fr.eraseYes);
  eraseYes.type = 'button';
  const eraseNo = el('button', 'secondary', fr.eraseNo);
  eraseNo.type = 'button';
  const eraseButtons = el('div', 'erase-buttons');
  eraseButtons.append(eraseYes, eraseNo);
  eraseBar.append(q, eraseButtons);

  const main = el('main', 'chat-main');
  main.setAttribute('aria-labelledby', 'chat-title');

  const privacy = el('details', 'privacy');
  privacy.append(el('summary', undefined, fr.privacyTitle), el('p', undefined, fr.privacy));

  const log = el('div', 'log');
  log.setAttribute('role', 'log');
  log.setAttribute('aria-live', 'polite');
  log.setAttribute('aria-label', fr.logLabel);
  // The log scrolls: keyboard users must be able to focus it to scroll with the arrow keys.
  log.tabIndex = 0;

  const typing = el('div', 'typing');
  typing.setAttribute('role', 'status');
  const status = el('div', 'status');
  status.setAttribute('role', 'status');

  const quick = el('div', 'quick');
  quick.setAttribute('role', 'group');
  quick.setAttribute('aria-label', fr.quickReplies);
  quick.hidden = true;

  const form = el('form', 'composer');
  form.noValidate = true;
  const label = el('label', 'sr-only', fr.inputLabel);
  label.htmlFor = 'chat-input';
  const input = el('textarea', 'input');
  input.id = 'chat-input';
  input.rows = 1;
  input.maxLength = maxChars;
  input.placeholder = fr.placeholder;
  input.autocomplete = 'off';
  input.setAttribute('enterkeyhint', 'send');
  const send = el('button', 'send');
  send.type = 'submit';
  send.append(el('span', 'send-icon'));
  send.setAttribute('aria-label', fr.send);
  form.append(label, input, send);

  main.append(privacy, log, typing, status, quick);
  root.append(header, eraseBar, main, form);
  return { root, log, status, typing, quick, form, input, send, close, erase, eraseBar, eraseYes, eraseNo };
}
