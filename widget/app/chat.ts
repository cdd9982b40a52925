import { type ConnectionState, DirectLineClient } from './directline.js';
import { el } from './dom.js';
import { type Activity, isRecord } from './protocol.js';
import { type ActionRequest, renderAction } from './render/actions.js';
import { createSessionStore } from './session-store.js';
import { fr } from './strings.fr.js';
import type { Rating } from './ui/feedback.js';
import { markFailed, renderBotMessage, renderUserMessage } from './ui/message-view.js';
import type { Shell } from './ui/shell.js';

export interface ChatOptions {
  shell: Shell;
  baseUrl: string;
  maxChars: number;
  /** Asks the host page to close the widget (no-op when the app runs on its own page). */
  requestClose: () => void;
  /** Bot messages that arrived while the widget was closed. */
  onUnread: (count: number) => void;
}

function feedbackOf(a: Activity): { replyToId: string; rating: Rating } | undefined {
  const v = a.value;
  if (!isRecord(v) || v.type !== 'feedback' || typeof v.replyToId !== 'string') return undefined;
  return v.rating === 'up' || v.rating === 'down' ? { replyToId: v.replyToId, rating: v.rating } : undefined;
}

/** Wires the Direct Line client to the view: rendering, sending, quick replies, typing, feedback, erase, state. */
export class Chat {
  private readonly client: DirectLineClient;
  private userId = '';
  private readonly pending = new Map<string, HTMLDivElement>();
  private readonly feedbackGiven = new Map<string, Rating>();
  private typingTimer: ReturnType<typeof setTimeout> | undefined;
  private statusTimer: ReturnType<typeof setTimeout> | undefined;
  private lastState: ConnectionState | undefined;
  private statusKind: 'info' | 'connection' | undefined;
  private isOpen = false;
  private unread = 0;

  constructor(private readonly opts: ChatOptions) {
    this.client = new DirectLineClient({
      baseUrl: opts.baseUrl,
      store: createSessionStore(safeSessionStorage()),
      onActivities: (acts, history) => this.onActivities(acts, history),
      onState: (s) => this.onState(s),
      onConversation: ({ userId }) => {
        this.userId = userId;
      },
    });
    this.bindUi();
  }

  start(): Promise<void> {
    return this.client.start();
  }

  setOpen(open: boolean, focus: boolean): void {
    this.isOpen = open;
    if (open) {
      this.unread = 0;
      this.opts.onUnread(0);
      this.scrollToEnd();
      if (focus) this.opts.shell.input.focus();
    }
  }

