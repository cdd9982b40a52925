import { describe, expect, it } from 'vitest';
import { startConversation } from './harness.js';

/**
 * Ending a contract has one rule per side: the employer may break it freely during the first 45 days, then only on
 * the grounds the law lists; the apprentice may leave through the mediator. An employer who asks ("mon apprenti",
 * "notre apprentie") gets the employer's rule, in words written of both parties, never "tu peux partir" nor "ton
 * employeur" (review 8, E05: the rule of the wrong side, in tu, to an employer).
 */
describe('ending a contract: the rule of the side that asks', () => {
  it.each([
    [[], 'je peux rompre le contrat de mon apprenti si ca va pas ?'],
    [['salut jai un garage 2 salariés je cherche un apprenti meca comment je trouve'], 'je peux rompre le contrat de mon apprenti si ca va pas ?'],
    [[], 'Nous voulons mettre fin au contrat de notre apprentie, est-ce possible ?'],
  ])('employer, after %j: "%s"', async (before, question) => {
    const c = await startConversation();
    for (const m of before) await c.send(m);
    const replies = await c.send(question);
    expect(replies[0]?.text ?? '').toMatch(/l'employeur peut rompre le contrat/);
    expect(c.read(replies)).not.toMatch(/tu peux partir|ton employeur peut rompre/);
  });

  it.each([
    ['je veux rompre mon contrat', /tu peux partir/],
    ['mon patron veut me virer il a le droit ?', /ton employeur peut rompre ton contrat/],
  ])('apprentice: "%s"', async (question, rule) => {
    const c = await startConversation();
    expect((await c.send(question))[0]?.text ?? '').toMatch(rule);
  });
});
