import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../config.js';
import { AppError } from '../errors.js';
import { chatCsp, demoCsp } from './security-headers.js';
import { type Asset, loadWidgetAssets, makeAsset } from './widget-assets.js';

export interface WebPluginOptions {
  config: Config;
  /** Where the built widget lives (default dist/widget). */
  widgetDir?: string;
  /** 'auto' (default) builds the widget at start when missing or stale; 'never' only reads it. */
  build?: 'auto' | 'never';
}

const DEMO_DIR = join(dirname(fileURLToPath(import.meta.url)), 'demo');
const IMMUTABLE = 'public, max-age=31536000, immutable';

function escapeHtmlAttr(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function send(request: FastifyRequest, reply: FastifyReply, a: Asset, cacheControl: string): FastifyReply {
  reply
    .header('Content-Type', a.type)
    .header('Cache-Control', cacheControl)
    .header('ETag', a.etag)
    .header('Vary', 'Accept-Encoding')
    .header('X-Content-Type-Options', 'nosniff');
  if (request.headers['if-none-match'] === a.etag) return reply.code(304).send();
  const acceptsGzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
  if (acceptsGzip) return reply.header('Content-Encoding', 'gzip').send(a.gzip);
  return reply.send(a.body);
}

/**
 * Serves the embeddable widget: `/widget.js` (the loader partners embed), `/widget/` (the chat page shown in the
 * iframe) with its content-hashed assets, and the demo partner page at `/`.
 */
async function web(app: FastifyInstance, opts: WebPluginOptions): Promise<void> {
  const { config } = opts;
  const assets = await loadWidgetAssets({
    ...(opts.widgetDir ? { outDir: opts.widgetDir } : {}),
    ...(opts.build ? { build: opts.build } : {}),
  });
  const demoTemplate = readFileSync(join(DEMO_DIR, 'index.html'), 'utf8');
  const demoCss = makeAsset(readFileSync(join(DEMO_DIR, 'demo.css')), 'text/css; charset=utf-8');
  app.log.debug({ version: assets.manifest.version }, 'widget assets loaded');

  app.get('/widget.js', (request, reply) => {
    // Partners embed this stable URL: a short cache so a deploy reaches them within minutes.
    reply.header('Cross-Origin-Resource-Policy', 'cross-origin');
    return send(request, reply, assets.loader, 'public, max-age=300, stale-while-revalidate=86400');
  });

  app.get('/widget', (_request, reply) => reply.redirect('/widget/', 301));

  app.get('/widget/', (request, reply) => {
    reply
      .header('Content-Security-Policy', chatCsp(config, app.publicOrigin))
      .header('Referrer-Policy', 'no-referrer')
      .header('Cross-Origin-Resource-Policy', 'same-origin');
    // The chat is meant to be framed by partner sites (frame-ancestors decides which), so no X-Frame-Options.
    reply.removeHeader('X-Frame-Options');
    return send(request, reply, assets.html, 'no-cache');
  });

  app.get<{ Params: { file: string } }>('/widget/:file', (request, reply) => {
    const a = assets.hashed.get(request.params.file);
    if (!a) throw new AppError('API_NOT_FOUND');
    reply.header('Cross-Origin-Resource-Policy', 'cross-origin');
    return send(request, reply, a, IMMUTABLE);
  });

  app.get('/', (request, reply) => {
    // The configured origin, never the Host header: a forged Host must not choose the script this page loads.
    const origin = app.publicOrigin.origin;
    const html = makeAsset(Buffer.from(demoTemplate.replace('__BOT_ORIGIN__', escapeHtmlAttr(origin)), 'utf8'), 'text/html; charset=utf-8');
    reply.header('Content-Security-Policy', demoCsp(origin)).header('Referrer-Policy', 'strict-origin-when-cross-origin');
    return send(request, reply, html, 'no-cache');
  });

  app.get('/demo.css', (request, reply) => send(request, reply, demoCss, 'public, max-age=3600'));
}

export const webPlugin = fp(web, { name: 'web', fastify: '5.x', dependencies: ['security'] });
