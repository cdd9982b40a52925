import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdviserAccounts } from '../../src/adviser/accounts.js';
import type { Dashboard } from '../../src/adviser/dashboard/dashboard.js';
import { seedSyntheticConversations } from '../fixtures/synthetic-conversations.js';
import { EMAIL, PASSWORD, TEST_SCRYPT } from '../adviser/helpers.js';
import { seriousViolations, WCAG_AND_BEST_PRACTICE } from './support/axe.js';
import { cspComplaints, type RealAppInBrowser, startRealApp } from './support/real-app.js';

/**
 * The console's dashboard, accounts, audit log and password screens in real Chromium, on 200 synthetic
 * conversations: the figures on screen are the API's, each chart is a named SVG with its table, axe finds nothing
 * serious or critical on any of them, and disabling an account logs its open console out.
 */
const ADVISER = 'conseiller@region-normandie.fr';
const ADVISER_PW = 'la phrase de passe du conseiller';

let running: RealAppInBrowser;
let app: FastifyInstance;
let url: string;
let context: BrowserContext;
let page: Page;
let cspErrors: string[] = [];

beforeAll(async () => {
  running = await startRealApp({ dataDirPrefix: 'dashboard-e2e-', without: ['web'] });
  ({ app, url } = running);
  const accounts = new AdviserAccounts(app.storage.advisers, TEST_SCRYPT);
  await accounts.upsert(EMAIL, PASSWORD, 'admin');
  await accounts.upsert(ADVISER, ADVISER_PW, 'adviser');
  await seedSyntheticConversations(app.storage, Date.now());
  context = await running.browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  cspErrors = cspComplaints(page);
}, 120_000);

afterAll(async () => {
  await context?.close();
  await running?.close();
});

async function logIn(p: Page, email: string, password: string): Promise<void> {
  await p.goto(`${url}/conseiller/`);
  await p.getByLabel('Adresse e-mail', { exact: true }).fill(email);
  await p.getByLabel('Mot de passe', { exact: true }).fill(password);
  await p.keyboard.press('Enter');
  await p.getByRole('heading', { name: 'Rechercher une réponse' }).waitFor();
}

const apiDashboard = (days: number): Promise<Dashboard> =>
  page.evaluate(async (d) => (await (await fetch(`/api/adviser/dashboard?days=${d}`)).json()) as Dashboard, days);