  private bindUi(): void {
    const s = this.opts.shell;
    s.form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.sendText(s.input.value);
    });
    s.input.addEventListener('keydown', (e) => {
      // Enter sends, Shift+Enter adds a line (as in every messaging app).
      if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
        e.preventDefault();
        this.sendText(s.input.value);
      }
    });
    s.input.addEventListener('focus', () => this.scrollToEnd());
    s.close.addEventListener('click', () => this.opts.requestClose());
    s.erase.addEventListener('click', () => {
      s.eraseBar.hidden = false;
      s.eraseNo.focus();
    });
    s.eraseNo.addEventListener('click', () => {
      s.eraseBar.hidden = true;
      s.erase.focus();
    });
    s.eraseYes.addEventListener('click', () => void this.erase());
    document.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape') return;
      if (!s.eraseBar.hidden) {
        s.eraseBar.hidden = true;
        s.erase.focus();
        return;
      }
      this.opts.requestClose();
    });
  }

  private async erase(): Promise<void> {
    const s = this.opts.shell;
    s.eraseBar.hidden = true;
    s.log.replaceChildren();
    this.clearQuick();
    this.pending.clear();
    this.feedbackGiven.clear();
    this.hideTyping();
    this.showStatus(fr.erased, 6000);
    s.input.focus();
    await this.client.erase();
  }

  private sendText(raw: string): void {
    const text = raw.trim();
    if (text === '') return;
    if (text.length > this.opts.maxChars) {
      this.showStatus(fr.tooLong(this.opts.maxChars), 6000);
      return;
    }
    this.opts.shell.input.value = '';
    this.send({ text, display: text });
  }

  private send(req: ActionRequest): void {
    this.clearQuick();
    const cid = `c_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 10)}`;
    let row: HTMLDivElement | undefined;
    if (req.display !== undefined) {
      row = renderUserMessage(req.display);
      row.classList.add('pending');
      this.opts.shell.log.append(row);
      this.pending.set(cid, row);
      this.scrollToEnd();
    }
    const activity = req.value === undefined
      ? { type: 'message' as const, text: req.text }
      : { type: 'message' as const, text: req.text, value: req.value };
    const attempt = (): void => {
      this.client.post(activity, cid).then(
        () => row?.classList.remove('pending'),
        () => {
          // The channel's echo already proved delivery (the POST may fail after the turn was taken): no error then.
          if (row?.classList.contains('pending')) markFailed(row, attempt);
        },
      );
    };
    attempt();
    clearTimeout(this.typingTimer);
    this.typingTimer = setTimeout(() => this.showTyping(), 400);
  }

  private sendFeedback(replyToId: string, rating: Rating, reason: string | undefined): void {
    this.feedbackGiven.set(replyToId, rating);
    const value: Record<string, string> = { type: 'feedback', rating, replyToId };
    if (reason) value.reason = reason;
    this.client.post({ type: 'message', text: '', value }).catch(() => undefined);
  }

  private onActivities(acts: Activity[], history: boolean): void {
    const log = this.opts.shell.log;
    for (const a of acts) {
      const f = a.type === 'message' ? feedbackOf(a) : undefined;
      if (f) this.feedbackGiven.set(f.replyToId, f.rating);
    }
    // Replayed history must not be read out again by screen readers: mute the live region while it is rebuilt.
    if (history) log.setAttribute('aria-live', 'off');
    let newBotMessages = 0;
    for (const a of acts) {
      const mine = a.fromId === this.userId || a.fromRole === 'user';
      if (a.type === 'typing' && !mine) {
        if (!history) this.showTyping();
        continue;
      }
      if (a.type !== 'message') continue;
      if (mine) {
        this.onOwnMessage(a);
        continue;
      }
      this.hideTyping();
      const row = renderBotMessage(a, {
        onAction: (req) => this.send(req),
        feedbackGiven: a.id ? this.feedbackGiven.get(a.id) : undefined,
        sendFeedback: (rating, reason) => {
          if (a.id) this.sendFeedback(a.id, rating, reason);
        },
      });
      if (row) {
        log.append(row);
        newBotMessages++;
      }
      if (a.suggestedActions.length > 0) this.showQuick(a);
    }
    // Restored after screen readers have seen the replayed nodes (they process mutations asynchronously).
    if (history) setTimeout(() => log.setAttribute('aria-live', 'polite'), 300);
    if (!history && newBotMessages > 0 && !this.isOpen) {
      this.unread += newBotMessages;
      this.opts.onUnread(this.unread);
    }
    this.scrollToEnd();
  }

  private onOwnMessage(a: Activity): void {
    let key = a.clientActivityId !== undefined && this.pending.has(a.clientActivityId) ? a.clientActivityId : undefined;
    if (key === undefined && a.text !== '') {
      // A channel that does not echo channelData: match the oldest bubble we drew with the same text.
      for (const [cid, row] of this.pending) {
        if (row.querySelector('.bubble')?.textContent === a.text) {
          key = cid;
          break;
        }
      }
    }
    const known = key === undefined ? undefined : this.pending.get(key);
    if (key !== undefined && known) {
      known.classList.remove('pending');
      this.pending.delete(key);
      return;
    }
    if (feedbackOf(a) || a.text.trim() === '') return;
    // A message of ours we did not draw in this page's life: history after a reload.
    this.opts.shell.log.append(renderUserMessage(a.text));
    this.clearQuick();
  }

  private showQuick(a: Activity): void {
    const q = this.opts.shell.quick;
    const buttons = a.suggestedActions
      .map((action) => renderAction(action, (req) => {
        this.send(req);
        this.opts.shell.input.focus();
      }, 'chip'))
      .filter((n): n is HTMLElement => n !== undefined);
    q.replaceChildren(...buttons);
    q.hidden = buttons.length === 0;
  }

  private clearQuick(): void {
    const q = this.opts.shell.quick;
    q.replaceChildren();
    q.hidden = true;
  }

  private showTyping(): void {
    const t = this.opts.shell.typing;
    if (!t.firstChild) t.append(el('span', 'dots'), el('span', 'typing-text', fr.typing));
    clearTimeout(this.typingTimer);
    this.typingTimer = setTimeout(() => this.hideTyping(), 8000);
  }

  private hideTyping(): void {
    clearTimeout(this.typingTimer);
    this.opts.shell.typing.replaceChildren();
  }

  private onState(state: ConnectionState): void {
    const prev = this.lastState;
    this.lastState = state;
    this.opts.shell.root.dataset.connection = state;
    switch (state) {
      case 'connecting':
        // The first connection is silent; a short note (e.g. "conversation effacée") is not overwritten either.
        if (prev !== undefined && this.statusKind !== 'info') this.showStatus(fr.connecting, undefined, 'connection');
        break;
      case 'reconnecting':
        this.showStatus(fr.reconnecting, undefined, 'connection');
        break;
      case 'failed':
        this.showStatus(fr.failed, undefined, 'connection');
        break;
      case 'online':
      case 'polling':
        if (prev === 'reconnecting' || prev === 'failed') this.showStatus(fr.reconnected, 4000, 'connection');
        else if (this.statusKind === 'connection') this.showStatus('');
        break;
    }
  }

  private showStatus(text: string, clearAfterMs?: number, kind: 'info' | 'connection' = 'info'): void {
    clearTimeout(this.statusTimer);
    const s = this.opts.shell.status;
    s.textContent = text;
    s.hidden = text === '';
    this.statusKind = text === '' ? undefined : kind;
    if (clearAfterMs) {
      this.statusTimer = setTimeout(() => this.showStatus(''), clearAfterMs);
    }
  }

  private scrollToEnd(): void {
    const log = this.opts.shell.log;
    log.scrollTop = log.scrollHeight;
  }
}

function safeSessionStorage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}
