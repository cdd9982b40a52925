import { describe, expect, it } from 'vitest';
import { startConversation } from './harness.js';

/**
 * A question that reads clearly as a topic of its own, asked after an answer with "et …", is answered as that topic:
 * "et ça me coûte combien un apprenti de 18 ans ?" after the steps to hire is the pay, never "my last answer does not
 * cover this" (review 8, E05: short follow-ups rejected).
 */
describe('a follow-up with a topic of its own', () => {
  it.each([
    ['salut jai un garage 2 salariés je cherche un apprenti meca comment je trouve', 'et ca me coute combien un apprenti de 18 ans', /802,82/],
    ['Comment recruter un apprenti dans notre entreprise ?', 'Et combien devrons-nous le payer, il a 18 ans ?', /802,82/],
  ])('after "%s", "%s"', async (first, followUp, figure) => {
    const c = await startConversation();
    await c.send(first);
    const text = c.read(await c.send(followUp));
    expect(text).not.toMatch(/ne couvre pas/);
    expect(text).toMatch(figure);
  });
});
