import { describe, expect, it } from 'vitest';
import { startConversation } from './harness.js';

/**
 * Ending a contract asked right after another answer (the pay grid): the rupture rule of the speaker's side, not the
 * last answer again nor "je n'ai pas compris". An employer's own act ("je peux le virer ?", "m'en séparer", "le
 * licencier") is told in few words the FAQ matcher reads weakly; the told event still chooses (round 13).
 */
describe('a contract ended, asked after another answer', () => {
  const EMPLOYER_PAY = 'je suis patron, combien je dois payer un apprenti de 18 ans ?';
  it.each([
    'et si ça se passe mal je peux le virer ?',
    "je peux m'en séparer ?",
    'on peut arrêter le contrat ?',
    'et pour le licencier ?',
    'et si ca va pas jpeu le virer',
  ])('employer after the pay grid: "%s"', async (question) => {
    const c = await startConversation();
    await c.send(EMPLOYER_PAY);
    const replies = await c.send(question);
    expect(replies[0]?.text ?? '').toMatch(/l'employeur peut rompre le contrat/);
    expect(c.read(replies)).not.toMatch(/tu peux partir|ton employeur peut rompre|salaire minimum/);
  });

  it('employer who writes tu, without saying so before: "je peux le virer si ca va pas ?"', async () => {
    const c = await startConversation();
    const replies = await c.send('je peux le virer si ca va pas ?');
    expect(replies[0]?.text ?? '').toMatch(/l'employeur peut rompre le contrat/);
  });

  it.each(['et si mon patron me vire ?', 'et il peut me virer comme ça ?'])('apprentice after the pay grid: "%s"', async (question) => {
    const c = await startConversation();
    await c.send("j'ai 17 ans combien je vais gagner en apprentissage ?");
    const replies = await c.send(question);
    expect(replies[0]?.text ?? '').toMatch(/ton employeur peut rompre ton contrat/);
  });
});
