import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import { KnowledgeStore } from './store.js';

declare module 'fastify' {
  interface FastifyInstance {
    knowledge: KnowledgeStore;
  }
}

export interface KnowledgePluginOptions {
  dir: string;
  watch: boolean;
  /** An already opened store (tests share one to save the load time). */
  store?: KnowledgeStore;
  /** Where the validated knowledge is kept between starts (see cache.ts). */
  cacheDir?: string;
}

/** What /healthz says of the knowledge base: the version served, when it was loaded, its counts, pending errors. */
export function knowledgeHealth(store: KnowledgeStore): Record<string, unknown> {
  const { knowledge } = store.current;
  return {
    version: knowledge.version,
    loaded_at: knowledge.loadedAt,
    counts: knowledge.counts,
    ...(store.pendingErrors ? { pending_errors: store.pendingErrors.length } : {}),
  };
}

/** Loads the knowledge base once at start (the server refuses to start on an invalid one); see /healthz. */
export const knowledgePlugin = fp(
  async (app: FastifyInstance, opts: KnowledgePluginOptions) => {
    const store = opts.store ?? (await KnowledgeStore.open(opts.dir, app.log, opts.cacheDir !== undefined ? { cacheDir: opts.cacheDir } : {}));
    if (opts.watch) store.watch();
    app.decorate('knowledge', store);
    app.addHook('onClose', async () => store.close());

  },
  { name: 'knowledge' },
);
