import { describe, expect, it } from 'vitest';
import { sharedKnowledge } from '../helpers/knowledge.js';

/**
 * FAQ answers that restate ages of the pay grid or of the contract say all of them, as the grid has them: a birthday
 * that changes the pay is each band's first age (the grid starts a band at 18, 21 and 26), and the apprenticeship's
 * definition names its real minimum (15 after the 3e), not only "16 to 29".
 */
describe('ages in the FAQ agree with the pay grid', () => {
  it('the birthday entry names every age at which a new band starts', async () => {
    const k = (await sharedKnowledge()).current.knowledge;
    const entry = k.faq.find((e) => e.id === 'remuneration-anniversaire');
    const starts = k.parameters.apprentice_pay.bands.slice(1).map((b) => b.min_age);
    expect(starts.length).toBeGreaterThan(0);
    for (const register of ['tu', 'vous'] as const) {
      for (const age of starts) expect(entry?.answer[register]).toMatch(new RegExp(`\\b${age} ans`));
    }
  });

  it("the apprenticeship's definition names the minimum age of the grid", async () => {
    const k = (await sharedKnowledge()).current.knowledge;
    const entry = k.faq.find((e) => e.id === 'apprentissage-definition');
    const min = k.parameters.apprentice_pay.min_age;
    for (const register of ['tu', 'vous'] as const) expect(entry?.answer[register]).toMatch(new RegExp(`\\b${min} ans`));
  });
});
