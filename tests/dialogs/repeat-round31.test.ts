import { describe, expect, it } from 'vitest';
import { lastReplyOf } from './harness.js';

const play = (...messages: string[]): Promise<{ text: string; rule: string | undefined }> => lastReplyOf(messages);

/**
 * Review 21, J4: the employer search asked again in other words is what its card answers: the short "as above" pointer
 * to its services, never "my answer does not cover this question" (main-dialog.ts sendFindEmployer: the card's title and
 * lead are what it says too).
 */
describe('the employer search asked again', () => {
  const AGAIN = [
    'comment on fait pour en trouver un',
    "et comment j'en trouve un ?",
    "je m'y prends comment pour trouver une boîte ?",
    'comment trouver un patron ?',
    'on fait comment pour trouver une entreprise ?',
    'et pour trouver un employeur je fais comment ?',
    "ok mais comment j'en trouve une ?",
    'concrètement je trouve un employeur comment ?',
  ];
  it.each(AGAIN)('"%s": as above, its services', async (follow) => {
    const { text } = await play('jtrouve pas de patron pour mon apprentissage jsuis degoutee', follow);
    expect(text).not.toMatch(/ne couvre pas/);
    expect(text).toMatch(/La bonne alternance/);
  });
});