describe('adviser dashboard in Chromium', () => {
  it('shows the activity of 30 days: totals, charts named for screen readers, and tables with the API’s numbers', async () => {
    await logIn(page, EMAIL, PASSWORD);
    await page.getByRole('button', { name: 'Tableau de bord' }).click();
    const chart = page.getByRole('img', { name: /^Conversations et messages par jour/ });
    await chart.waitFor();
    const d = await apiDashboard(30);
    const totals = await page.locator('dl.totals dd').allTextContents();
    const fr = (n: number): string => new Intl.NumberFormat('fr-FR').format(n);
    expect(totals[0]).toBe(fr(d.activity.totals.conversations));
    expect(totals[1]).toBe(fr(d.activity.totals.messages));
    expect(totals[2]?.startsWith(fr(d.activity.totals.fallbacks))).toBe(true);
    // The chart's description says the totals, the table has one row per day with the same numbers.
    await expect(page.locator('#chart-activity-desc').textContent()).resolves.toContain(`Messages : ${fr(d.activity.totals.messages)} du`);
    await page.getByText('Tableau des données (30 jours)').first().click();
    const rows = page.locator('section[aria-labelledby="activity-h"] tbody tr');
    await expect(rows.count()).resolves.toBe(30);
    const cells = await rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    expect(cells).toEqual(d.activity.days.map((x) => [fr(x.conversations), fr(x.messages)]));
    // Topics: one bar per topic, in the API's order, and its table.
    const bars = await page.locator('#chart-topics-title').evaluate((t) => [...(t.closest('svg')?.querySelectorAll('text.bar-label') ?? [])].map((x) => x.textContent));
    expect(bars).toEqual(d.topics.map((x) => x.label));
    // Content sections of an admin.
    await page.getByRole('heading', { name: 'Questions sans réponse, regroupées' }).waitFor();
    await expect(page.locator('section[aria-labelledby="unanswered-h"] tbody tr').count()).resolves.toBe(d.content!.unanswered.length);
    await expect(page.locator('section[aria-labelledby="unanswered-h"]').textContent()).resolves.not.toMatch(/Kevin|06 12 34 56 78/);
    await page.screenshot({ path: join(tmpdir(), 'adviser-dashboard.png'), fullPage: true });
    expect(await seriousViolations(page, WCAG_AND_BEST_PRACTICE)).toEqual([]);
  });

  it('switches to 7 and 90 days; the CSV links download the same view', async () => {
    await page.getByText('7 jours', { exact: true }).click();
    await expect.poll(() => page.locator('#dashboard-period').textContent()).toMatch(/\(7 jours\)/);
    await expect(page.locator('section[aria-labelledby="activity-h"] tbody tr').count()).resolves.toBe(7);
    expect(await seriousViolations(page, WCAG_AND_BEST_PRACTICE)).toEqual([]);
    await page.getByText('90 jours', { exact: true }).click();
    await expect.poll(() => page.locator('#dashboard-period').textContent()).toMatch(/\(90 jours\)/);
    const href = await page.getByRole('link', { name: 'Exporter « Activité » en CSV' }).getAttribute('href');
    expect(href).toBe('/api/adviser/dashboard/activite.csv?days=90');
    const body = await page.evaluate(async (h) => {
      const r = await fetch(h);
      return { type: r.headers.get('content-type'), text: await r.text() };
    }, href!);
    expect(body.type).toBe('text/csv; charset=utf-8');
    expect(body.text.split('\r\n').filter((l) => l).length).toBe(91);
    expect(await seriousViolations(page, WCAG_AND_BEST_PRACTICE)).toEqual([]);
  });

  it('accounts: an admin disables an adviser, whose open console is logged out on its next request', async () => {
    const other = await running.browser.newContext({ locale: 'fr-FR' });
    const adviserPage = await other.newPage();
    await logIn(adviserPage, ADVISER, ADVISER_PW);
    // An adviser has no accounts, audit or feedback tabs, and sees the activity only.
    await expect(adviserPage.getByRole('button', { name: 'Comptes' }).isVisible()).resolves.toBe(false);
    await expect(adviserPage.getByRole('link', { name: 'Retours des usagers (CSV)' }).isVisible()).resolves.toBe(false);
    await adviserPage.getByRole('button', { name: 'Tableau de bord' }).click();
    await adviserPage.getByRole('img', { name: /^Conversations et messages par jour/ }).waitFor();
    await expect(adviserPage.getByRole('heading', { name: 'Questions sans réponse, regroupées' }).count()).resolves.toBe(0);
    expect(await seriousViolations(adviserPage, WCAG_AND_BEST_PRACTICE)).toEqual([]);

    await page.getByRole('button', { name: 'Comptes' }).click();
    const row = page.getByRole('row', { name: new RegExp(ADVISER) });
    await row.waitFor();
    expect(await seriousViolations(page, WCAG_AND_BEST_PRACTICE)).toEqual([]);
    await row.getByRole('button', { name: `Désactiver le compte ${ADVISER}` }).click();
    await expect.poll(() => row.locator('td.state').textContent()).toBe('Désactivé');
    await expect.poll(() => page.locator('#status').textContent()).toMatch(/désactivé : ses sessions sont fermées/);

    await adviserPage.getByRole('button', { name: 'File de rappels' }).click();
    await adviserPage.getByRole('heading', { name: 'Connexion' }).waitFor();
    await expect(adviserPage.getByRole('alert').textContent()).resolves.toBe('Votre session a expiré : reconnectez-vous.');
    await other.close();

    // Admins cannot disable themselves: the button is not offered, and the server would refuse.
    await expect(page.getByRole('button', { name: `Désactiver le compte ${EMAIL}` }).isDisabled()).resolves.toBe(true);
  });

  it('audit log: filtered by action, with what was done to whom', async () => {
    await page.getByRole('button', { name: 'Journal d’audit' }).click();
    await page.getByLabel('Quoi', { exact: true }).selectOption('account_disable');
    await page.getByRole('button', { name: 'Filtrer' }).click();
    const row = page.getByRole('row', { name: new RegExp(`Compte désactivé.*${ADVISER}`) });
    await row.waitFor();
    // The unfiltered log also holds that row: wait for the filtered table to replace it, not for the row alone.
    await expect.poll(() => page.locator('#audit-result tbody tr').count()).toBe(1);
    await expect(page.locator('#audit-export').getAttribute('href')).resolves.toBe('/api/adviser/audit.csv?action=account_disable');
    expect(await seriousViolations(page, WCAG_AND_BEST_PRACTICE)).toEqual([]);
    await page.getByLabel('Du', { exact: true }).fill('2026-12-10');
    await page.getByLabel('Au', { exact: true }).fill('2026-12-01');
    await page.getByRole('button', { name: 'Filtrer' }).click();
    await expect.poll(() => page.locator('#audit-error').textContent()).toMatch(/Filtres invalides/);
  });

  it('password: the current one is required', async () => {
    await page.getByRole('button', { name: 'Mon mot de passe' }).click();
    await page.getByLabel('Mot de passe actuel', { exact: true }).fill('pas le bon mot de passe');
    await page.getByLabel('Nouveau mot de passe', { exact: true }).fill('une nouvelle phrase de passe');
    await page.getByLabel('Confirmer le nouveau mot de passe').fill('une nouvelle phrase de passe');
    await page.getByRole('button', { name: 'Changer le mot de passe' }).click();
    await expect.poll(() => page.locator('#password-error').textContent()).toBe('Le mot de passe actuel est incorrect.');
    expect(await seriousViolations(page, WCAG_AND_BEST_PRACTICE)).toEqual([]);
    await page.getByLabel('Mot de passe actuel', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Changer le mot de passe' }).click();
    await page.getByText('Mot de passe changé. Vos autres sessions sont fermées.', { exact: true }).first().waitFor();
    // Still logged in (a new session), and the new password is the one that works.
    await page.getByRole('button', { name: 'Tableau de bord' }).click();
    await page.getByRole('img', { name: /^Conversations et messages par jour/ }).waitFor();
  });

  it('raised no CSP violation', () => {
    expect(cspErrors).toEqual([]);
  });
});
