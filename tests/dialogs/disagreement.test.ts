import { describe, expect, it } from 'vitest';
import { read, startConversation } from './harness.js';

/** A disagreement told in everyday words (souci, problème, embrouille) asks what "un conflit" asks. Phrasings of the team. */
describe('a disagreement in everyday words', () => {
  it.each([
    'on a un différend avec notre apprentie sur les horaires, vers qui se tourner ?',
    "j'ai des soucis avec mon maître d'apprentissage, à qui en parler ?",
  ])('"%s" gets the mediator', async (text) => {
    const c = await startConversation();
    expect(read(await c.send(text))).toMatch(/médiateur/i);
  });
});
