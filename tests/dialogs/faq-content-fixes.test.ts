import { describe, expect, it } from 'vitest';
import { startConversation } from './harness.js';

/** Questions that used to land on a neighbouring entry, now with an entry or phrasings of their own. */
describe('FAQ entries for questions that went to a neighbour', () => {
  it.each([
    ['le bac pro et le CAP, quelles différences ?', 'difference-cap-bac-pro'],
    ['est ce que je vais devoir sortir de l’argent pour mon CFA', 'formation-gratuite'],
    ['apres mon cap je pourrais continuer mes etudes ?', 'poursuite-apres-cap'],
    ["Notre apprenti est parti au bout de 3 mois, doit-on rendre l'aide de l'État ?", 'aide-embauche-rupture'],
  ])('"%s" → %s', async (text, entry) => {
    const c = await startConversation();
    await c.send(text);
    expect((await c.data()).lastFaq).toBe(entry);
  });
});
