import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { describeEachBackend } from '../../support/backends.js';
import { DirectLineRest, startServer, tempDir } from '../helpers.js';

describeEachBackend('Direct Line', (backend) => {
  const dataDir = tempDir();
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  describe('restart between two turns', () => {
    it('keeps the dialog state, the history and the token', async () => {
      const first = await startServer(backend.env(), { dataDir });
      const rest1 = new DirectLineRest(first.url);
      const c = await rest1.start();
      expect((await rest1.send(c, 'bonjour')).status).toBe(200);
      const before = await rest1.activities(c);
      expect(before.activities.at(-1)?.text).toBe('Quel est ton prénom ?');
      await first.close();

      const second = await startServer(backend.env(), { dataDir });
      try {
        const rest2 = new DirectLineRest(second.url);
        const r = await rest2.send(c, 'Alice');
        expect(r.status).toBe(200);
        expect(r.json['id']).toMatch(/\|0000004$/);
        const after = await rest2.activities(c);
        // Step 2 of the waterfall ran: the dialog stack came back from storage.
        expect(after.activities.map((a) => a.text)).toEqual([
          'Bienvenue dans le bot de test.',
          'bonjour',
          'Quel est ton prénom ?',
          'Alice',
          'Enchanté, Alice !',
        ]);
        expect(after.activities.slice(0, 3)).toEqual(before.activities);
      } finally {
        await second.close();
      }
    });
  });
});
