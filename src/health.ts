import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { knowledgeHealth } from './knowledge/plugin.js';
import type { StorageHealth } from './storage/types.js';

/**
 * GET /healthz: the knowledge version served and the storage back end with its state (Redis: reachable, PING
 * latency). 200 when the service can answer, 503 with Retry-After while storage is unreachable, so that a load
 * balancer takes the instance out and puts it back by itself.
 */
async function healthImpl(app: FastifyInstance): Promise<void> {
  app.get('/healthz', async (_request, reply) => {
    let storage: StorageHealth;
    try {
      storage = await app.storage.health();
    } catch (err) {
      storage = { backend: app.storage.backend, ok: false, detail: err instanceof Error ? err.message : String(err) };
    }
    if (!storage.ok) reply.status(503).header('retry-after', '2');
    return {
      status: storage.ok ? 'ok' : 'unavailable',
      storage,
      ...(app.hasDecorator('knowledge') ? { knowledge: knowledgeHealth(app.knowledge) } : {}),
    };
  });
}

export const healthPlugin = fp(healthImpl, { name: 'health', fastify: '5.x', dependencies: ['storage'] });
