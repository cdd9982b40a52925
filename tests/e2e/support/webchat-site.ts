import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

/** The host name the partner site is reached by in the browser (mapped to 127.0.0.1 by a Chromium switch). */
export const PARTNER_HOST = 'partner.test';

/**
 * A partner site on another origin that runs Microsoft's Web Chat (the UMD bundle of the pinned
 * botframework-webchat devDependency, served from node_modules) against our Direct Line, as widget/README.md tells
 * partners to: an anonymous token from the page, then renderWebChat. Listens on 127.0.0.1; the browser reaches it as
 * http://partner.test:<port>, an origin that is neither localhost nor the bot's, so only ALLOWED_ORIGINS lets it in.
 */
export async function startWebChatSite(): Promise<{ port: number; origin: string; serveBot(botUrl: string): void; close(): Promise<void> }> {
  const bundle = readFileSync(join(process.cwd(), 'node_modules', 'botframework-webchat', 'dist', 'webchat.js'));
  let botUrl = '';
  const page = () => `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Site partenaire avec Web Chat</title>
<style>html, body { height: 100%; margin: 0; } #webchat { height: 100%; }</style></head>
<body><div id="webchat" role="main"></div>
<script src="/webchat.js"></script>
<script>
  (async () => {
    const bot = ${JSON.stringify(botUrl)};
    const res = await fetch(bot + '/v3/directline/tokens/generate', { method: 'POST' });
    const { token } = await res.json();
    window.WebChat.renderWebChat(
      { directLine: window.WebChat.createDirectLine({ token, domain: bot + '/v3/directline' }), locale: 'fr-FR' },
      document.getElementById('webchat'),
    );
  })();
</script></body></html>`;
  const server: Server = createServer((req, res) => {
    if (req.url === '/webchat.js') {
      res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' });
      res.end(bundle);
    } else if (req.url === '/') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(page());
    } else {
      res.writeHead(204);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    origin: `http://${PARTNER_HOST}:${port}`,
    serveBot: (url) => {
      botUrl = url;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
