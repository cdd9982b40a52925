import { rmSync } from 'node:fs';
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { KnowledgeStore } from '../../src/knowledge/store.js';

const quiet = { info: () => undefined, error: () => undefined };
let shared: Promise<KnowledgeStore> | undefined;

/**
 * The knowledge cache the test files share (src/knowledge/cache.ts), kept between runs as the server keeps its own
 * between starts. Without it each of the ~190 files that play conversations validated the YAML, built the search,
 * trained the models and built the sound index again (3 to 10 s a file, by the load). Its entries are used only for
 * the same knowledge files and the same code, so a file reads exactly what a fresh load would give (the cache's own
 * tests compare them: tests/knowledge/cache.test.ts, tests/nlu/models.test.ts, tests/knowledge/sound-index-cache.test.ts);
 * the first file after a change pays the build and stores it. Under node_modules: one per working copy, never
 * committed, and git worktrees of other code versions do not overwrite each other's entries.
 */
export const TEST_KNOWLEDGE_CACHE = join('node_modules', '.cache', 'knowledge-tests');

/** The real knowledge base, loaded once per test file from the shared cache (see above), never watched. */
export function sharedKnowledge(): Promise<KnowledgeStore> {
  shared ??= KnowledgeStore.open('knowledge', quiet, { cacheDir: TEST_KNOWLEDGE_CACHE });
  return shared;
}

const copies: string[] = [];
// The copies are removed after the test file that made them (vitest isolates each file, so this module and its hook
// are set up once per file), so that no test has to remember it: each copy is ~2 MB and the full suite makes dozens.
afterAll(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A private copy of knowledge/ that a test may break or edit; removed after the test file. */
export async function copyOfKnowledge(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'kb-'));
  copies.push(dir);
  await cp('knowledge', dir, { recursive: true });
  return dir;
}
