import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { Messages } from './messages.js';
import { crossCheck } from './cross-check.js';
import { checkSourcePolicy } from './source-policy.js';
import { knowledgeFiles, type KnowledgeFileKey, type KnowledgeFiles } from './files.js';
import { buildSnapshot, type Knowledge } from './snapshot.js';
import { formatLocatedError, parseYamlFile, type LocatedError } from './yaml-file.js';

export type LoadOutcome =
  | { ok: true; knowledge: Knowledge; ms: number }
  | { ok: false; errors: LocatedError[]; ms: number };

/**
 * Reads, validates and cross-checks the whole knowledge base, then builds an immutable snapshot with its indexes.
 * Never throws on bad content: every problem comes back located (`file:line path: message`), and nothing is
 * half-loaded — either a complete new snapshot or the list of errors.
 */
export async function loadKnowledge(dir: string): Promise<LoadOutcome> {
  const started = performance.now();
  const display = (file: string): string => relative(process.cwd(), join(dir, file)) || file;
  const texts = {} as Record<KnowledgeFileKey, string>;
  const errors: LocatedError[] = [];

  await Promise.all(
    (Object.keys(knowledgeFiles) as KnowledgeFileKey[]).map(async (key) => {
      const { file } = knowledgeFiles[key];
      try {
        texts[key] = await readFile(join(dir, file), 'utf8');
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        errors.push({ file: display(file), line: undefined, path: '', message: code === 'ENOENT' ? 'file is missing' : `cannot read (${code ?? String(e)})` });
      }
    }),
  );
  if (errors.length > 0) return { ok: false, errors, ms: performance.now() - started };

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

  const version = versionOf(texts);
  const knowledge = buildSnapshot(files, {
    version,
    loadedAt: new Date().toISOString(),
    messages: new Messages(files.messages.messages),
  });
  return { ok: true, knowledge, ms: performance.now() - started };
}

/** A short content hash: two servers with the same files report the same version. */
function versionOf(texts: Record<KnowledgeFileKey, string>): string {
  const hash = createHash('sha256');
  for (const key of (Object.keys(texts) as KnowledgeFileKey[]).sort()) {
    hash.update(key).update('\0').update(texts[key]).update('\0');
  }
  return hash.digest('hex').slice(0, 12);
}

export { formatLocatedError };
