import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { copyOfKnowledge } from '../helpers/knowledge.js';

interface Health {
  status: string;
  knowledge: { version: string; counts: { aids: number; faq: number }; pending_errors?: number };
}

async function waitFor<T>(probe: () => Promise<T | undefined>, ms = 10_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('hot reload of the knowledge base on the running server', () => {
  let app: FastifyInstance;
  let dir: string;
  let base: string;
  let dataDir: string;

  beforeAll(async () => {
    dir = await copyOfKnowledge();
    dataDir = await mkdtemp(join(tmpdir(), 'data-'));
    app = await buildApp({ config: loadConfig({ KNOWLEDGE_DIR: dir, DATA_DIR: dataDir, LOG_LEVEL: 'silent', MAX_EVENT_LOOP_DELAY_MS: '0' }), logger: false, without: ['web'] });
    base = await app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await app?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const health = async (): Promise<Health> => (await fetch(`${base}/healthz`)).json() as Promise<Health>;

  it('keeps serving the last good snapshot when a file is broken, and takes the fix', async () => {
    const before = await health();
    expect(before.status).toBe('ok');
    const faqPath = join(dir, 'faq.yaml');
    const good = await readFile(faqPath, 'utf8');

    await writeFile(faqPath, good.replace('faq:\n', 'faq:\n  - id: [broken\n'));
    const broken = await waitFor(async () => {
      const h = await health();
      return h.knowledge.pending_errors ? h : undefined;
    });
    expect(broken.knowledge.version).toBe(before.knowledge.version);
    expect(broken.knowledge.counts.faq).toBe(before.knowledge.counts.faq);

    // The bot still answers from the last good version.
    const token = (await (await fetch(`${base}/v3/directline/tokens/generate`, { method: 'POST', headers: { origin: base } })).json()) as { token: string };
    const conv = (await (await fetch(`${base}/v3/directline/conversations`, { method: 'POST', headers: { authorization: `Bearer ${token.token}`, origin: base } })).json()) as { conversationId: string; token: string };
    const post = await fetch(`${base}/v3/directline/conversations/${conv.conversationId}/activities`, {
      method: 'POST',
      headers: { authorization: `Bearer ${conv.token}`, 'content-type': 'application/json', origin: base },
      body: JSON.stringify({ type: 'message', from: { id: 'u1' }, text: "c'est quoi la période d'essai en apprentissage" }),
    });
    expect(post.status).toBe(200);
    const replies = await waitFor(async () => {
      const r = (await (await fetch(`${base}/v3/directline/conversations/${conv.conversationId}/activities`, { headers: { authorization: `Bearer ${conv.token}`, origin: base } })).json()) as { activities: { from: { id: string }; text?: string }[] };
      const bot = r.activities.filter((a) => a.from.id !== 'u1' && a.text && /essai/i.test(JSON.stringify(a)));
      return bot.length > 0 ? bot : undefined;
    });
    expect(JSON.stringify(replies)).toMatch(/45/);

    // A new valid version replaces it.
    await writeFile(faqPath, good.replace('verified_on: 2026-11-27', 'verified_on: 2026-11-26'));
    const fixed = await waitFor(async () => {
      const h = await health();
      return h.knowledge.version !== before.knowledge.version && !h.knowledge.pending_errors ? h : undefined;
    });
    expect(fixed.knowledge.counts.faq).toBe(before.knowledge.counts.faq);
  });
});
