import type { Frame, FrameLocator, Locator, Page } from 'playwright-core';

/** Helpers to drive the widget as a user would: through roles and names, never through internals. */
export function launcher(page: Page): Locator {
  return page.getByRole('button', { name: /la discussion avec l’assistant/ });
}

export function chat(page: Page): FrameLocator {
  return page.frameLocator('[data-abn-widget] iframe');
}

export async function chatFrame(page: Page): Promise<Frame> {
  const handle = await page.locator('[data-abn-widget] iframe').elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error('chat frame not found');
  return frame;
}

export function log(page: Page): Locator {
  return chat(page).getByRole('log');
}

export async function openChat(page: Page): Promise<void> {
  await launcher(page).click();
  await chat(page).getByRole('textbox', { name: 'Votre message' }).waitFor();
}

export async function say(page: Page, text: string): Promise<void> {
  const input = chat(page).getByRole('textbox', { name: 'Votre message' });
  await input.fill(text);
  await input.press('Enter');
}

export interface SavedSession {
  conversationId: string;
  watermark?: string;
}

export async function savedSession(page: Page): Promise<SavedSession | undefined> {
  const frame = await chatFrame(page);
  const raw = await frame.evaluate(() => sessionStorage.getItem('abn-chat-session-v1'));
  return raw ? (JSON.parse(raw) as SavedSession) : undefined;
}
