import { rmSync } from 'node:fs';
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { KnowledgeStore } from '../../src/knowledge/store.js';

const quiet = { info: () => undefined, error: () => undefined };
let shared: Promise<KnowledgeStore> | undefined;

/** The real knowledge base, loaded once per test worker (about a second), never watched. */
export function sharedKnowledge(): Promise<KnowledgeStore> {
  shared ??= KnowledgeStore.open('knowledge', quiet);
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
