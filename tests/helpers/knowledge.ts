import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KnowledgeStore } from '../../src/knowledge/store.js';

const quiet = { info: () => undefined, error: () => undefined };
let shared: Promise<KnowledgeStore> | undefined;

/** The real knowledge base, loaded once per test worker (about a second), never watched. */
export function sharedKnowledge(): Promise<KnowledgeStore> {
  shared ??= KnowledgeStore.open('knowledge', quiet);
  return shared;
}

/** A private copy of knowledge/ that a test may break or edit. */
export async function copyOfKnowledge(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'kb-'));
  await cp('knowledge', dir, { recursive: true });
  return dir;
}
