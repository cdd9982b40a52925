import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { channelMessages } from '../../src/bot/channel-messages.js';
import { loadConfig } from '../../src/config.js';
import { sharedKnowledge } from '../helpers/knowledge.js';
import { launchBrowser } from './support/browser.js';
import { PARTNER_HOST, startWebChatSite } from './support/webchat-site.js';
import { chat, chatFrame, openChat, say } from './support/widget-page.js';

const ARTIFACTS = join(process.cwd(), 'tests', 'artifacts');
const PAY_QUESTION = "j'ai 18 ans, combien je serai payé ?";
const PAY_TITLE = "Salaire minimum d'un apprenti";
/** Web Chat's Markdown (typographer) curls apostrophes: "d'un" is shown "d’un". The same words, told apart by that only. */
const typographic = (s: string): RegExp => new RegExp(s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]"));
const PLACE_TITLE = 'Se former en apprentissage : boulanger';
/** A real image (Web Chat makes a thumbnail of it before sending). */
const ONE_PIXEL_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

/** What a card shows before any toggle is opened: its visible text blocks and table rows ("1re année | 802,82 €…"). */
interface VisibleCard {
  texts: string[];
  facts: string[];
}

/**
 * Reads the visible Adaptive Cards of a page, in either client: Web Chat renders them with the adaptivecards library
 * (.ac-adaptiveCard, .ac-textBlock, .ac-factset rows), our widget with its own renderer (.card.adaptive, .ac-text,
 * dl.facts). Whitespace is normalised (Web Chat's Markdown and our plain text break lines differently).
 */
function readCards(target: Page | Frame, client: 'webchat' | 'widget'): Promise<VisibleCard[]> {
  return target.evaluate((which) => {
    // Whitespace, and the apostrophes Web Chat's Markdown curls (d'un → d’un), are not what the person reads differently.
    // Web Chat also wraps the links its Markdown finds ("service-public.fr") in zero-width spaces.
    const norm = (s: string): string => s.replace(/\u200b/g, '').replace(/\s+/g, ' ').replace(/’/g, "'").trim();
    const visible = (e: Element): boolean => (e as HTMLElement).checkVisibility();
    const roots = [...document.querySelectorAll(which === 'webchat' ? '.ac-adaptiveCard' : '.card.adaptive')].filter(
      (root) => visible(root) && !root.parentElement?.closest(which === 'webchat' ? '.ac-adaptiveCard' : '.card.adaptive'),
    );
    return roots.map((root) => {
      // Web Chat draws a fact's title and value as TextBlocks in table cells (and a spacer cell between them).
      const texts = [...root.querySelectorAll(which === 'webchat' ? '.ac-textBlock' : '.ac-text')]
        .filter((e) => visible(e) && !e.closest('.ac-factset'))
        .map((e) => norm((e as HTMLElement).innerText));
      const facts =
        which === 'webchat'
          ? [...root.querySelectorAll('.ac-factset tr')]
              .filter(visible)
              .map((tr) => [...tr.querySelectorAll('td')].map((td) => norm(td.innerText)).filter((t) => t !== '').join(' | '))
          : [...root.querySelectorAll('dl.facts dt')].filter(visible).map((dt) => `${norm((dt as HTMLElement).innerText)} | ${norm((dt.nextElementSibling as HTMLElement).innerText)}`);
      return { texts, facts };
    });
  }, client);
}

function cardTitled(cards: VisibleCard[], title: string): VisibleCard {
  const card = cards.find((c) => c.texts[0] === title);
  if (!card) throw new Error(`no card "${title}" in ${JSON.stringify(cards.map((c) => c.texts[0]))}`);
  return card;
}

