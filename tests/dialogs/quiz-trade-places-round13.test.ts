import { describe, expect, it } from 'vitest';
import { read, startConversation } from './harness.js';

/**
 * Round 13: after the guided quiz suggests trades and the person picks one (by its name or "le 2e"), "c'est où ?" or
 * "près de Rouen ?" gives the places for that trade's diplomas, not the quiz again nor another trade.
 */
describe('the places for a trade picked in the guided quiz', () => {
  it.each([
    ['le 2e', "c'est où ?", /serveur en restauration/i, /près de Caen/],
    ['Pâtissier', 'près de Rouen ?', /pâtissier/i, /près de Rouen/],
    ['le deuxième', 'et vers rouen ?', /serveur en restauration/i, /près de Rouen/],
    ['boulanger', 'on peut le faire où ?', /boulanger/i, /près de Caen/],
  ])('picks "%s", then "%s"', async (pick, where, trade, town) => {
    const c = await startConversation();
    for (const m of ['je sais pas quoi faire', "j'aime la cuisine", '16 ans', '3e', 'Caen']) await c.send(m);
    await c.send(pick);
    const text = read(await c.send(where));
    expect(text).toMatch(/le lieu le plus proche est/);
    expect(text).toMatch(trade);
    expect(text).toMatch(town);
  });
});
