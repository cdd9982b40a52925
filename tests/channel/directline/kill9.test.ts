import type { ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { describeEachBackend } from '../../support/backends.js';
import { exited, spawnServer } from '../../support/instances.js';
import { freePort } from '../../support/redis-server.js';
import { DirectLineRest, tempDir, type Conversation } from '../helpers.js';

describeEachBackend('Direct Line', (backend) => {
  const dataDir = tempDir('dl-kill9-');
  let child: ChildProcess | undefined;
  afterAll(() => {
    child?.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  const env = (): Record<string, string> => ({ ...backend.env(), DATA_DIR: dataDir, RATE_LIMIT_PER_TOKEN: '100000', MAX_EVENT_LOOP_DELAY_MS: '0' });

  describe('kill -9 while 20 conversations are sending', () => {
    it('after restart, every acknowledged message is in the history exactly once and the database is intact', async () => {
      const port = await freePort();
      child = await spawnServer(port, env());
      const rest = new DirectLineRest(`http://127.0.0.1:${port}`);
      const conversations: Conversation[] = await Promise.all(Array.from({ length: 20 }, () => rest.start()));
      const acked = new Map<string, { id: string; text: string }[]>();
      const attempted = new Map<string, string[]>();
      let killed = false;

      const sender = async (c: Conversation, n: number) => {
        const mine: { id: string; text: string }[] = [];
        const tried: string[] = [];
        acked.set(c.conversationId, mine);
        attempted.set(c.conversationId, tried);
        for (let i = 0; !killed; i++) {
          const text = `c${n}-m${i}`;
          tried.push(text);
          try {
            const r = await rest.send(c, text, { channelData: { clientActivityID: text } });
            if (r.status === 200) mine.push({ id: String(r.json['id']), text });
          } catch {
            break; // connection reset by the kill: not acknowledged
          }
        }
      };
      const senders = conversations.map((c, n) => sender(c, n));
      // Kill once enough messages are acknowledged (a loaded machine gets there later, not with fewer).
      const count = () => [...acked.values()].reduce((n, l) => n + l.length, 0);
      const started = Date.now();
      while (count() < 60 && Date.now() - started < 20_000) await new Promise((r) => setTimeout(r, 50));
      killed = true;
      child.kill('SIGKILL');
      await Promise.allSettled(senders);
      await exited(child);

      const totalAcked = [...acked.values()].reduce((n, l) => n + l.length, 0);
      expect(totalAcked).toBeGreaterThan(40);

      child = await spawnServer(port, env());
      try {
        for (const c of conversations) {
          const { activities } = await rest.activities(c);
          const userTexts = activities.filter((a) => a.from.role === 'user').map((a) => a.text);
          for (const { id, text } of acked.get(c.conversationId) ?? []) {
            const matching = activities.filter((a) => a.id === id);
            expect(matching).toHaveLength(1);
            expect(matching[0]?.text).toBe(text);
            expect(userTexts.filter((t) => t === text)).toHaveLength(1);
          }
          // Nothing is doubled, acknowledged or not, and ids are strictly increasing.
          expect(new Set(userTexts).size).toBe(userTexts.length);
          const seqs = activities.map((a) => Number(a.id.split('|')[1]));
          expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
          // A client retrying what it sent last, with the same client id, creates no double either.
          const last = attempted.get(c.conversationId)?.at(-1);
          if (last) {
            const retry = await rest.send(c, last, { channelData: { clientActivityID: last } });
            expect(retry.status).toBe(200);
            const again = await rest.activities(c);
            expect(again.activities.filter((a) => a.text === last)).toHaveLength(1);
          }
        }
        if (backend.name === 'sqlite') {
          const db = new BetterSqlite3(join(dataDir, 'bot.sqlite'), { readonly: true });
          try {
            expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
          } finally {
            db.close();
          }
        }
      } finally {
        child.kill('SIGTERM');
      }
    }, 120_000);
  });
});
