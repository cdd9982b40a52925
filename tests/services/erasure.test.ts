import { chmodSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE, openDatabase } from '../../src/storage/sqlite/database.js';
import { startAdviserApp, type AdviserTestApp } from '../adviser/helpers.js';
import { describeEachBackend } from '../support/backends.js';
import { everythingStored, sqliteOf, storedRecapCount } from '../support/inspect.js';

/** A Direct Line client over app.inject: the real routes, the real bot, the real SQLite files. */
async function directLine(app: FastifyInstance) {
  const origin = 'http://127.0.0.1:3978';
  const gen = await app.inject({ method: 'POST', url: '/v3/directline/tokens/generate', headers: { origin }, payload: {} });
  expect(gen.statusCode).toBe(200);
  const token = (gen.json() as { token: string }).token;
  const conv = await app.inject({ method: 'POST', url: '/v3/directline/conversations', headers: { origin, authorization: `Bearer ${token}` }, payload: {} });
  expect(conv.statusCode).toBe(201);
  const conversationId = (conv.json() as { conversationId: string }).conversationId;
  const post = async (activity: Record<string, unknown>): Promise<void> => {
    const r = await app.inject({
      method: 'POST',
      url: `/v3/directline/conversations/${conversationId}/activities`,
      headers: { origin, authorization: `Bearer ${token}` },
      payload: { type: 'message', locale: 'fr-FR', ...activity },
    });
    expect(r.statusCode, r.body).toBe(200);
  };
  /** The transcript as a REST client reads it (GET activities from the start). */
  const transcript = async (): Promise<string[]> => {
    const r = await app.inject({ method: 'GET', url: `/v3/directline/conversations/${conversationId}/activities`, headers: { origin, authorization: `Bearer ${token}` } });
    expect(r.statusCode, r.body).toBe(200);
    return (r.json() as { activities: { text?: string }[] }).activities.map((a) => a.text ?? '');
  };
  return { conversationId, say: (text: string) => post({ text }), post, transcript };
}

/** The raw bytes of the database and its WAL and shared-memory files, as one latin1 string to search. */
function rawFiles(dataDir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const suffix of ['', '-wal', '-shm']) {
    const file = join(dataDir, `${DATABASE_FILE}${suffix}`);
    out[`${DATABASE_FILE}${suffix}`] = existsSync(file) ? readFileSync(file).toString('latin1') : '';
  }
  return out;
}

const SECRETS = ['Zorglubine', 'blorptastic', '06 12 34 56 78', '0612345678'];

function leftovers(dataDir: string): string[] {
  const found: string[] = [];
  for (const [file, bytes] of Object.entries(rawFiles(dataDir))) for (const s of SECRETS) if (bytes.includes(s)) found.push(`${s} in ${file}`);
  return found;
}

/** The conversation of the erasure tests: personal data in a transcript, the state, a callback, feedback, an unanswered question, a récap. */
async function converseWithSecrets(t: AdviserTestApp): Promise<Awaited<ReturnType<typeof directLine>>> {
  const dl = await directLine(t.app);
  await dl.say("je m'appelle Zorglubine, mon numéro c'est le 06 12 34 56 78 et je veux être boulanger à Caen");
  await dl.say('Zorglubine xqvw blorptastic');
  await dl.say('je veux être rappelé');
  await dl.say('Zorglubine');
  await dl.say('06 12 34 56 78');
  await dl.say('le matin');
  await dl.say('oui');
  await dl.post({ value: { type: 'feedback', rating: 'down', reason: 'Zorglubine pas contente blorptastic' } });
  await dl.say('mon récap');
  expect((await t.records.listCallbacks()).some((c) => c.firstName === 'Zorglubine')).toBe(true);
  expect((await t.records.unansweredQuestions()).some((q) => q.question.includes('blorptastic'))).toBe(true);
  return dl;
}

