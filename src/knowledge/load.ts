import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { Messages } from './messages.js';
import type { CacheRead, KnowledgeCache } from './cache.js';
import { crossCheck } from './cross-check.js';
import { checkSourcePolicy } from './source-policy.js';
import { knowledgeFiles, type KnowledgeFileKey, type KnowledgeFiles } from './files.js';
import { buildSnapshot, type Knowledge } from './snapshot.js';
import { formatLocatedError, parseYamlFile, type LocatedError } from './yaml-file.js';

export type LoadOutcome =
  | { ok: true; knowledge: Knowledge; ms: number; contentHash: string; cache?: CacheUse }
  | { ok: false; errors: LocatedError[]; ms: number };

/** How the cache served a load: a hit, or why it missed, and whether the fresh result could be stored. */
export type CacheUse = 'hit' | { missed: Extract<CacheRead<unknown>, { hit: false }>['reason']; writeError?: string };

export interface LoadOptions {
  /** Validated files kept from an earlier load of the same content by the same code (cache.ts). */
  cache?: KnowledgeCache;
}

/**
 * Reads, validates and cross-checks the whole knowledge base, then builds an immutable snapshot with its indexes.
 * Never throws on bad content: every problem comes back located (`file:line path: message`), and nothing is
 * half-loaded — either a complete new snapshot or the list of errors.
 */
export async function loadKnowledge(dir: string, options: LoadOptions = {}): Promise<LoadOutcome> {
  const started = performance.now();
  const display = (file: string): string => relative(process.cwd(), join(dir, file)) || file;
  const bytes = {} as Record<KnowledgeFileKey, Buffer>;
  const errors: LocatedError[] = [];

  await Promise.all(
    (Object.keys(knowledgeFiles) as KnowledgeFileKey[]).map(async (key) => {
      const { file } = knowledgeFiles[key];
      try {
        bytes[key] = await readFile(join(dir, file));
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        errors.push({ file: display(file), line: undefined, path: '', message: code === 'ENOENT' ? 'file is missing' : `cannot read (${code ?? String(e)})` });
      }
    }),
  );
  if (errors.length > 0) return { ok: false, errors, ms: performance.now() - started };

  const contentHash = contentHashOf(bytes);
  const version = contentHash.slice(0, 12);
  let missed: Extract<CacheRead<unknown>, { hit: false }>['reason'] | undefined;
  if (options.cache) {
    const cached = options.cache.read<KnowledgeFiles>('files', contentHash);
    if (cached.hit && hasEveryFile(cached.value)) {
      return { ok: true, knowledge: snapshotOf(cached.value, version), ms: performance.now() - started, contentHash, cache: 'hit' };
    }
    missed = cached.hit ? 'corrupt' : cached.reason;
  }

  // Decoded only now: on a cache hit the text is never needed.
  const texts = {} as Record<KnowledgeFileKey, string>;
  for (const key of Object.keys(bytes) as KnowledgeFileKey[]) texts[key] = bytes[key].toString('utf8');

  const parsed = {} as Record<KnowledgeFileKey, unknown>;
  for (const key of Object.keys(knowledgeFiles) as KnowledgeFileKey[]) {
    const { file, schema } = knowledgeFiles[key];
    const result = parseYamlFile(display(file), texts[key], schema);
    if (result.ok) parsed[key] = result.value;
    else errors.push(...result.errors);
  }
  if (errors.length > 0) return { ok: false, errors, ms: performance.now() - started };

  const files = parsed as KnowledgeFiles;
  const info = (key: KnowledgeFileKey): { display: string; text: string } => ({ display: display(knowledgeFiles[key].file), text: texts[key] });
  const crossErrors = [...crossCheck(files, info), ...checkSourcePolicy(files, info)];
  if (crossErrors.length > 0) return { ok: false, errors: crossErrors, ms: performance.now() - started };

  const knowledge = snapshotOf(files, version);
  if (!options.cache || missed === undefined) return { ok: true, knowledge, ms: performance.now() - started, contentHash };
  let writeError: string | undefined;
  try {
    options.cache.write('files', contentHash, files);
  } catch (e) {
    // A read-only data folder only costs the next start a validation.
    writeError = e instanceof Error ? e.message : String(e);
  }
  return { ok: true, knowledge, ms: performance.now() - started, contentHash, cache: { missed, ...(writeError ? { writeError } : {}) } };
}

function snapshotOf(files: KnowledgeFiles, version: string): Knowledge {
  return buildSnapshot(files, { version, loadedAt: new Date().toISOString(), messages: new Messages(files.messages.messages) });
}

function hasEveryFile(value: unknown): value is KnowledgeFiles {
  if (typeof value !== 'object' || value === null) return false;
  return (Object.keys(knowledgeFiles) as KnowledgeFileKey[]).every((key) => typeof (value as Record<string, unknown>)[key] === 'object');
}

/** The content hash of the files (its first 12 hex digits are the version: two servers with the same files report the same). */
function contentHashOf(bytes: Record<KnowledgeFileKey, Buffer>): string {
  const hash = createHash('sha256');
  for (const key of (Object.keys(bytes) as KnowledgeFileKey[]).sort()) {
    hash.update(key).update('\0').update(bytes[key]).update('\0');
  }
  return hash.digest('hex');
}

export { formatLocatedError };