describe("Microsoft's Web Chat against our Direct Line, and our widget, with the real bot", () => {
  let browser: Browser;
  let app: FastifyInstance;
  let site: Awaited<ReturnType<typeof startWebChatSite>>;
  let botUrl: string;
  let dataDir: string;
  let webChatCards: VisibleCard[] = [];
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    site = await startWebChatSite();
    dataDir = mkdtempSync(join(tmpdir(), 'abn-webchat-'));
    // The partner's origin is allowed by configuration only: partner.test is neither localhost nor the bot.
    const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', KNOWLEDGE_WATCH: 'false', ALLOWED_ORIGINS: site.origin });
    [browser, app] = await Promise.all([
      launchBrowser([`--host-resolver-rules=MAP ${PARTNER_HOST} 127.0.0.1`]),
      buildApp({ config, logger: false, knowledgeStore: await sharedKnowledge() }),
    ]);
    await app.listen({ port: 0, host: '127.0.0.1' });
    botUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    site.serveBot(botUrl);
  });

  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await app?.close();
    await site?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('renders the welcome, suggested actions, a pay FactSet of three rows, a place card and a polite answer to an upload, with no console error', async () => {
    const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 420, height: 860 } });
    contexts.push(context);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    if (process.env['E2E_DEBUG']) page.on('console', (m) => process.stderr.write(`[webchat ${m.type()}] ${m.text()}\n`));
    await page.goto(`${site.origin}/`);

    // Web Chat repeats each message for screen readers ("Le bot a dit : …"): the first match is the bubble.
    const seen = async (text: string | RegExp, timeout?: number): Promise<void> => {
      try {
        await page.getByText(text).first().waitFor(timeout ? { timeout } : {});
      } catch (err) {
        await page.screenshot({ path: join(ARTIFACTS, 'webchat-failure.png'), fullPage: true });
        throw err;
      }
    };
    await seen(/assistant virtuel de la Région Normandie/, 20_000);
    const suggestions = page.locator('.webchat__suggested-actions');
    await suggestions.getByRole('button', { name: 'Salaire' }).waitFor();

    const input = page.getByRole('textbox').first();
    const send = async (text: string): Promise<void> => {
      await input.fill(text);
      await input.press('Enter');
    };

    await send(PAY_QUESTION);
    const payCard = page.locator('.ac-adaptiveCard', { hasText: typographic(PAY_TITLE) });
    await payCard.waitFor();
    await expect(payCard.locator('.ac-factset tr').count()).resolves.toBe(3);
    await expect(payCard.locator('.ac-factset').innerText()).resolves.toMatch(/1re année\s+802,82 € brut par mois \(43 % du SMIC\)/);
    // Each line is its own block: the source is not glued to the table or the note (the bug this card fixes).
    await expect(payCard.locator('.ac-textBlock', { hasText: /^Source : / }).count()).resolves.toBe(1);
    await page.screenshot({ path: join(ARTIFACTS, 'webchat-pay.png') });

    await send('je veux devenir boulanger');
    await page.locator('.ac-adaptiveCard', { hasText: 'Boulanger / Boulangère' }).waitFor();
    await suggestions.getByRole('button', { name: 'Où me former ?' }).click();
    await seen(/Dans quelle ville de Normandie/);
    await send('Caen');
    const placeCard = page.locator('.ac-adaptiveCard', { hasText: PLACE_TITLE });
    await placeCard.waitFor();
    await expect(placeCard.getByText(/CIFAC — Caen/).isVisible()).resolves.toBe(true);
    // The offers' date is said in the answer's text with the first place (a long card folds its end on a phone).
    await expect(page.getByText(/Ces offres datent de \d{4} : à vérifier auprès du CFA/).last().isVisible()).resolves.toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'webchat-place.png') });

    // Web Chat's paperclip (4.18 attaches, then sends with the send button): the file goes to …/upload, and the
    // answer is the polite sentence, not "Échec de l'envoi".
    await page.locator('input[type="file"]').setInputFiles({ name: 'bulletin.png', mimeType: 'image/png', buffer: ONE_PIXEL_PNG });
    await page.locator('.webchat__attachment-icon--checked').waitFor();
    const uploaded = page.waitForResponse((r) => r.url().includes('/upload'));
    await page.locator('button.webchat__send-button').click();
    expect((await uploaded).status()).toBe(200);
    await seen(typographic(channelMessages.filesNotRead));
    await expect(page.getByText(/Échec|Impossible d'envoyer|Send failed/i).count()).resolves.toBe(0);
    await page.screenshot({ path: join(ARTIFACTS, 'webchat-upload.png'), fullPage: true });

    webChatCards = await readCards(page, 'webchat');
    expect(cardTitled(webChatCards, PAY_TITLE).facts).toHaveLength(3);
    expect(errors).toEqual([]);
  }, 120_000);

  it('our widget shows the same cards, word for word, for the same conversation', async () => {
    expect(webChatCards.length, 'runs after the Web Chat test').toBeGreaterThan(0);
    const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 420, height: 860 } });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${botUrl}/`);
    await openChat(page);
    const c = chat(page);
    await c.getByText(/assistant virtuel de la Région Normandie/).waitFor();
    await say(page, PAY_QUESTION);
    await c.getByRole('group', { name: PAY_TITLE }).waitFor();
    await say(page, 'je veux devenir boulanger');
    await c.getByRole('group', { name: 'Boulanger / Boulangère' }).waitFor();
    await c.getByRole('group', { name: 'Réponses suggérées' }).getByRole('button', { name: 'Où me former ?' }).click();
    await c.getByText(/Dans quelle ville de Normandie/).waitFor();
    await say(page, 'Caen');
    await c.getByRole('group', { name: PLACE_TITLE }).waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'widget-same-conversation.png') });

    const widgetCards = await readCards(await chatFrame(page), 'widget');
    for (const title of [PAY_TITLE, 'Boulanger / Boulangère', PLACE_TITLE]) {
      expect(cardTitled(widgetCards, title), title).toEqual(cardTitled(webChatCards, title));
    }
  }, 120_000);
});
