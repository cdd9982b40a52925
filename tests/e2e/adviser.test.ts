import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachBackend } from '../support/backends.js';
import { AdviserAccounts } from '../../src/adviser/accounts.js';
import { ConversationRecords } from '../../src/services/conversation-records.js';
import { converse, EMAIL, PASSWORD, TEST_SCRYPT } from '../adviser/helpers.js';
import { seriousViolations, WCAG_AND_BEST_PRACTICE } from './support/axe.js';
import { cspComplaints, type RealAppInBrowser, startRealApp } from './support/real-app.js';

/**
 * The adviser console in real Chromium against the real app (knowledge, orientation bot, adviser API): a young
 * person asks for a callback through Direct Line, then an adviser logs in with the keyboard, finds the pay of a
 * 17-year-old apprentice, copies the card, reads the shared conversation and closes the callback. Every view
 * is checked with axe-core and under the page's CSP.
 */
describeEachBackend('adviser console', (backend) => {
  let running: RealAppInBrowser;
  let app: FastifyInstance;
  let url: string;
  let context: BrowserContext;
  let page: Page;
  let cspErrors: string[] = [];
  let code = '';

  beforeAll(async () => {
    await backend.reset();
    running = await startRealApp({ dataDirPrefix: 'adviser-e2e-', env: backend.env(), without: ['web'] });
    ({ app, url } = running);
    await new AdviserAccounts(app.storage.advisers, TEST_SCRYPT).upsert(EMAIL, PASSWORD);
    ({ code } = await converse(url, { consent: true, transcript: true, callback: { firstName: 'Camille', phone: '06 12 34 56 78' } }));

    context = await running.browser.newContext({ locale: 'fr-FR' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: url });
    page = await context.newPage();
    cspErrors = cspComplaints(page);
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await running?.close();
  });

  describe('adviser console in Chromium', () => {
    it('logs in with the keyboard only', async () => {
      await page.goto(`${url}/conseiller/`);
      const email = page.getByLabel('Adresse e-mail', { exact: true });
      await email.waitFor();
      // Focus starts in the form; Tab and Enter are enough.
      await expect(email.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
      expect(await seriousViolations(page, WCAG_AND_BEST_PRACTICE)).toEqual([]);
      await page.keyboard.type(EMAIL);
      await page.keyboard.press('Tab');
      await page.keyboard.type('mauvais mot de passe');
      await page.keyboard.press('Enter');
      await expect(page.getByRole('alert').textContent()).resolves.toBe('Adresse e-mail ou mot de passe incorrect.');
      await page.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD);
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: 'Rechercher une réponse' }).waitFor();
      await expect(page.locator('#account-email').textContent()).resolves.toBe(EMAIL);
      // The session cookie is out of reach of scripts.
      await expect(page.evaluate(() => document.cookie)).resolves.toBe('');
    });

    it('searches "salaire apprenti 17 ans" and copies the card as plain text with source and date', async () => {
      const input = page.getByRole('searchbox', { name: 'Question ou mots-clés' });
      await expect(input.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
      await input.fill('salaire apprenti 17 ans');
      await input.press('Enter');
      const card = page.locator('article.card').first();
      await card.getByRole('heading', { name: "Salaire minimum d'un apprenti" }).waitFor();
      await expect.poll(() => page.locator('#status').textContent()).toMatch(/^\d+ réponses? pour « salaire apprenti 17 ans »\.$/);

      await card.getByRole('button', { name: 'Copier', exact: true }).click();
      await expect.poll(() => page.locator('#status').textContent()).toBe("Réponse copiée : Salaire minimum d'un apprenti.");
      const clipboard = await page.evaluate(() => navigator.clipboard.readText());
      const hidden = await page.locator('#copy-buffer').inputValue();
      expect(clipboard).toBe(hidden);
      const lines = clipboard.split('\n');
      expect(lines[0]).toBe("Salaire minimum d'un apprenti");
      expect(lines[1]).toBe("À 17 ans, voici le salaire minimum d'un apprenti selon l'année du contrat :");
      expect(clipboard).toMatch(/^1re année : \d{3},\d{2} € brut par mois \(\d+ % du SMIC\)$/m);
      expect(lines.at(-1)).toMatch(/^Source : .*https:\/\/\S+.*\(données du \d{1,2}(er)? \p{L}+ \d{4} ; SMIC de .+ au .+\)\.$/u);
      expect(clipboard).not.toMatch(/<|&[a-z]+;/);

      await card.getByRole('button', { name: 'Copier le lien' }).click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${url}/conseiller/#reponse=salary%3A17`);
      // For a human look (not an assertion): the results page, outside the repository.
      await page.screenshot({ path: join(tmpdir(), 'adviser-search.png') });
      expect(await seriousViolations(page, WCAG_AND_BEST_PRACTICE)).toEqual([]);
    });

    it('opens an answer from its permalink', async () => {
      const other = await context.newPage();
      await other.goto(`${url}/conseiller/#reponse=faq%3Aperiode-essai`);
      const card = other.locator('article.card.highlight');
      await card.getByRole('heading', { name: /période d'essai/i }).waitFor();
      await expect(card.locator('.source').textContent()).resolves.toMatch(/vérifié le/);
      await other.close();
    });

    it('reads the shared conversation from its reference code', async () => {
      await page.getByRole('button', { name: 'Référence de conversation' }).click();
      const field = page.getByLabel('Code de référence (6 caractères)');
      await expect(field.evaluate((el) => el.closest('section')?.contains(document.activeElement) ?? false)).resolves.toBe(true);
      await field.fill(`${code.slice(0, 3).toLowerCase()} ${code.slice(3)}`);
      await field.press('Enter');
      const heading = page.getByRole('heading', { name: `Conversation ${code.slice(0, 3)} ${code.slice(3)}` });
      await heading.waitFor();
      await expect(heading.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
      await expect(page.locator('dl.summary').textContent()).resolves.toContain('17 ans');
      await expect(page.locator('ol.transcript li').first().textContent()).resolves.toContain('Assistant');
      expect(await seriousViolations(page, WCAG_AND_BEST_PRACTICE)).toEqual([]);

      await field.fill('ZZZ ZZZ');
      await field.press('Enter');
      await expect(page.getByRole('alert').textContent()).resolves.toMatch(/Aucune conversation partagée avec ce code/);
    });

    it('opens the callback queue and marks the request done', async () => {
      await page.getByRole('button', { name: 'File de rappels' }).click();
      const row = page.getByRole('row', { name: /Camille/ });
      await row.waitFor();
      await expect(row.getByRole('link').getAttribute('href')).resolves.toBe('tel:0612345678');
      await expect(row.getByRole('link').textContent()).resolves.toBe('06 12 34 56 78');
      await page.screenshot({ path: join(tmpdir(), 'adviser-queue.png') });
      expect(await seriousViolations(page, WCAG_AND_BEST_PRACTICE)).toEqual([]);

      await row.getByRole('button', { name: 'Marquer traitée : demande de Camille' }).click();
      await expect.poll(() => row.locator('td.status').textContent()).toBe('Traitée');
      await expect.poll(() => page.locator('#status').textContent()).toBe('Demande de Camille : traitée.');
      // Focus stays in the row (on its "Rouvrir" button), not lost to the top of the page.
      await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Rouvrir');
      const stored = await new ConversationRecords(app.storage).listCallbacks();
      expect(stored.map((c) => c.status)).toEqual(['done']);

      await page.getByLabel('Afficher').selectOption('new');
      await page.getByText('Aucune demande de rappel.').waitFor();
    });

    it('logs out, and the session is gone server-side', async () => {
      await page.getByRole('button', { name: 'Se déconnecter' }).click();
      await page.getByRole('heading', { name: 'Connexion' }).waitFor();
      const status = await page.evaluate(async () => (await fetch('/api/adviser/callbacks')).status);
      expect(status).toBe(401);
    });

    it('raised no CSP violation', () => {
      expect(cspErrors).toEqual([]);
    });
  });
});
