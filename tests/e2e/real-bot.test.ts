import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachBackend } from '../support/backends.js';
import { type RealAppInBrowser, startRealApp } from './support/real-app.js';
import { seriousViolations } from './support/axe.js';
import { chat, log, openChat, say } from './support/widget-page.js';

/** The widget on the demo page with the real orientation bot and the real knowledge base, end to end. */
describeEachBackend('the real bot in the widget', (backend) => {
  let running: RealAppInBrowser;
  let browser: Browser;
  let app: FastifyInstance;
  let url: string;
  let context: BrowserContext;

  beforeAll(async () => {
    running = await startRealApp({ dataDirPrefix: 'abn-real-', env: backend.env() });
    ({ app, url, browser } = running);
  });

  afterAll(async () => {
    await context?.close();
    await running?.close();
  });

  it('answers a typed trade question with a sourced card, then a clicked quick reply, then a town', async () => {
    context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 360, height: 640 } });
    const page = await context.newPage();
    await page.goto(`${url}/`);
    await openChat(page);
    const c = chat(page);
    await c.getByText(/assistant virtuel de la Région Normandie/).waitFor();

    await say(page, 'jveu etre boulangère');
    await c.getByText(/Diplômes ouverts à l'apprentissage/).waitFor();
    await expect(log(page).getByText(/CAP boulanger/).first().isVisible()).resolves.toBe(true);
    await expect(log(page).getByText(/Source : France Travail/).first().count()).resolves.toBeGreaterThan(0);

    await c.getByRole('group', { name: 'Réponses suggérées' }).getByRole('button', { name: 'Où me former ?' }).click();
    await c.getByText(/Dans quelle ville de Normandie/).waitFor();
    await say(page, 'Lisieux');
    await c.getByText(/le lieu le plus proche est/).waitFor();
    await expect(log(page).getByText(/à vérifier auprès du CFA/).first().isVisible()).resolves.toBe(true);

    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(process.cwd(), 'tests', 'artifacts', 'real-bot-360x640.png') });
  });
});
