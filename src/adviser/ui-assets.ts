import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const UI_DIR = join(dirname(fileURLToPath(import.meta.url)), 'ui');

export interface UiAsset {
  body: Buffer;
  type: string;
  etag: string;
}

export interface UiAssets {
  html: UiAsset;
  js: UiAsset;
  css: UiAsset;
}

function asset(body: Buffer, type: string): UiAsset {
  return { body, type, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"` };
}

/**
 * The console is a handful of files: the page, one stylesheet and the script, bundled in memory by esbuild from
 * ui/main.ts (about 50 ms, in esbuild's own process), so there is no build step to forget. The plugin starts it once
 * the server listens: the first turns need none of it.
 */
export async function loadUiAssets(): Promise<UiAssets> {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [join(UI_DIR, 'main.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    target: ['es2020'],
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
  });
  const js = result.outputFiles[0];
  if (!js) throw new Error('adviser console: esbuild produced no output');
  return {
    html: asset(readFileSync(join(UI_DIR, 'index.html')), 'text/html; charset=utf-8'),
    js: asset(Buffer.from(js.contents), 'text/javascript; charset=utf-8'),
    css: asset(readFileSync(join(UI_DIR, 'console.css')), 'text/css; charset=utf-8'),
  };
}

/** The console page's policy: our own files only, no framing, no inline anything. */
export const CONSOLE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');
