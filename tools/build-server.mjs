// Plain JavaScript on purpose: this file runs before anything is compiled (`npm start` → tools/start.mjs).
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The server as one compiled file: esbuild bundles src/server.ts with everything of ours it imports (src/,
 * dialogs/, widget/build.ts) into dist/server/server.mjs; npm packages stay external and load from node_modules as
 * before (better-sqlite3's native module included). A build records the files that went into it with their
 * modification time and size (dist/server/build-info.json): the build is stale when any of them changed or
 * disappeared, or when this builder changed.
 */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SERVER_ENTRY = 'src/server.ts';
export const OUT_DIR = 'dist/server';
export const OUT_FILE = 'server.mjs';
const INFO_FILE = 'build-info.json';
const BUILDER = relative(ROOT, fileURLToPath(import.meta.url)).split(sep).join('/');

/** @param {string} root @param {string} file */
function fingerprint(root, file) {
  const s = statSync(join(root, file));
  return `${s.mtimeMs}:${s.size}`;
}

/**
 * Why the build in `root` must be redone, or undefined when it is fresh.
 * @param {{ root?: string, outDir?: string }} [options]
 * @returns {string | undefined}
 */
export function serverBuildStaleReason(options = {}) {
  const root = options.root ?? ROOT;
  const outDir = join(root, options.outDir ?? OUT_DIR);
  /** @type {{ inputs: Record<string, string> } | undefined} */
  let info;
  try {
    info = JSON.parse(readFileSync(join(outDir, INFO_FILE), 'utf8'));
    statSync(join(outDir, OUT_FILE));
  } catch {
    return 'no build yet';
  }
  if (!info || typeof info.inputs !== 'object' || info.inputs === null) return 'unreadable build info';
  for (const [file, recorded] of Object.entries(info.inputs)) {
    let now;
    try {
      now = fingerprint(root, file);
    } catch {
      return `${file} is gone`;
    }
    if (now !== recorded) return `${file} changed`;
  }
  return undefined;
}

/**
 * An esbuild plugin that keeps `import.meta.url` meaning "this source file" once bundled: our modules find files
 * beside them that way (the demo page, the console's sources, the commit worker's .cjs files, createRequire), so
 * each use is rewritten to the source file's URL, relative to the bundle, not to the bundle's own URL.
 * @param {string} outDir absolute
 * @returns {import('esbuild').Plugin}
 */
function sourceRelativeImportMeta(outDir) {
  return {
    name: 'source-relative-import-meta',
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, (args) => {
        if (args.path.includes(`${sep}node_modules${sep}`)) return undefined;
        const text = readFileSync(args.path, 'utf8');
        if (!text.includes('import.meta.url')) return undefined;
        const fromBundle = relative(outDir, args.path).split(sep).join('/');
        const url = `new URL(${JSON.stringify(fromBundle)}, import.meta.url).href`;
        return { contents: text.replaceAll('import.meta.url', url), loader: 'ts' };
      });
    },
  };
}

/**
 * Builds the server bundle and its build info (written under temporary names, then renamed, so a concurrent start
 * never reads half a file).
 * @param {{ root?: string, outDir?: string, entry?: string }} [options]
 * @returns {Promise<{ file: string, inputs: number, ms: number }>}
 */
export async function buildServer(options = {}) {
  const started = performance.now();
  const root = options.root ?? ROOT;
  const outDir = join(root, options.outDir ?? OUT_DIR);
  const { build } = await import('esbuild');
  const result = await build({
    absWorkingDir: root,
    entryPoints: [options.entry ?? SERVER_ENTRY],
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: join(outDir, OUT_FILE),
    sourcemap: 'linked',
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: [sourceRelativeImportMeta(outDir)],
  });
  /** @type {Record<string, string>} */
  const inputs = {};
  for (const file of [...Object.keys(result.metafile.inputs), BUILDER, 'package.json']) {
    try {
      inputs[file] = fingerprint(root, file);
    } catch {
      // a builder outside this root (tests build a copy): not an input of that build
    }
  }
  mkdirSync(outDir, { recursive: true });
  const suffix = `.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  for (const out of result.outputFiles) {
    writeFileSync(out.path + suffix, out.contents);
    renameSync(out.path + suffix, out.path);
  }
  const info = join(outDir, INFO_FILE);
  writeFileSync(info + suffix, `${JSON.stringify({ builtAt: new Date().toISOString(), inputs }, null, 1)}\n`);
  renameSync(info + suffix, info);
  return { file: join(outDir, OUT_FILE), inputs: Object.keys(inputs).length, ms: performance.now() - started };
}

// `npm run build`: builds now, stale or not (a deployment builds once, then starts with `npm start`).
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const built = await buildServer();
  process.stdout.write(`built ${relative(ROOT, built.file)} (${built.inputs} files, ${Math.round(built.ms)} ms)\n`);
}
