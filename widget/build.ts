import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
// esbuild is loaded only when a build runs: the server imports this file at every start to check the build.
import type { Plugin } from 'esbuild';

/**
 * Builds the widget with esbuild: the loader (`widget.js`), the chat app (hashed JS + CSS) and its HTML page, into
 * dist/widget with a manifest. Used by `npm run build:widget` and, when the output is missing or stale, by the web
 * plugin at start-up (a build takes well under a second).
 */
export const WIDGET_SRC_DIR = dirname(fileURLToPath(import.meta.url));
export const DEFAULT_WIDGET_OUT_DIR = resolve(WIDGET_SRC_DIR, '..', 'dist', 'widget');

export const BUDGET_LOADER_GZIP = 5 * 1024;
export const BUDGET_APP_GZIP = 40 * 1024;

export interface AssetInfo {
  file: string;
  bytes: number;
  gzip: number;
}

export interface WidgetManifest {
  version: string;
  /** Newest modification time among the sources, to detect a stale build. */
  sourceMtimeMs: number;
  loader: AssetInfo;
  /** Same bytes as `loader`, under a content-hashed name for partners who pin a version. */
  loaderVersioned: string;
  appJs: AssetInfo;
  appCss: AssetInfo;
  html: string;
  buildMs: number;
}

const MANIFEST = 'manifest.json';

function hash(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex').slice(0, 12);
}

function listSources(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) listSources(p, out);
    else if (/\.(ts|css|html)$/.test(entry.name) && !entry.name.endsWith('.md')) out.push(p);
  }
  return out;
}

export function newestSourceMtime(srcDir = WIDGET_SRC_DIR): number {
  return Math.max(...listSources(srcDir).map((p) => statSync(p).mtimeMs));
}

export function readManifest(outDir = DEFAULT_WIDGET_OUT_DIR): WidgetManifest | undefined {
  try {
    return JSON.parse(readFileSync(join(outDir, MANIFEST), 'utf8')) as WidgetManifest;
  } catch {
    return undefined;
  }
}

/** True when there is no complete build, or a source changed after it. */
export function widgetNeedsBuild(outDir = DEFAULT_WIDGET_OUT_DIR, srcDir = WIDGET_SRC_DIR): boolean {
  const m = readManifest(outDir);
  if (!m) return true;
  for (const f of [m.loader.file, m.loaderVersioned, m.appJs.file, m.appCss.file, m.html]) {
    try {
      statSync(join(outDir, f));
    } catch {
      return true;
    }
  }
  return newestSourceMtime(srcDir) > m.sourceMtimeMs;
}

/** Several processes (test workers) may build at once: write to a temporary name, then rename atomically. */
function writeAtomic(path: string, data: string | Buffer): void {
  const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, path);
}

function info(file: string, data: string): AssetInfo {
  const buf = Buffer.from(data, 'utf8');
  return { file, bytes: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
}

/** Loads `*.css` imports as minified text (the loader injects it into a constructed stylesheet). */
const cssAsText: Plugin = {
  name: 'css-as-text',
  setup(b) {
    b.onLoad({ filter: /\.css$/ }, async (args) => {
      const { transform } = await import('esbuild');
      const min = await transform(readFileSync(args.path, 'utf8'), { loader: 'css', minify: true });
      return { contents: min.code, loader: 'text' };
    });
  },
};

// Browsers young people actually use (iOS 15+, recent Android); esbuild lowers newer syntax for them.
const TARGET = ['es2020', 'safari15'];

export async function buildWidget(options: { outDir?: string; srcDir?: string; minify?: boolean } = {}): Promise<WidgetManifest> {
  const started = performance.now();
  const srcDir = options.srcDir ?? WIDGET_SRC_DIR;
  const outDir = options.outDir ?? DEFAULT_WIDGET_OUT_DIR;
  const minify = options.minify ?? true;
  const { build } = await import('esbuild');
  const sourceMtimeMs = newestSourceMtime(srcDir);
  mkdirSync(outDir, { recursive: true });

  const [appJsResult, appCssResult] = await Promise.all([
    build({
      entryPoints: [join(srcDir, 'app', 'main.ts')],
      bundle: true,
      format: 'iife',
      target: TARGET,
      minify,
      write: false,
      outfile: 'app.js',
      legalComments: 'none',
      logLevel: 'silent',
    }),
    build({
      entryPoints: [join(srcDir, 'app', 'styles.css')],
      bundle: true,
      minify,
      write: false,
      outfile: 'app.css',
      target: TARGET,
      logLevel: 'silent',
    }),
  ]);
  const appJs = appJsResult.outputFiles[0]?.text;
  const appCss = appCssResult.outputFiles[0]?.text;
  if (appJs === undefined || appCss === undefined) throw new Error('esbuild produced no output for the widget app');
  const version = hash(appJs + appCss);

  const loaderResult = await build({
    entryPoints: [join(srcDir, 'loader.ts')],
    bundle: true,
    format: 'iife',
    target: TARGET,
    minify,
    write: false,
    outfile: 'widget.js',
    define: { __APP_VERSION__: JSON.stringify(version) },
    plugins: [cssAsText],
    legalComments: 'none',
    logLevel: 'silent',
  });
  const loader = loaderResult.outputFiles[0]?.text;
  if (loader === undefined) throw new Error('esbuild produced no output for the widget loader');

  const jsFile = `app.${hash(appJs)}.js`;
  const cssFile = `app.${hash(appCss)}.css`;
  const loaderVersioned = `loader.${hash(loader)}.js`;
  const htmlFile = `index.${version}.html`;
  const html = readFileSync(join(srcDir, 'app', 'index.html'), 'utf8')
    .replace('__CSS__', cssFile)
    .replace('__JS__', jsFile);

  writeAtomic(join(outDir, jsFile), appJs);
  writeAtomic(join(outDir, cssFile), appCss);
  writeAtomic(join(outDir, 'widget.js'), loader);
  writeAtomic(join(outDir, loaderVersioned), loader);
  writeAtomic(join(outDir, htmlFile), html);

  const manifest: WidgetManifest = {
    version,
    sourceMtimeMs,
    loader: info('widget.js', loader),
    loaderVersioned,
    appJs: info(jsFile, appJs),
    appCss: info(cssFile, appCss),
    html: htmlFile,
    buildMs: Math.round(performance.now() - started),
  };
  writeAtomic(join(outDir, MANIFEST), JSON.stringify(manifest, null, 2));
  pruneOld(outDir, manifest);
  return manifest;
}

/** Old hashed files are kept a day (a page loaded before a deploy may still ask for them), then removed. */
function pruneOld(outDir: string, m: WidgetManifest): void {
  const keep = new Set([MANIFEST, m.loader.file, m.loaderVersioned, m.appJs.file, m.appCss.file, m.html]);
  const dayAgo = Date.now() - 86_400_000;
  for (const name of readdirSync(outDir)) {
    if (keep.has(name)) continue;
    const p = join(outDir, name);
    try {
      if (statSync(p).mtimeMs < dayAgo) unlinkSync(p);
    } catch {
      // another process removed it first
    }
  }
}

export function formatKb(bytes: number): string {
  return `${(bytes / 1024).toFixed(2)} KB`;
}