describe('"effacer ma conversation" leaves nothing on disk [sqlite]', () => {
  let t: AdviserTestApp;
  beforeAll(async () => {
    t = await startAdviserApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('the text is in no byte of bot.sqlite, -wal or -shm afterwards (transcript, state, callback, feedback, unanswered questions)', async () => {
    const dl = await converseWithSecrets(t);
    // It is all on disk now (in the WAL at least).
    expect(leftovers(t.dataDir).length).toBeGreaterThan(0);

    await dl.say('effacer ma conversation');

    // The checkpoint runs right after the erase commits: give it a moment, then nothing may be left.
    const deadline = Date.now() + 5_000;
    let found = leftovers(t.dataDir);
    while (found.length > 0 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
      found = leftovers(t.dataDir);
    }
    expect(found).toEqual([]);
    // Nothing of it is readable through SQL either.
    const db = sqliteOf(t.app.storage).db;
    for (const [table, column] of [['activities', 'json'], ['bot_state', 'json'], ['unanswered', 'question'], ['feedback', 'reason'], ['callbacks', 'first_name']] as const) {
      expect(db.prepare(`SELECT count(*) FROM ${table} WHERE ${column} LIKE '%Zorglubine%' OR ${column} LIKE '%blorptastic%'`).pluck().get(), table).toBe(0);
    }
  });

  it('creates the data folder 0700 and the database files 0600', () => {
    expect(statSync(t.dataDir).mode & 0o777).toBe(0o700);
    for (const suffix of ['', '-wal', '-shm']) {
      const file = join(t.dataDir, `${DATABASE_FILE}${suffix}`);
      if (existsSync(file)) expect(statSync(file).mode & 0o777, suffix || 'db').toBe(0o600);
    }
  });

  it('opens a new data folder as 0700 with 0600 files, and tightens a database left world-readable', () => {
    const root = mkdtempSync(join(tmpdir(), 'modes-'));
    try {
      const fresh = join(root, 'nested', 'data');
      const db = openDatabase(fresh);
      db.prepare('CREATE TABLE t (x TEXT)').run();
      expect(statSync(fresh).mode & 0o777).toBe(0o700);
      for (const suffix of ['', '-wal', '-shm']) expect(statSync(join(fresh, DATABASE_FILE + suffix)).mode & 0o777, suffix || 'db').toBe(0o600);
      db.close();

      const old = join(root, 'old');
      openDatabase(old).close();
      chmodSync(join(old, DATABASE_FILE), 0o644);
      writeFileSync(join(old, 'unrelated.txt'), 'x');
      openDatabase(old).close();
      expect(statSync(join(old, DATABASE_FILE)).mode & 0o777).toBe(0o600);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describeEachBackend('"effacer ma conversation" leaves nothing in the store', (backend) => {
  let t: AdviserTestApp;
  beforeAll(async () => {
    await backend.reset();
    t = await startAdviserApp(backend.env());
  });
  afterAll(async () => {
    await t?.close();
  });

  it('no value kept by the back end holds the text afterwards (transcript, state, callback, feedback, unanswered questions and their link, récap)', async () => {
    const dl = await converseWithSecrets(t);
    const before = await everythingStored(t.app.storage);
    expect(SECRETS.filter((secret) => before.includes(secret)).length).toBeGreaterThan(0);
    expect(await storedRecapCount(t.app.storage)).toBe(1);

    await dl.say('effacer ma conversation');

    // A client reading the transcript over REST sees the confirmation, and nothing else is left of the conversation.
    expect(await dl.transcript()).toEqual([expect.stringMatching(/^C'est fait : ta conversation et ce que tu m'avais dit sont effacés/)]);
    expect(await storedRecapCount(t.app.storage)).toBe(0);
    const after = await everythingStored(t.app.storage);
    expect(SECRETS.filter((secret) => after.includes(secret))).toEqual([]);
    expect((await t.records.unansweredQuestions()).some((q) => q.question.includes('blorptastic'))).toBe(false);

    if (backend.name === 'redis') {
      // The AOF still held the commands that wrote the text: the erasure rewrites it.
      const server = backend.redis;
      if (!server) throw new Error('no redis-server');
      const aof = (): string => {
        const dir = join(server.dir, 'appendonlydir');
        return readdirSync(dir).map((f) => readFileSync(join(dir, f), 'latin1')).join('\n');
      };
      await expect.poll(() => SECRETS.filter((secret) => aof().includes(secret)), { timeout: 15_000, interval: 200 }).toEqual([]);
    }
  });
});

