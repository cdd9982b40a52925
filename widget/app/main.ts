import { createBridge, parseHostOrigin } from './bridge.js';
import { Chat } from './chat.js';
import { fr } from './strings.fr.js';
import { themeFrom } from './theme.js';
import { buildShell } from './ui/shell.js';

/** Must match the channel's MAX_MESSAGE_CHARS default; the server still enforces its own limit. */
const MAX_CHARS = 2000;

function boot(): void {
  const params = new URLSearchParams(location.hash.slice(1));
  const title = (params.get('title') ?? '').trim().slice(0, 80) || fr.defaultTitle;
  document.title = title;

  const theme = themeFrom(params.get('color'));
  const rootStyle = document.documentElement.style;
  // CSSOM writes are allowed under a strict CSP (no inline style attribute is parsed).
  rootStyle.setProperty('--brand', theme.brand);
  rootStyle.setProperty('--on-brand', theme.onBrand);
  rootStyle.setProperty('--accent', theme.accent);

  let chat: Chat | undefined;
  const bridge = createBridge(parseHostOrigin(params.get('host')), (msg) =>
    chat?.setOpen(msg.abn === 'open', msg.abn === 'open' && msg.focus),
  );
  const shell = buildShell(title, bridge.embedded, MAX_CHARS);
  document.body.append(shell.root);

  const fitViewport = (): void => {
    const vv = window.visualViewport;
    if (vv) rootStyle.setProperty('--vvh', `${Math.round(vv.height)}px`);
  };
  fitViewport();
  window.visualViewport?.addEventListener('resize', fitViewport);

  chat = new Chat({
    shell,
    baseUrl: `${location.origin}/v3/directline`,
    maxChars: MAX_CHARS,
    requestClose: () => bridge.post({ abn: 'close' }),
    onUnread: (count) => bridge.post({ abn: 'unread', count }),
  });
  if (!bridge.embedded) chat.setOpen(true, false);
  void chat.start();
  bridge.post({ abn: 'ready' });
}

boot();
