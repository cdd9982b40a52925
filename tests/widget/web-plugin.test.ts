import { cpSync, mkdtempSync, readdirSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storagePlugin } from '../../src/storage/plugin.js';
import { securityPlugin } from '../../src/channel/security.js';
import { loadConfig } from '../../src/config.js';
import { webPlugin } from '../../src/web/plugin.js';
import {
  BUDGET_APP_GZIP,
  BUDGET_LOADER_GZIP,
  type WidgetManifest,
  buildWidget,
  widgetNeedsBuild,
  WIDGET_SRC_DIR,
} from '../../widget/build.js';

let outDir: string;
let manifest: WidgetManifest;
let app: FastifyInstance;
const dataDirs: string[] = [];

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'abn-widget-'));
  manifest = await buildWidget({ outDir });
  app = await webApp({ ALLOWED_ORIGINS: 'https://www.partenaire.example' });
});

/** The web plugin with what it depends on (security: headers and the public origin; storage: its rate counters). */
async function webApp(env: Record<string, string>): Promise<FastifyInstance> {
  const config = loadConfig(env);
  const a = Fastify({ logger: false });
  const dataDir = mkdtempSync(join(tmpdir(), 'abn-widget-data-'));
  dataDirs.push(dataDir);
  await a.register(storagePlugin, { config, dataDir });
  await a.register(securityPlugin, { config });
  await a.register(webPlugin, { config, widgetDir: outDir, build: 'never' });
  await a.ready();
  return a;
}

afterAll(async () => {
  await app.close();
  rmSync(outDir, { recursive: true, force: true });
  for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
});

describe('widget build', () => {
  it('stays within the gzip budgets', () => {
    expect(manifest.loader.gzip).toBeGreaterThan(500);
    expect(manifest.loader.gzip).toBeLessThanOrEqual(BUDGET_LOADER_GZIP);
    expect(manifest.appJs.gzip + manifest.appCss.gzip).toBeLessThanOrEqual(BUDGET_APP_GZIP);
  });

  it('is seen as stale when a source is newer than the build, or when the build is missing', () => {
    expect(widgetNeedsBuild(outDir)).toBe(false);
    expect(widgetNeedsBuild(join(outDir, 'missing'))).toBe(true);
    // A copy of the sources, all dated before the build, then one file touched after it.
    const src = mkdtempSync(join(tmpdir(), 'abn-src-'));
    try {
      cpSync(WIDGET_SRC_DIR, src, { recursive: true });
      const past = new Date(manifest.sourceMtimeMs - 60_000);
      const files = readdirSync(src, { recursive: true }).map(String);
      for (const f of files) utimesSync(join(src, f), past, past);
      expect(widgetNeedsBuild(outDir, src)).toBe(false);
      const future = new Date(Date.now() + 60_000);
      utimesSync(join(src, 'app', 'strings.fr.ts'), future, future);
      expect(widgetNeedsBuild(outDir, src)).toBe(true);
    } finally {
      rmSync(src, { recursive: true, force: true });
    }
  });
});

describe('web plugin', () => {
  it('serves the loader with a short cache, cross-origin, and gzip when asked', async () => {
    const res = await app.inject({ url: '/widget.js', headers: { 'accept-encoding': 'gzip, br' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(res.headers['cache-control']).toMatch(/max-age=300/);
    expect(res.headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect(res.headers['content-encoding']).toBe('gzip');
    const js = gunzipSync(res.rawPayload).toString('utf8');
    expect(js).toContain(manifest.version);
    const again = await app.inject({ url: '/widget.js', headers: { 'if-none-match': String(res.headers.etag) } });
    expect(again.statusCode).toBe(304);
  });

  it('serves the chat page with a strict CSP that lets partners frame it', async () => {
    const res = await app.inject({ url: '/widget/', headers: { host: 'evil.example' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.headers['x-frame-options']).toBeUndefined();
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain('frame-ancestors');
    expect(csp).toContain('https://www.partenaire.example');
    expect(csp).toContain('connect-src \'self\' ws://127.0.0.1:3978');
    expect(res.body).toContain('lang="fr"');
    expect(res.body).toContain(`src="${manifest.appJs.file}"`);
    expect(res.body).not.toMatch(/<script>|<style>|style=/);
  });

  it('serves hashed assets immutable and nothing else under /widget/', async () => {
    const js = await app.inject({ url: `/widget/${manifest.appJs.file}` });
    expect(js.statusCode).toBe(200);
    expect(js.headers['cache-control']).toContain('immutable');
    const css = await app.inject({ url: `/widget/${manifest.appCss.file}` });
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    const pinned = await app.inject({ url: `/widget/${manifest.loaderVersioned}` });
    expect(pinned.statusCode).toBe(200);
    expect((await app.inject({ url: '/widget/manifest.json' })).statusCode).toBe(404);
    expect((await app.inject({ url: '/widget/..%2Fmanifest.json' })).statusCode).toBe(404);
  });

  it('serves the demo page embedding the widget exactly as a partner would', async () => {
    // The Host header chooses nothing: the script comes from the configured origin (HOST:PORT here).
    const res = await app.inject({ url: '/', headers: { host: 'evil.example:4000' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toContain('<script src="http://127.0.0.1:3978/widget.js" data-title=');
    expect(res.body).not.toContain('evil.example');
    expect(String(res.headers['content-security-policy'])).not.toContain('evil.example');
    expect(res.body).toContain('lang="fr"');
    expect(res.body).not.toMatch(/<script>|<style>|style=/);
    expect((await app.inject({ url: '/demo.css' })).statusCode).toBe(200);
  });

  it('lets local pages frame the chat only while the server itself runs locally', async () => {
    const local = String((await app.inject({ url: '/widget/' })).headers['content-security-policy']);
    expect(local).toMatch(/frame-ancestors [^;]*http:\/\/localhost:\*/);
    const pub = await webApp({ PUBLIC_URL: 'https://bot.region.example', ALLOWED_ORIGINS: 'https://www.partenaire.example' });
    try {
      const res = await pub.inject({ url: '/widget/', headers: { host: 'evil.example' } });
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toContain("frame-ancestors 'self' https://www.partenaire.example;");
      expect(csp).not.toContain('localhost');
      expect(csp).toContain('connect-src \'self\' wss://bot.region.example');
      const demo = await pub.inject({ url: '/', headers: { host: 'evil.example' } });
      expect(demo.body).toContain('<script src="https://bot.region.example/widget.js"');
      expect(demo.headers['strict-transport-security']).toMatch(/max-age=/);
    } finally {
      await pub.close();
    }
  });

  it('redirects /widget to /widget/', async () => {
    const res = await app.inject({ url: '/widget' });
    expect(res.statusCode).toBe(301);
    expect(res.headers.location).toBe('/widget/');
  });
});
