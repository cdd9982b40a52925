/**
 * The script partners embed: `<script src="https://BOT/widget.js" data-title="…" data-color="#…"
 * data-position="right|left" defer></script>`. It adds a launcher button and an iframe on the bot's origin, so the
 * host page's CSS and scripts cannot touch the chat. Kept tiny (budget: 5 KB gzip).
 */
import css from './loader.css';

declare const __APP_VERSION__: string;

const OPEN_KEY = 'abn-widget-open';
// The visible words are the start of the accessible name (WCAG 2.5.3); the rest is read by screen readers only.
const TEXT = {
  openLabel: 'Une question ?',
  openMore: ' Ouvrir la discussion avec l’assistant apprentissage',
  closeLabel: 'Fermer',
  closeMore: ' la discussion avec l’assistant apprentissage',
  frame: 'Discussion avec l’assistant apprentissage',
  unread: (n: number) => (n === 1 ? ' (1 nouveau message)' : ` (${n} nouveaux messages)`),
};

function currentScript(): HTMLScriptElement | null {
  const s = document.currentScript;
  if (s instanceof HTMLScriptElement) return s;
  return document.querySelector<HTMLScriptElement>('script[src*="/widget"][src$=".js"]');
}

/** '1' open, '0' started then closed, null never opened in this tab. */
function stored(): string | null {
  try {
    return sessionStorage.getItem(OPEN_KEY);
  } catch {
    return null;
  }
}

function storeOpen(open: boolean): void {
  try {
    sessionStorage.setItem(OPEN_KEY, open ? '1' : '0');
  } catch {
    // storage blocked: the widget simply starts closed after a reload
  }
}

function svg(): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const icon = document.createElementNS(ns, 'svg');
  icon.setAttribute('viewBox', '0 0 24 24');
  icon.setAttribute('class', 'icon');
  icon.setAttribute('aria-hidden', 'true');
  icon.setAttribute('focusable', 'false');
  const path = document.createElementNS(ns, 'path');
  path.setAttribute('d', 'M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2zm3 6v2h2V9H7zm4 0v2h2V9h-2zm4 0v2h2V9h-2z');
  icon.append(path);
  return icon;
}

function hexColor(raw: string | undefined): string | undefined {
  return raw && /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(raw.trim()) ? raw.trim() : undefined;
}

