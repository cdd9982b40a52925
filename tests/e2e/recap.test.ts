import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recapDocumentSchema } from '../../src/recap/document.js';
import { newRecapToken } from '../../src/services/recap-store.js';
import { hostileDocument } from '../recap/support/hostile-document.js';
import { type RealAppInBrowser, startRealApp } from './support/real-app.js';
import { seriousViolations } from './support/axe.js';
import { chat, log, openChat, say } from './support/widget-page.js';

const ARTIFACTS = join(process.cwd(), 'tests', 'artifacts');

/** Pages of a PDF: its page objects (not the /Pages tree nodes). */
function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

/** A guided conversation in the widget, then "mon récap", then the page itself in Chromium: screen, print, erasure. */
describe('Mon récap in the browser', () => {
  let running: RealAppInBrowser;
  let browser: Browser;
  let app: FastifyInstance;
  let url: string;
  let context: BrowserContext;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    running = await startRealApp({ dataDirPrefix: 'abn-recap-' });
    ({ app, url, browser } = running);
    context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 360, height: 640 } });
  });

  afterAll(async () => {
    await context?.close();
    await running?.close();
  });

  it('guided conversation → the places card with its map → "mon récap" → a page with the trade, a place with km, the pay and an aid with its source; A4 PDF of 1–2 pages; erased → 404', async () => {
    const page = await context.newPage();
    await page.goto(`${url}/`);
    await openChat(page);
    const c = chat(page);
    await c.getByText(/assistant virtuel de la Région Normandie/).waitFor();

    await say(page, 'je veux devenir boulanger');
    await c.getByText(/Diplômes ouverts à l'apprentissage/).waitFor();
    await c.getByRole('group', { name: 'Réponses suggérées' }).getByRole('button', { name: 'Où me former ?' }).click();
    await c.getByText(/Dans quelle ville de Normandie/).waitFor();
    await say(page, 'Lisieux');
    await c.getByText(/le lieu le plus proche est/).waitFor();

    // The places card: numbered lines, and the map behind "En savoir plus", announced by its text alternative.
    await log(page).getByRole('button', { name: 'En savoir plus' }).last().click();
    const map = log(page).getByRole('img', { name: /^Carte de la Normandie : le carré blanc marque Lisieux, les points numérotés les lieux de la liste \(1 : / });
    await map.waitFor();
    expect(await map.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await map.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ARTIFACTS, 'places-card-map-360x640.png') });

    await say(page, "j'ai 17 ans, combien je serai payé ?");
    await c.getByText(/Salaire minimum d'un apprenti/).waitFor();
    await say(page, 'mon récap');
    await c.getByText(/Voici ton récap/).waitFor();
    const text = (await log(page).textContent()) ?? '';
    const recapUrl = /(http:\/\/127\.0\.0\.1:\d+\/recap\/[A-Za-z0-9_-]{22})/.exec(text)?.[1];
    expect(recapUrl, text.slice(-600)).toBeDefined();

    // The page, readable without the chat, on a phone.
    const recap = await context.newPage();
    const response = await recap.goto(recapUrl!);
    expect(response?.status()).toBe(200);
    await expect(recap.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Mon récap apprentissage');
    const sectionText = async (name: RegExp): Promise<string> => (await recap.getByRole('region', { name }).textContent()) ?? '';
    expect(await sectionText(/^Le métier$/)).toMatch(/Boulanger/);
    expect(await sectionText(/^Où se former, autour de Lisieux$/)).toMatch(/— [^,]+, (< 1|\d+) km/);
    expect(await sectionText(/^Où se former/)).toMatch(/offre 20\d\d/);
    expect(await sectionText(/^Ton salaire minimum d'apprenti à 17 ans$/)).toMatch(/1re année.*€ brut par mois/s);
    const aids = await sectionText(/^Les aides qui peuvent te concerner$/);
    expect(aids).toMatch(/Source : .+, vérifié le/);
    await expect(recap.getByRole('region', { name: /^Les aides/ }).getByRole('link', { name: 'Voir la source' }).first().getAttribute('href')).resolves.toMatch(/^https:\/\//);
    expect(await sectionText(/^Les contacts$/)).toMatch(/0800 050 000.*Mission.*La bonne alternance/s);
    expect(await sectionText(/^Ta référence$/)).toMatch(/[0-9A-Z]{3} [0-9A-Z]{3}/);
    await recap.getByRole('img', { name: /^Carte de la Normandie : le carré blanc marque Lisieux/ }).waitFor();
    expect(await seriousViolations(recap)).toEqual([]);
    await recap.screenshot({ path: join(ARTIFACTS, 'recap-360x640.png') });
    await recap.screenshot({ path: join(ARTIFACTS, 'recap-360-full.png'), fullPage: true });

    // Print: A4 without cut lines, one or two pages.
    await recap.emulateMedia({ media: 'print' });
    await recap.setViewportSize({ width: 794, height: 1123 });
    await recap.screenshot({ path: join(ARTIFACTS, 'recap-a4.png') });
    const pdf = await recap.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    writeFileSync(join(ARTIFACTS, 'recap-a4.pdf'), pdf);
    const pages = pdfPageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    writeFileSync(join(ARTIFACTS, 'recap-figures.json'), JSON.stringify({ pdfPages: pages, pdfBytes: pdf.length }, null, 2));

    // "Effacer ma conversation" in the chat: the page is gone, with the same 404 as an unknown address.
    await say(page, 'effacer ma conversation');
    await expect.poll(async () => (await recap.goto(recapUrl!))?.status(), { timeout: 20_000 }).toBe(404);
    const unknown = await recap.goto(`${url}/recap/${newRecapToken()}`);
    expect(unknown?.status()).toBe(404);
    await page.close();
    await recap.close();
  }, 180_000);

  it('shows hostile strings as text: nothing a person typed runs or becomes markup on the page', async () => {
    const token = newRecapToken();
    await app.bot.recaps.save(token, 'hostile-conversation', recapDocumentSchema.parse(hostileDocument()));
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    expect((await page.goto(`${url}/recap/${token}`))?.status()).toBe(200);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('<script>window.__xss = 1</script>');
    expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(await page.locator('script, iframe, img, details').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
