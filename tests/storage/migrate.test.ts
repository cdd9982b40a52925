import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { recapDocumentSchema } from '../../src/recap/document.js';
import { ConversationRecords } from '../../src/services/conversation-records.js';
import { newRecapToken, Recaps } from '../../src/services/recap-store.js';
import { openStorage } from '../../src/storage/open.js';
import { runInTurn } from '../../src/storage/turn-unit.js';
import { SqliteStorage } from '../../src/storage/sqlite/backend.js';
import type { Storage } from '../../src/storage/types.js';
import { describeRedis } from '../support/backends.js';

function cli(args: string[], env: Record<string, string>): { status: number | null; out: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/storage/migrate-cli.ts', ...args], { env: { ...process.env, ...env }, encoding: 'utf8' });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

describeRedis('npm run storage:migrate -- --from sqlite --to redis', (backend) => {
  const dir = mkdtempSync(join(tmpdir(), 'migrate-'));
  let sqlite: SqliteStorage;
  let code = '';
  let callbackId = 0;
  const recapToken = newRecapToken();
  beforeAll(async () => {
    // A live database: the server keeps it open while the copy runs.
    sqlite = new SqliteStorage({ dataDir: dir, commitWorker: true });
    const records = new ConversationRecords(sqlite);
    await sqlite.history.createConversation('c1', 'u1', true, true);
    const unit = sqlite.newUnit('c1');
    await runInTurn(unit, ['directline/conversations/c1/'], async () => {
      sqlite.history.stageAppend(unit, 1, { id: 'c1|0000001', type: 'message', text: 'bonjour' }, 'client-1');
      sqlite.history.stageAppend(unit, 2, { id: 'c1|0000002', type: 'message', text: 'Quel est ton prénom ?' });
      await sqlite.state.write({ 'directline/conversations/c1/': { dialogState: { step: 1 } } });
    });
    await unit.flush();
    await sqlite.tokens.save('token-hash', { conversationId: 'c1', userId: undefined, expiresAt: Date.now() + 3_600_000 });
    code = await records.referenceCode('c1');
    await records.setSharing('c1', true, { town: 'Caen' });
    await records.setTranscriptSharing('c1', true);
    callbackId = await records.createCallback({ conversationId: 'c1', referenceCode: code, firstName: 'Léa', phone: '0612345678', timeSlot: 'Le matin' });
    await records.recordFeedback({ conversationId: 'c1', replyToId: null, rating: 'down', reason: 'flou', question: 'salaire', topic: 'salary' });
    await records.recordUnanswered('question sans réponse', 'c1');
    await new Recaps(sqlite).save(recapToken, 'c1', recapDocumentSchema.parse({ register: 'tu', title: 'Ton récap', intro: 'Intro.', sections: [], code, codeLine: 'Code.' }));
    const adviser = await sqlite.advisers.create('a@b.fr', 'scrypt-hash', 1);
    const editor = await sqlite.advisers.create('e@b.fr', 'scrypt-hash-e', 2, 'editor');
    await sqlite.advisers.setDisabled(editor, true, 3);
    const today = new Date().toISOString().slice(0, 10);
    await sqlite.usage.record([
      { day: today, kind: 'conversation' },
      { day: today, kind: 'message', topic: 'salary', fallback: false },
      { day: today, kind: 'message', topic: null, fallback: true },
    ]);
    await sqlite.sessions.create('session-hash', { adviserId: adviser, csrfToken: 'csrf', createdAt: Date.now(), expiresAt: Date.now() + 60_000 });
    await sqlite.audit.append({ at: 5, adviserId: adviser, adviserEmail: 'a@b.fr', action: 'login', referenceCode: null, callbackId: null, outcome: 'ok', detail: null });
  });
  afterAll(async () => {
    await sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('counts without writing by default, then copies everything with --apply, and refuses a Redis that holds data', async () => {
    await backend.reset();
    const env = { ...backend.env(), DATA_DIR: dir };
    const dry = cli(['--from', 'sqlite', '--to', 'redis'], env);
    expect(dry.status, dry.out).toBe(0);
    expect(dry.out).toMatch(/Essai à blanc/);
    expect(dry.out).toMatch(/activities: 2/);
    expect(dry.out).toMatch(/recaps: 1/);
    const redis: Storage = await openStorage(loadConfig({ ...backend.env(), LOG_LEVEL: 'silent' }));
    try {
      expect(await redis.history.getConversation('c1')).toBeUndefined();
      const applied = cli(['--from', 'sqlite', '--to', 'redis', '--apply'], env);
      expect(applied.status, applied.out).toBe(0);
      expect(applied.out).toMatch(/Copie faite/);

      expect(await redis.history.getConversation('c1')).toMatchObject({ userId: 'u1', userBound: true, started: true, lastSeq: 2 });
      expect(await redis.history.activitySet('c1', 0)).toEqual(await sqlite.history.activitySet('c1', 0));
      expect((await redis.history.beginTurn('c1', 'client-1')).duplicateSeq).toBe(1);
      expect(await redis.state.read(['directline/conversations/c1/'])).toEqual(await sqlite.state.read(['directline/conversations/c1/']));
      expect(await redis.tokens.find('token-hash')).toEqual(await sqlite.tokens.find('token-hash'));
      const records = new ConversationRecords(redis);
      expect(await records.byCode(code)).toEqual(await new ConversationRecords(sqlite).byCode(code));
      expect(await records.listCallbacks()).toEqual(await new ConversationRecords(sqlite).listCallbacks());
      expect(await records.feedback()).toEqual(await sqlite.feedback.all());
      expect(await records.unansweredQuestions()).toEqual(await sqlite.unanswered.all());
      const recaps = new Recaps(redis);
      expect(await recaps.get(recapToken, 0)).toEqual(await new Recaps(sqlite).get(recapToken, 0));
      expect((await recaps.get(recapToken, 0))?.document.title).toBe('Ton récap');
      expect(await redis.advisers.findByEmail('a@b.fr')).toEqual(await sqlite.advisers.findByEmail('a@b.fr'));
      // Roles and disabled accounts, and the dashboard's counters, come along.
      expect(await redis.advisers.list()).toEqual(await sqlite.advisers.list());
      expect((await redis.advisers.findByEmail('e@b.fr'))?.disabled).toBe(true);
      const day = new Date().toISOString().slice(0, 10);
      const sorted = (c: { metric: string }[]) => [...c].sort((a, b) => a.metric.localeCompare(b.metric));
      expect(sorted(await redis.usage.counts(day, day))).toEqual(sorted(await sqlite.usage.counts(day, day)));
      expect(await redis.sessions.get('session-hash')).toEqual(await sqlite.sessions.get('session-hash'));
      expect(await redis.audit.list(10)).toEqual(await sqlite.audit.list(10));
      // Ids go on from where SQLite left them.
      expect(await records.createCallback({ conversationId: 'c2', referenceCode: null, firstName: 'B', phone: '0600000000', timeSlot: 'x' })).toBe(callbackId + 1);
      expect(await redis.history.append('c1', { type: 'message', text: 'suite' })).toBe('c1|0000003');
      expect((await records.byCode(code))?.transcriptConsent).toBe(true);
      // The unanswered question kept its one-way link: erasing the conversation on Redis erases it too.
      await records.forgetConversation('c1');
      expect(await records.unansweredQuestions()).toEqual([]);
      // The récap keeps its conversation: erasing it there deletes the page (as the bot does on erase).
      await recaps.forget('c1');
      expect(await recaps.get(recapToken, 0)).toBeUndefined();

      const again = cli(['--from', 'sqlite', '--to', 'redis', '--apply'], env);
      expect(again.status).toBe(1);
      expect(again.out).toMatch(/contient déjà/);
    } finally {
      await redis.close();
    }
  }, 60_000);
});
