import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { adviserPlugin } from '../src/adviser/plugin.js';
import { directLinePlugin } from '../src/channel/directline/plugin.js';
import { loadConfig } from '../src/config.js';
import { webPlugin } from '../src/web/plugin.js';

describe('plugins declare what they depend on', () => {
  it('each refuses to start without the plugins it uses, instead of relying on registration order', async () => {
    const config = loadConfig({ LOG_LEVEL: 'silent' });
    const cases: [string, (app: ReturnType<typeof Fastify>) => unknown, RegExp][] = [
      ['web', (app) => app.register(webPlugin, { config, build: 'never' }), /security/],
      ['directline', (app) => app.register(directLinePlugin, { config }), /security|bot/],
      ['adviser', (app) => app.register(adviserPlugin, { config }), /security|bot|knowledge/],
    ];
    for (const [name, register, missing] of cases) {
      const app = Fastify({ logger: false });
      register(app);
      await expect(app.ready(), name).rejects.toThrow(missing);
      await app.close().catch(() => undefined);
    }
  });
});
