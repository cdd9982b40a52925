import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import {
  DEFAULT_WIDGET_OUT_DIR,
  type WidgetManifest,
  buildWidget,
  readManifest,
  widgetNeedsBuild,
} from '../../widget/build.js';

/** One file ready to send: bytes, pre-gzipped bytes, type and strong ETag. */
export interface Asset {
  body: Buffer;
  gzip: Buffer;
  type: string;
  etag: string;
}

export interface WidgetAssets {
  manifest: WidgetManifest;
  loader: Asset;
  html: Asset;
  /** Content-hashed files under /widget/, served with an immutable cache. */
  hashed: Map<string, Asset>;
}

function asset(body: Buffer, type: string): Asset {
  return {
    body,
    gzip: gzipSync(body, { level: 9 }),
    type,
    etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`,
  };
}

const JS = 'text/javascript; charset=utf-8';

/**
 * Loads the built widget into memory (it is small), building it first when `build` is 'auto' and the output is
 * missing or older than the sources: `npm start` then works on a fresh clone without a separate build step.
 */
export async function loadWidgetAssets(options: { outDir?: string; build?: 'auto' | 'never' } = {}): Promise<WidgetAssets> {
  const outDir = options.outDir ?? DEFAULT_WIDGET_OUT_DIR;
  let manifest = readManifest(outDir);
  if ((options.build ?? 'auto') === 'auto' && widgetNeedsBuild(outDir)) {
    try {
      manifest = await buildWidget({ outDir });
    } catch (err) {
      // A read-only deployment with a complete earlier build still starts; without any build it cannot.
      if (!manifest) throw err;
    }
  }
  if (!manifest) throw new Error(`No widget build in ${outDir}: run npm run build:widget`);
  const read = (f: string): Buffer => readFileSync(join(outDir, f));
  const loaderBytes = read(manifest.loader.file);
  const hashed = new Map<string, Asset>([
    [manifest.appJs.file, asset(read(manifest.appJs.file), JS)],
    [manifest.appCss.file, asset(read(manifest.appCss.file), 'text/css; charset=utf-8')],
    [manifest.loaderVersioned, asset(read(manifest.loaderVersioned), JS)],
  ]);
  return {
    manifest,
    loader: asset(loaderBytes, JS),
    html: asset(read(manifest.html), 'text/html; charset=utf-8'),
    hashed,
  };
}

export { asset as makeAsset };
