import { describe, expect, it } from 'vitest';
import { startConversation } from './harness.js';

/** Round 12: more everyday interests lead the guided orientation to their domain (knowledge/interets.yaml). */
describe('everyday interests lead to their domain, round 12', () => {
  it.each([
    [null, "j'aime bosser sur les toits", /bâtiment/i],
    ['je sais pas quoi faire', 'jkiffe les toitures', /bâtiment/i],
    ["je sais pas koi faire", 'je suis tout le temps sur mon pc', /informatique/i],
    ['mon fils ne sait pas quoi faire', 'il passe ses soirées sur la console', /informatique/i],
    ['je ne sais pas quoi faire', "j'aime les fringues et les sneakers", /couture|mode/i],
    ['je sais pas quoi faire', 'je fais du skate', /sport/i],
  ])('%s / %s', async (first, interest, domain) => {
    const c = await startConversation();
    if (first) await c.send(first);
    const r = c.read(await c.send(interest));
    expect(r).not.toMatch(/pas reconnu le domaine/);
    expect(r).toMatch(domain);
  });
});
