import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { normandyDay } from '../../src/services/normandy-day.js';
import { startAdviserApp, type AdviserTestApp } from '../adviser/helpers.js';
import { DirectLineRest } from '../channel/helpers.js';

/**
 * The real orientation bot over Direct Line counts what the dashboard shows: a conversation on its first message
 * (not on the welcome), each message under the topic a dialog answered, or as a fallback.
 */
let t: AdviserTestApp;
let dl: DirectLineRest;

beforeAll(async () => {
  t = await startAdviserApp();
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  dl = new DirectLineRest(`http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`);
}, 60_000);
afterAll(async () => {
  await t?.close();
});

async function counts(): Promise<Record<string, number>> {
  await t.app.bot.usage.flush();
  const today = normandyDay(Date.now());
  return Object.fromEntries((await t.app.storage.usage.counts(today, today)).map((c) => [c.metric, c.count]));
}

it('counts conversations on their first message, messages by topic, and fallbacks', async () => {
  expect(await counts()).toEqual({});
  const silent = await dl.start();
  const c = await dl.start();
  for (const text of ["j'ai 17 ans, quel est mon salaire d'apprenti ?", 'xqzv blorp wuut', 'xqzv blorp wuut encore']) {
    const sent = await dl.send(c, text);
    expect(sent.status).toBe(200);
  }
  const after = await counts();
  expect(after['conversations']).toBe(1);
  expect(after['messages']).toBe(3);
  expect(after['topic:salary']).toBe(1);
  expect(after['fallbacks']).toBe(2);
  // A conversation opened and never written to is not counted.
  expect(silent.conversationId).not.toBe(c.conversationId);
  const sent = await dl.send(c, 'et pour les aides ?');
  expect(sent.status).toBe(200);
  const last = await counts();
  expect(last['conversations']).toBe(1);
  expect(last['messages']).toBe(4);
  expect(Object.entries(last).filter(([k]) => k.startsWith('topic:')).reduce((n, [, v]) => n + v, 0) + (last['fallbacks'] ?? 0)).toBe(4);
}, 60_000);
