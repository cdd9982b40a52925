import { rmSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { WarmUp } from '../../src/bot/warm-up.js';
import { loadConfig } from '../../src/config.js';
import { tempDir } from '../channel/helpers.js';
import { sharedKnowledge } from '../helpers/knowledge.js';

describe('WarmUp', () => {
  it('runs every step, in slices that leave the event loop free between them', async () => {
    const warmUp = new WarmUp({ sliceMs: 1 });
    let steps = 0;
    let turnsBetween = 0;
    const busy = function* () {
      for (let i = 0; i < 40; i++) {
        const until = performance.now() + 0.5;
        while (performance.now() < until);
        steps++;
        yield;
      }
    };
    warmUp.add('busy', busy());
    const aTurn = setInterval(() => turnsBetween++, 0);
    await warmUp.run();
    clearInterval(aTurn);
    expect(steps).toBe(40);
    // 40 steps of 0.5 ms in slices of 1 ms: the loop ran other callbacks between the slices.
    expect(turnsBetween).toBeGreaterThan(3);
  });

  it('waits while people are served, and still ends when they always are', async () => {
    let serving = true;
    const waiting = new WarmUp({ busy: () => serving, maxWaitMs: 10_000 });
    let steps = 0;
    waiting.add('count', (function* () {
      for (let i = 0; i < 3; i++) {
        steps++;
        yield;
      }
    })());
    const running = waiting.run();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(steps).toBe(0);
    serving = false;
    await running;
    expect(steps).toBe(3);

    // Turns that never stop (a busy evening) delay each slice by maxWaitMs at most.
    const busyEvening = new WarmUp({ busy: () => true, maxWaitMs: 5 });
    let done = 0;
    busyEvening.add('count', (function* () {
      for (let i = 0; i < 3; i++) {
        done++;
        yield;
      }
    })());
    await busyEvening.run();
    expect(done).toBe(3);
  });

  it('logs a task that throws and goes on with the next; stops between slices when told', async () => {
    const errors: string[] = [];
    const log = { info: () => undefined, error: (o: object) => errors.push(String((o as { task: string }).task)) };
    const warmUp = new WarmUp();
    let after = 0;
    warmUp.add('broken', (function* () {
      yield;
      throw new Error('boom');
    })());
    warmUp.add('next', (function* () {
      after++;
      yield;
    })());
    await warmUp.run(log);
    expect(errors).toEqual(['broken']);
    expect(after).toBe(1);

    const stopped = new WarmUp();
    let ran = 0;
    stopped.add('never', (function* () {
      ran++;
      yield;
    })());
    const running = stopped.run();
    stopped.stop();
    await running;
    expect(ran).toBe(0);
  });
});

/**
 * The server answers /healthz 200 before its warm-up ran (the warm-up starts once it listens): so a turn answered
 * before the warm-up must be the same turn as after it. Here the warm-up has not run at all (the app does not listen),
 * and follow-ups, whose matches the warm-up computes ahead of need, are answered the same before and after it.
 */
describe('the orientation bot before and after its warm-up', () => {
  let app: FastifyInstance;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = tempDir('warm-up-');
    const config = loadConfig({ LOG_LEVEL: 'silent', KNOWLEDGE_WATCH: 'false', DATA_DIR: dataDir, MAX_EVENT_LOOP_DELAY_MS: '0' });
    app = await buildApp({ config, logger: false, without: ['web', 'adviser'], knowledgeStore: await sharedKnowledge() });
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const origin = 'http://127.0.0.1';
  async function call(method: 'GET' | 'POST', url: string, token?: string, payload?: object) {
    const res = await app.inject({
      method,
      url: `/v3/directline${url}`,
      headers: { origin, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      ...(payload ? { payload } : {}),
    });
    return { status: res.statusCode, json: res.json() as Record<string, unknown> };
  }

  /** What a person reads of each bot reply: its text, cards and buttons (ids and times left out). */
  async function converse(texts: readonly string[]): Promise<string[][]> {
    const token = String((await call('POST', '/tokens/generate', undefined, {})).json['token']);
    const conversation = await call('POST', '/conversations', token, {});
    expect(conversation.status).toBe(201);
    const id = String(conversation.json['conversationId']);
    type Activity = { type: string; from: { role?: string }; text?: string; attachments?: unknown; suggestedActions?: unknown };
    const botMessages = async (): Promise<Activity[]> =>
      ((await call('GET', `/conversations/${id}/activities`, token)).json['activities'] as Activity[]).filter(
        (a) => a.type === 'message' && a.from.role === 'bot',
      );
    const waitForMore = async (count: number): Promise<Activity[]> => {
      for (const end = Date.now() + 10_000; Date.now() < end; await new Promise((r) => setTimeout(r, 20))) {
        const messages = await botMessages();
        if (messages.length > count) return messages;
      }
      throw new Error('no reply');
    };
    let seen = (await waitForMore(0)).length;
    const turns: string[][] = [];
    for (const text of texts) {
      const posted = await call('POST', `/conversations/${id}/activities`, token, { type: 'message', from: { id: 'person' }, locale: 'fr-FR', text });
      expect(posted.status).toBe(200);
      // The turn's replies are committed together: once one is in, all are.
      const messages = await waitForMore(seen);
      turns.push(messages.slice(seen).map((a) => JSON.stringify([a.text, a.attachments, a.suggestedActions])));
      seen = messages.length;
    }
    return turns;
  }

  const followUps = [
    ['un apprenti a combien de semaines de vacances ?', 'et pour les jours feriés alors ?'],
    ["c'est quoi l'aide à l'embauche pour un patron ?", 'comment on la demande ?'],
    ["l'aide exceptionnelle à l'embauche d'un apprenti, c'est combien ?", 'et les conditions pour nous ?'],
  ] as const;

  it('answers /healthz 200 and the first turns the same as once warmed up', async () => {
    const health = await app.inject({ method: 'GET', url: '/healthz' });
    expect(health.statusCode).toBe(200);
    const cold = [];
    for (const texts of followUps) cold.push(await converse(texts));
    await app.bot.warmUp.run();
    const warm = [];
    for (const texts of followUps) warm.push(await converse(texts));
    expect(cold).toEqual(warm);
    // Not vacuous: each follow-up got an answer of its own.
    for (const turns of cold) for (const replies of turns) expect(replies.length).toBeGreaterThan(0);
  }, 60_000);
});
