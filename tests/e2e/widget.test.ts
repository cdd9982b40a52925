import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { describeEachBackend } from '../support/backends.js';
import { launchBrowser } from './support/browser.js';
import { type RunningServer, startPartnerSite, startServer } from './support/server.js';
import { LATE_REPLY, SALARY_TITLE, SHOWCARD_DETAIL } from './support/test-bot.js';
import { XSS_TEXTS } from './support/xss-corpus.js';
import { seriousViolations } from './support/axe.js';
import { chat, chatFrame, launcher, log, openChat, savedSession, say } from './support/widget-page.js';

const ARTIFACTS = join(process.cwd(), 'tests', 'artifacts');

describeEachBackend('widget', (backend) => {
  let browser: Browser;
  let server: RunningServer;
  let context: BrowserContext;
  let cspErrors: string[];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    [browser, server] = await Promise.all([launchBrowser(), startServer(backend.env())]);
  });

  afterAll(async () => {
    // A turn left waiting by a failed test would hold the server's graceful close.
    server?.control.releaseLate();
    await browser?.close();
    await server?.close();
  });

  async function newPage(options: Parameters<Browser['newContext']>[0] = {}): Promise<Page> {
    context = await browser.newContext({ locale: 'fr-FR', ...options });
    const page = await context.newPage();
    cspErrors = [];
    page.on('console', (m) => {
      if (process.env.E2E_DEBUG) process.stderr.write(`[console] ${m.text()}\n`);
      if (/Content.Security.Policy/i.test(m.text())) cspErrors.push(m.text());
    });
    return page;
  }

  afterEach(async () => {
    // Everything must work under the strict CSP of the chat page and of the partner page.
    expect(cspErrors).toEqual([]);
    await context?.close();
  });

  describe('chat widget in Chromium', () => {
    it('answers a typed question and a quick reply with cards, on the demo page', async () => {
      const page = await newPage();
      await page.goto(`${server.url}/`);
      await expect(launcher(page).getAttribute('aria-expanded')).resolves.toBe('false');
      await openChat(page);
      await expect(launcher(page).getAttribute('aria-expanded')).resolves.toBe('true');

      const c = chat(page);
      await c.getByText('Bonjour ! Je suis l’assistant de test.').waitFor();
      // Quick replies from the welcome stay on screen until answered.
      await c.getByRole('group', { name: 'Réponses suggérées' }).getByRole('button', { name: 'Salaire' }).waitFor();

      await say(page, 'Quel salaire pour un apprenti ?');
      const card = c.getByRole('group', { name: SALARY_TITLE });
      await card.waitFor();
      await expect(card.getByText('À 18 ans, en première année : 53 % du SMIC.', { exact: false }).isVisible()).resolves.toBe(true);
      await expect(card.getByText('Source : Service-Public.fr, vérifié le 1 janvier 2025').isVisible()).resolves.toBe(true);
      await expect(card.getByRole('link', { name: /En savoir plus/ }).getAttribute('href')).resolves.toBe(
        'https://www.service-public.fr/particuliers/vosdroits/F2918',
      );
      await expect(card.getByRole('link', { name: 'Appeler le 0800 050 000' }).getAttribute('href')).resolves.toBe('tel:0800050000');
      await expect(log(page).locator('.sources li').textContent()).resolves.toBe(
        'Source : Service-Public.fr (nouvel onglet), mise à jour : 1 janvier 2025',
      );
      // The typed question is shown once (the channel's echo is merged with the local bubble).
      await expect(log(page).getByText('Quel salaire pour un apprenti ?').count()).resolves.toBe(1);

      // The welcome's quick replies were answered: now the card's own quick replies are shown.
      const quick = c.getByRole('group', { name: 'Réponses suggérées' });
      await expect(quick.getByRole('button').allTextContents()).resolves.toEqual(['Aides', 'Parler à un conseiller']);
      await quick.getByRole('button', { name: 'Aides' }).click();
      const aids = c.getByRole('group', { name: 'Aides pour les apprentis' });
      await aids.waitFor();
      await expect(aids.getByRole('heading', { name: 'Aides pour les apprentis' }).isVisible()).resolves.toBe(true);
      await expect(c.getByText('Permis de conduire').isVisible()).resolves.toBe(true);
      await expect(quick.isHidden()).resolves.toBe(true);
      // Action.ShowCard: a disclosure button; its card stays hidden until opened, and closes again.
      const more = aids.getByRole('button', { name: 'En savoir plus' });
      await expect(more.getAttribute('aria-expanded')).resolves.toBe('false');
      await expect(aids.getByText(SHOWCARD_DETAIL).isHidden()).resolves.toBe(true);
      await more.click();
      await expect(more.getAttribute('aria-expanded')).resolves.toBe('true');
      await expect(aids.getByText(SHOWCARD_DETAIL).isVisible()).resolves.toBe(true);
      await more.press('Enter');
      await expect(aids.getByText(SHOWCARD_DETAIL).isHidden()).resolves.toBe(true);

      // The free phone line is always in reach.
      await expect(c.getByRole('link', { name: 'Appeler le 0800 050 000, appel gratuit' }).getAttribute('href')).resolves.toBe('tel:0800050000');
      await expect(c.locator('html').getAttribute('lang')).resolves.toBe('fr');
      await page.screenshot({ path: join(ARTIFACTS, 'widget-desktop-1280x800.png') });
    });

    it('keeps the same conversation and the whole history after a reload', async () => {
      const page = await newPage();
      await page.goto(`${server.url}/`);
      await openChat(page);
      await say(page, 'salaire');
      await chat(page).getByRole('group', { name: SALARY_TITLE }).waitFor();
      const before = await savedSession(page);
      const messagesBefore = await log(page).locator('.msg').count();
      expect(before?.conversationId).toBeTruthy();

      await page.reload();
      // The widget reopens by itself and rebuilds the history from the channel.
      await chat(page).getByRole('group', { name: SALARY_TITLE }).waitFor();
      await expect(log(page).locator('.msg').count()).resolves.toBe(messagesBefore);
      expect((await savedSession(page))?.conversationId).toBe(before?.conversationId);
      // The quick replies of the last answer are still offered.
      await chat(page).getByRole('group', { name: 'Réponses suggérées' }).getByRole('button', { name: 'Aides' }).waitFor();

      await say(page, 'toujours là ?');
      await chat(page).getByText('Vous avez écrit : toujours là ?').waitFor();
      expect((await savedSession(page))?.conversationId).toBe(before?.conversationId);
    });

    it('reconnects after a network loss and shows what was sent meanwhile', async () => {
      const page = await newPage();
      let networkDown = false;
      const sockets: { close(): Promise<void> }[] = [];
      await context.routeWebSocket(/\/v3\/directline\/conversations\/.+\/stream/, (ws) => {
        if (networkDown) {
          void ws.close({ code: 1006 });
          return;
        }
        ws.connectToServer();
        sockets.push(ws);
      });
      await page.goto(`${server.url}/`);
      await openChat(page);
      await say(page, 'lent');
      await chat(page).getByText('D’accord, je cherche…').waitFor();
      await server.control.lateWaiting();

      networkDown = true;
      await context.setOffline(true);
      await Promise.all(sockets.map((s) => s.close()));
      const status = chat(page).getByText('Connexion perdue. Nouvelle tentative en cours…');
      await status.waitFor();

      // The bot answers while the widget is offline.
      server.control.releaseLate();
      await server.control.lateSent();
      networkDown = false;
      await context.setOffline(false);

      await chat(page).getByText(LATE_REPLY).waitFor({ timeout: 20_000 });
      await chat(page).getByText('Connexion rétablie.').waitFor();
      await expect(log(page).getByText(LATE_REPLY).count()).resolves.toBe(1);
    });

    it('can be used with the keyboard only; Escape closes and gives focus back to the launcher', async () => {
      const page = await newPage();
      await page.goto(`${server.url}/`);
      let onLauncher = false;
      for (let i = 0; i < 15 && !onLauncher; i++) {
        await page.keyboard.press('Tab');
        onLauncher = await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.classList.contains('launcher') ?? false);
      }
      expect(onLauncher).toBe(true);
      await page.keyboard.press('Enter');
      const frame = await chatFrame(page);
      await frame.waitForFunction(() => document.activeElement?.id === 'chat-input');
      await page.keyboard.type('salaire');
      await page.keyboard.press('Enter');
      await chat(page).getByRole('group', { name: SALARY_TITLE }).waitFor();
      await chat(page).getByRole('group', { name: 'Réponses suggérées' }).waitFor();

      // Back from the input to the last quick reply, then Enter.
      await page.keyboard.press('Shift+Tab');
      await expect(frame.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Parler à un conseiller');
      await page.keyboard.press('Enter');
      await chat(page).getByText('Vous avez écrit : conseiller').waitFor();
      // Focus went back to the input, ready for the next question.
      await expect(frame.evaluate(() => document.activeElement?.id)).resolves.toBe('chat-input');

      await page.keyboard.press('Escape');
      await page.waitForFunction(() => document.activeElement?.shadowRoot?.activeElement?.classList.contains('launcher') === true);
      await expect(page.locator('[data-abn-widget] iframe').isHidden()).resolves.toBe(true);
      await expect(launcher(page).getAttribute('aria-expanded')).resolves.toBe('false');
    });

    it('fits a 360×640 phone: full screen, input visible, 44 px targets; no overflow at 320 px', async () => {
      const page = await newPage({ viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
      await page.goto(`${server.url}/`);
      await page.screenshot({ path: join(ARTIFACTS, 'widget-360x640-closed.png') });
      await openChat(page);
      await say(page, 'salaire');
      await chat(page).getByRole('group', { name: SALARY_TITLE }).waitFor();
      // The frame slides in (160 ms, loader.css): a reply faster than that was measured mid-slide, a fraction of a
      // pixel below the top. The geometry is the frame's once opened.
      await page.locator('[data-abn-widget] iframe').evaluate((el) => Promise.all(el.getAnimations().map((a) => a.finished)));

      const frameBox = await page.locator('[data-abn-widget] iframe').boundingBox();
      expect(frameBox).toMatchObject({ x: 0, y: 0, width: 360, height: 640 });
      const input = chat(page).getByRole('textbox', { name: 'Votre message' });
      const inputBox = await input.boundingBox();
      expect(inputBox).not.toBeNull();
      if (inputBox) expect(inputBox.y + inputBox.height).toBeLessThanOrEqual(640);
      await expect(input.isVisible()).resolves.toBe(true);

      const frame = await chatFrame(page);
      const small = await frame.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('button, .chip, .action, .phone, .erase, summary, textarea')]
          .filter((e) => e.offsetParent !== null)
          .map((e) => ({ name: e.textContent || e.getAttribute('aria-label'), ...e.getBoundingClientRect().toJSON() as DOMRect }))
          .filter((r) => r.width < 44 || r.height < 44),
      );
      expect(small).toEqual([]);
      await page.screenshot({ path: join(ARTIFACTS, 'widget-360x640-open.png') });

      // The on-screen keyboard shrinks the visual viewport: the frame follows it and the input stays above it.
      await page.setViewportSize({ width: 360, height: 330 });
      await expect.poll(async () => {
        const box = await input.boundingBox();
        return box ? box.y + box.height : Infinity;
      }).toBeLessThanOrEqual(330);

      await page.setViewportSize({ width: 320, height: 568 });
      const noOverflow = (): Promise<boolean> =>
        frame.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
      await expect(noOverflow()).resolves.toBe(true);
      await page.screenshot({ path: join(ARTIFACTS, 'widget-320x568-open.png') });

      // Text zoom 200 %: everything is in rem, so the layout reflows without horizontal scrolling.
      await frame.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
      await expect(noOverflow()).resolves.toBe(true);
      await expect(input.isVisible()).resolves.toBe(true);
      await page.screenshot({ path: join(ARTIFACTS, 'widget-320x568-text-200.png') });
    });

    it('has no serious or critical axe violation with a card on screen', async () => {
      const page = await newPage();
      await page.goto(`${server.url}/`);
      await openChat(page);
      await say(page, 'salaire');
      await chat(page).getByRole('group', { name: SALARY_TITLE }).waitFor();
      // An Adaptive Card too, with its Action.ShowCard opened.
      await say(page, 'aides');
      const aids = chat(page).getByRole('group', { name: 'Aides pour les apprentis' });
      await aids.getByRole('button', { name: 'En savoir plus' }).click();
      await aids.getByText(SHOWCARD_DETAIL).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
    });

    it('sends thumbs up/down feedback and erases the conversation', async () => {
      const page = await newPage();
      await page.goto(`${server.url}/`);
      await openChat(page);
      await say(page, 'salaire');
      const c = chat(page);
      await c.getByRole('group', { name: SALARY_TITLE }).waitFor();
      await c.getByRole('button', { name: 'Oui, réponse utile' }).click();
      await c.getByText('Merci pour votre avis.').waitFor();
      await expect.poll(() => server.control.feedback.length).toBeGreaterThanOrEqual(1);
      const up = server.control.feedback.at(-1) as { rating: string; replyToId: string };
      expect(up).toMatchObject({ type: 'feedback', rating: 'up' });
      expect(up.replyToId).toBeTruthy();

      await say(page, 'salaire');
      await expect.poll(() => c.getByRole('button', { name: 'Non, réponse pas utile' }).count()).toBe(1);
      await c.getByRole('button', { name: 'Non, réponse pas utile' }).click();
      await c.getByRole('button', { name: 'Pas clair' }).click();
      await expect.poll(() => server.control.feedback.at(-1)).toMatchObject({ type: 'feedback', rating: 'down', reason: 'unclear' });

      const before = await savedSession(page);
      await c.getByRole('button', { name: 'Effacer ma conversation' }).click();
      await c.getByRole('button', { name: 'Oui, effacer' }).click();
      await c.getByText('Conversation effacée. Vous pouvez en commencer une nouvelle.').waitFor();
      await expect.poll(() => server.control.erased).toContain(before?.conversationId);
      await expect.poll(async () => (await savedSession(page))?.conversationId).not.toBe(before?.conversationId);
      await c.getByText('Bonjour ! Je suis l’assistant de test.').waitFor();
      await expect(log(page).getByText('salaire').count()).resolves.toBe(0);
    });

    it('works on a partner site of another origin under a strict CSP, with theme and unread badge', async () => {
      const partner = await startPartnerSite(server.url);
      try {
        const page = await newPage();
        await page.goto(partner.url);
        await openChat(page);
        const c = chat(page);
        await c.getByRole('heading', { name: 'Mission Locale test' }).waitFor();
        // Yellow brand: the header text switches to black to keep the contrast.
        const frame = await chatFrame(page);
        await expect(frame.evaluate(() => getComputedStyle(document.querySelector('.chat-header') as Element).color)).resolves.toBe('rgb(0, 0, 0)');
        const launcherBox = await launcher(page).boundingBox();
        expect(launcherBox?.x).toBeLessThan(100);

        await say(page, 'lent');
        await c.getByText('D’accord, je cherche…').waitFor();
        await server.control.lateWaiting();
        await page.keyboard.press('Escape');
        // The chat asks the host page to close by postMessage (another origin): the launcher changes a moment later.
        await expect.poll(() => launcher(page).getAttribute('aria-expanded')).toBe('false');
        server.control.releaseLate();
        await expect.poll(() => launcher(page).textContent()).toMatch(/Une question \? Ouvrir la discussion .* \(1 nouveau message\)/);
        await expect(page.locator('[data-abn-widget] .badge').textContent()).resolves.toBe('1');

        await openChat(page);
        await c.getByText(LATE_REPLY).waitFor();
        await expect(page.locator('[data-abn-widget] .badge').isHidden()).resolves.toBe(true);
      } finally {
        await partner.close();
      }
    });
  });

  describe('XSS corpus sent through the bot', () => {
    it('never executes and never renders as HTML', async () => {
      const page = await newPage();
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await page.goto(`${server.url}/`);
      await openChat(page);
      await say(page, 'xss');
      await chat(page).getByText('Fin du corpus.').waitFor();
      // Answer with a hostile quick reply too: it comes back as the user's own bubble.
      await chat(page).getByRole('group', { name: 'Réponses suggérées' }).getByRole('button').first().click();
      await chat(page).getByText(`Vous avez écrit : ${XSS_TEXTS[0]}`).waitFor();

      const frame = await chatFrame(page);
      const report = await frame.evaluate(() => {
        // What came from the bot: the message log and the quick replies (not our own header and notice).
        const all = [...document.querySelectorAll('.log *, .quick *')];
        return {
          flag: (window as unknown as { __xss?: unknown }).__xss ?? null,
          parsedTags: all.filter((e) => /^(script|img|svg|iframe|b|details|style|object|embed)$/i.test(e.tagName)).map((e) => e.tagName),
          handlerAttributes: all.flatMap((e) => [...e.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name)),
          hrefs: [...document.querySelectorAll('.log a, .quick a')].map((a) => a.getAttribute('href')),
          trappedLinks: all.filter((e) => /piégée?/.test(e.textContent ?? '') && e.children.length === 0).length,
        };
      });
      expect(report.flag).toBeNull();
      expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss ?? null)).toBeNull();
      expect(report.parsedTags).toEqual([]);
      expect(report.handlerAttributes).toEqual([]);
      for (const href of report.hrefs) expect(href).toMatch(/^(https:|tel:)/);
      // Actions with javascript:, data:, vbscript: URLs are dropped, not rendered as dead buttons.
      expect(report.trappedLinks).toBe(0);
      expect(dialogs).toEqual([]);
      // The hostile strings are shown as the literal text they are.
      for (const t of XSS_TEXTS.slice(0, 4)) {
        await expect(log(page).getByText(t, { exact: true }).first().isVisible()).resolves.toBe(true);
      }
    });
  });
});
