import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { AdviserAccounts } from '../../src/adviser/accounts.js';
import { adviserPlugin, type AdviserPluginOptions } from '../../src/adviser/plugin.js';
import { buildApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { ConversationRecords } from '../../src/services/conversation-records.js';
import { sharedKnowledge } from '../helpers/knowledge.js';
import { DirectLineRest, waitFor, type Conversation } from '../channel/helpers.js';

/** Fast scrypt for tests that log in many times; production parameters are tested in password.test.ts. */
export const TEST_SCRYPT = { N: 1024, r: 8, p: 1 };
export const EMAIL = 'conseillere@region-normandie.fr';
export const PASSWORD = 'un mot de passe assez long';
export const PHONE = '0612345678';

/** The real knowledge base, loaded once per test worker (the same store as the other tests'). */
export const knowledgeStore = sharedKnowledge;

export interface AdviserTestApp {
  app: FastifyInstance;
  clock: { now: number };
  records: ConversationRecords;
  dataDir: string;
  close(): Promise<void>;
}

/**
 * The real app (knowledge, bot, channel) with the adviser plugin on a controllable clock and fast scrypt. Pass a back
 * end's env (REDIS_URL) to run it on Redis; the caller empties a shared Redis between apps (Backend.reset).
 */
export async function startAdviserApp(
  env: Record<string, string> = {},
  options: Partial<AdviserPluginOptions> = {},
): Promise<AdviserTestApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'adviser-test-'));
  const config = loadConfig({ LOG_LEVEL: 'silent', KNOWLEDGE_WATCH: 'false', DATA_DIR: dataDir, MAX_EVENT_LOOP_DELAY_MS: '0', ...env });
  const clock = { now: Date.parse('2026-11-27T09:00:00Z') };
  const app = await buildApp({ config, logger: false, knowledgeStore: await knowledgeStore(), without: ['web', 'adviser'] });
  await app.register(adviserPlugin, { config, now: () => clock.now, scrypt: TEST_SCRYPT, ...options });
  await app.ready();
  // The test account is an admin, so every route is reachable; role tests create the other roles themselves.
  await new AdviserAccounts(app.storage.advisers, TEST_SCRYPT).upsert(EMAIL, PASSWORD, 'admin');
  return {
    app,
    clock,
    records: new ConversationRecords(app.storage, () => clock.now),
    dataDir,
    close: async () => {
      // The shared knowledge store outlives the app: closing the app must not close it.
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface LoggedIn {
  cookie: string;
  csrf: string;
}

export async function login(app: FastifyInstance, email = EMAIL, password = PASSWORD): Promise<LoggedIn> {
  const r = await app.inject({ method: 'POST', url: '/api/adviser/login', payload: { email, password } });
  if (r.statusCode !== 200) throw new Error(`login: ${r.statusCode} ${r.body}`);
  const cookie = r.cookies.find((c) => c.name === 'adv_session');
  if (!cookie) throw new Error('no session cookie');
  return { cookie: `adv_session=${cookie.value}`, csrf: (r.json() as { csrfToken: string }).csrfToken };
}

/**
 * Drives the real orientation bot over Direct Line REST, as a young person would: asks for a human (gets a
 * reference code), consents or not to share the summary (and the messages), then optionally asks for a callback.
 */
export async function converse(
  url: string,
  opts: { consent: boolean; transcript?: boolean; callback?: { firstName: string; phone: string } },
): Promise<{ code: string; conversation: Conversation }> {
  const dl = new DirectLineRest(url);
  const c = await dl.start();
  let watermark = '';
  const turn = async (text: string): Promise<string> => {
    const sent = await dl.send(c, text);
    if (sent.status !== 200) throw new Error(`send: ${sent.status}`);
    const id = String(sent.json['id']);
    const page = await waitFor(
      () => dl.activities(c, watermark),
      (p) => {
        const mine = p.activities.findIndex((a) => a.id === id);
        return mine >= 0 && p.activities.slice(mine + 1).some((a) => a.from.role === 'bot' || a.from.id !== 'user-1');
      },
      10_000,
    );
    watermark = page.watermark;
    return page.activities.filter((a) => a.from.id !== 'user-1').map((a) => a.text ?? '').join('\n');
  };
  await turn("j'ai 17 ans, je cherche un apprentissage à Caen");
  const handoff = await turn("je voudrais parler à quelqu'un");
  // The code alphabet has no 0, 1, 2 or 5, so the 0800 050 000 line cannot be mistaken for a code.
  const m = /\b([346789A-HJKMNP-RTUVWXY]{3}) ([346789A-HJKMNP-RTUVWXY]{3})\b/.exec(handoff);
  if (!m) throw new Error(`no reference code in: ${handoff}`);
  await turn(opts.consent ? 'Oui, je partage' : 'Non merci');
  // A yes to the summary is followed by a second question, for the messages themselves.
  if (opts.consent) await turn(opts.transcript ? 'Oui, toute la conversation' : 'Non, le résumé suffit');
  if (opts.callback) {
    await turn('être rappelé');
    await turn(opts.callback.firstName);
    await turn(opts.callback.phone);
    await turn('Le matin');
    const done = await turn('Oui, rappelez-moi');
    if (!/enregistr/i.test(done)) throw new Error(`callback not confirmed: ${done}`);
  }
  return { code: `${m[1]}${m[2]}`, conversation: c };
}
