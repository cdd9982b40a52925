import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyReply } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../config.js';
import { formatDateFr } from '../knowledge/messages.js';
import { escapeHtml, renderRecapHtml } from './html.js';

export interface RecapPluginOptions {
  config: Config;
}

const DAY_MS = 86_400_000;
export const RECAP_STYLESHEET = '/recap/recap.css';
const CSS_BODY = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'recap.css'));
const CSS = { body: CSS_BODY, type: 'text/css; charset=utf-8', etag: `"${createHash('sha256').update(CSS_BODY).digest('base64url').slice(0, 16)}"` };

/** A page with no script at all: only our stylesheet and the inline SVG map (data: for nothing else). */
const RECAP_CSP = ["default-src 'none'", "style-src 'self'", "img-src 'self' data:", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'"].join('; ');

function privatePage(reply: FastifyReply): FastifyReply {
  return reply
    .header('Content-Type', 'text/html; charset=utf-8')
    .header('Content-Security-Policy', RECAP_CSP)
    // The token is in the address: it must not leave in a Referer header, a cache or a search engine.
    .header('Referrer-Policy', 'no-referrer')
    .header('Cache-Control', 'no-store')
    .header('X-Robots-Tag', 'noindex, nofollow')
    .header('X-Content-Type-Options', 'nosniff');
}

/**
 * `/recap/<token>`: the personal summary page a conversation offers ("Mon récap"), readable without the chat and
 * print-ready. Unknown, expired and erased tokens get the very same 404. Récaps older than TRANSCRIPT_DAYS are
 * refused at once, and purged by storage's retention (SQLite's job, Redis's key expiry).
 */
async function recapPluginImpl(app: FastifyInstance, opts: RecapPluginOptions): Promise<void> {
  const days = opts.config.TRANSCRIPT_DAYS;
  // Kept by storage (SQLite or Redis), which also deletes them with their conversation's retention.
  const store = app.bot.recaps;

  const notFound = (reply: FastifyReply): FastifyReply => {
    const text = app.knowledge.current.knowledge.messages.render('recap.not_found', 'vous');
    const html = `<!doctype html>\n<html lang="fr">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${escapeHtml(text)}</title>\n<link rel="stylesheet" href="${RECAP_STYLESHEET}">\n</head>\n<body>\n<main class="recap"><h1>${escapeHtml(text)}</h1></main>\n</body>\n</html>`;
    return privatePage(reply).code(404).send(html);
  };

  app.get(RECAP_STYLESHEET, (request, reply) => {
    reply.header('Content-Type', CSS.type).header('Cache-Control', 'public, max-age=3600').header('ETag', CSS.etag).header('X-Content-Type-Options', 'nosniff');
    if (request.headers['if-none-match'] === CSS.etag) return reply.code(304).send();
    return reply.send(CSS.body);
  });

  app.get<{ Params: { token: string } }>('/recap/:token', async (request, reply) => {
    const now = Date.now();
    const found = await store.get(request.params.token, now - days * DAY_MS);
    if (!found) return notFound(reply);
    const { knowledge } = app.knowledge.current;
    const register = found.document.register;
    const say = (key: string, params?: Record<string, string | number>): string => knowledge.messages.render(key, register, params);
    const expiresOn = new Date(found.updatedAt + days * DAY_MS).toISOString().slice(0, 10);
    const html = renderRecapHtml(found.document, knowledge.map, {
      expiry: say('recap.expiry', { date: formatDateFr(expiresOn) }),
      privacy: say('recap.privacy'),
      codeHeading: say('recap.code_heading'),
      stylesheet: RECAP_STYLESHEET,
    });
    return privatePage(reply).send(html);
  });
}

export const recapPlugin = fp(recapPluginImpl, { name: 'recap', fastify: '5.x', dependencies: ['bot'] });