/** White or black, whichever contrasts more with the partner's colour (WCAG relative luminance). */
function onColor(hex: string): string {
  const h = hex.length === 4 ? hex.replace(/[0-9a-f]/gi, (c) => c + c) : hex;
  const lum = [1, 3, 5]
    .map((i) => parseInt(h.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  const l = 0.2126 * (lum[0] ?? 0) + 0.7152 * (lum[1] ?? 0) + 0.0722 * (lum[2] ?? 0);
  return 1.05 / (l + 0.05) >= (l + 0.05) / 0.05 ? '#ffffff' : '#000000';
}

// Read now: document.currentScript is only set while this file is being evaluated.
const SCRIPT = currentScript();

function init(): void {
  const script = SCRIPT;
  if (!script || document.querySelector('[data-abn-widget]')) return;
  const botOrigin = new URL(script.src, location.href).origin;
  const title = (script.dataset.title ?? '').slice(0, 80);
  const color = hexColor(script.dataset.color);
  const left = script.dataset.position === 'left';

  const host = document.createElement('div');
  host.setAttribute('data-abn-widget', '');
  // Open (not closed): test and accessibility tools can reach it; host CSS is kept out either way.
  const root = host.attachShadow({ mode: 'open' });
  if ('adoptedStyleSheets' in root && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype) {
    // A constructed sheet is not an inline <style>: it keeps working under the host page's strict CSP.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
  } else {
    const style = document.createElement('style');
    style.textContent = css;
    root.append(style);
  }
  if (color) {
    host.style.setProperty('--abn-brand', color);
    host.style.setProperty('--abn-on-brand', onColor(color));
  }

  const wrap = document.createElement('div');
  if (left) wrap.className = 'left';
  const launcher = document.createElement('button');
  launcher.type = 'button';
  launcher.className = 'launcher';
  launcher.setAttribute('aria-expanded', 'false');
  const label = document.createElement('span');
  label.className = 'label';
  const more = document.createElement('span');
  more.className = 'sr';
  const badge = document.createElement('span');
  badge.className = 'badge';
  badge.hidden = true;
  badge.setAttribute('aria-hidden', 'true');
  launcher.append(svg(), label, more, badge);
  wrap.append(launcher);
  root.append(wrap);
  document.body.append(host);

  let frame: HTMLIFrameElement | undefined;
  let ready = false;
  let open = false;
  let unread = 0;

  /** `focus` asks the chat to put the caret in its input (only when the user opened it, not on a reload). */
  let focusOnReady = false;
  const post = (msg: { abn: 'open' | 'close'; focus?: boolean }): void => {
    if (ready) frame?.contentWindow?.postMessage(msg, botOrigin);
  };

  const updateLabel = (): void => {
    label.textContent = open ? TEXT.closeLabel : TEXT.openLabel;
    more.textContent = (open ? TEXT.closeMore : TEXT.openMore) + (unread > 0 && !open ? TEXT.unread(unread) : '');
    badge.hidden = unread === 0 || open;
    badge.textContent = String(unread);
  };
  updateLabel();

  const fit = (): void => {
    const vv = window.visualViewport;
    if (!vv) return;
    // On phones the frame follows the visual viewport, so the on-screen keyboard never covers the input.
    host.style.setProperty('--abn-vvh', `${Math.round(vv.height)}px`);
    host.style.setProperty('--abn-vvtop', `${Math.round(vv.offsetTop)}px`);
  };

  const ensureFrame = (): HTMLIFrameElement => {
    if (frame) return frame;
    const f = document.createElement('iframe');
    f.className = 'frame';
    f.title = TEXT.frame;
    f.hidden = true;
    f.setAttribute('allow', 'clipboard-write');
    const params = new URLSearchParams({ host: location.origin });
    if (title) params.set('title', title);
    if (color) params.set('color', color);
    f.src = `${botOrigin}/widget/?v=${__APP_VERSION__}#${params.toString()}`;
    f.id = 'abn-chat-frame';
    launcher.setAttribute('aria-controls', f.id);
    wrap.append(f);
    frame = f;
    return f;
  };

  /** `byUser`: opened/closed by a click or a key (moves focus), not restored after a reload (leaves it). */
  const setOpen = (next: boolean, byUser: boolean): void => {
    open = next;
    storeOpen(next);
    const f = ensureFrame();
    f.hidden = !next;
    f.classList.toggle('opening', next && byUser);
    launcher.setAttribute('aria-expanded', String(next));
    if (next) {
      unread = 0;
      fit();
      if (byUser) f.focus();
    } else if (byUser) {
      launcher.focus();
    }
    focusOnReady = next && byUser;
    updateLabel();
    post({ abn: next ? 'open' : 'close', focus: byUser });
  };

  launcher.addEventListener('click', () => setOpen(!open, true));
  window.visualViewport?.addEventListener('resize', fit);
  window.visualViewport?.addEventListener('scroll', fit);

  window.addEventListener('message', (e: MessageEvent) => {
    if (e.origin !== botOrigin || !frame || e.source !== frame.contentWindow) return;
    const d: unknown = e.data;
    if (typeof d !== 'object' || d === null) return;
    const msg = d as { abn?: unknown; count?: unknown };
    if (msg.abn === 'ready') {
      ready = true;
      post({ abn: open ? 'open' : 'close', focus: focusOnReady });
    } else if (msg.abn === 'close') {
      setOpen(false, true);
    } else if (msg.abn === 'unread' && typeof msg.count === 'number' && msg.count >= 0) {
      unread = open ? 0 : Math.min(99, Math.floor(msg.count));
      updateLabel();
    }
  });

  // Escape while the launcher has focus also closes the chat (inside the iframe, the chat handles Escape itself).
  // Only then: the host page's own Escape shortcuts (its menus, its dialogs) must not close us.
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && open && document.activeElement === host) setOpen(false, true);
  });

  // A conversation in progress (this tab) reconnects at once, so the unread badge works while closed.
  const previous = stored();
  if (previous === '1') setOpen(true, false);
  else if (previous === '0') ensureFrame();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
else init();
