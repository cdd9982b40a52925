import { describe, expect, it } from 'vitest';
import { startConversation } from './harness.js';

/** Round 11: an everyday interest leads the guided orientation to the trades of its domain (knowledge/interets.yaml). */
describe('everyday interests lead to their trades', () => {
  it.each([
    ['ma fille sait pas quoi faire', 'elle adore coudre', /couturier/i],
    ["je sais pas quoi faire plus tard", "j'aime bien m'occuper des enfants", /garde d'enfant/i],
    ['mon fils ne sait pas quoi faire', 'il aime le contact avec les clients', /vendeur/i],
    ["je sais pas koi faire", 'le foot', /sportif|animateur/i],
  ])('%s / %s', async (first, interest, trades) => {
    const c = await startConversation();
    await c.send(first);
    const r = c.read(await c.send(interest));
    expect(r).not.toMatch(/pas reconnu le domaine/);
    expect(r).toMatch(trades);
  });
});
