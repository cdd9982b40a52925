import { describe, expect, it } from 'vitest';
import { read, startConversation } from './harness.js';

/**
 * Round 7: the work told in everyday words reaches its trade, and what a young person likes, told by whoever speaks,
 * is the orientation from that interest. Phrasings are ours, none of them in the training data.
 */
describe('a trade told by what one does', () => {
  it.each([
    // Bicycles are I1619 (Mécanicien cycles, ROME 4.0), not I1607 (motorbikes): the expectation followed the old alias.
    ['réparer des vélos', 'I1619'],
    ['moi ce qui me plairait c reparer les velos', 'I1619'],
    ['jsuis pas sur mais jaime bien faire des gateaux', 'D1104'],
    ['je voudrais conduire des camions plus tard', 'N4101'],
  ])('"%s" → %s', async (text, code) => {
    const c = await startConversation();
    const answer = read(await c.send(text));
    expect(answer).not.toMatch(/reparti de zéro/);
    expect(answer).toMatch(/ce métier s'apprend/);
    expect((await c.data()).profile.tradeCode).toBe(code);
  });

  it('a word of starting again still restarts, even beside a trade', async () => {
    const c = await startConversation();
    await c.send('je veux être boulanger');
    expect(read(await c.send('on recommence a zero'))).toMatch(/reparti de zéro/);
  });
});

describe("a young person's interest told by someone else", () => {
  it.each([
    ["je suis éducatrice, le jeune que je suis a 17 ans et ne s'intéresse qu'aux voitures"],
    ["mon gamin 16 ans ne s'intéresse qu'à l'informatique"],
    ["ma fille ne pense qu'aux chevaux"],
  ])('"%s" → the orientation, not the pay or the speaker', async (text) => {
    const c = await startConversation();
    const answer = read(await c.send(text));
    expect(answer).toMatch(/niveau d'études|Quel âge|deux ou trois questions/);
    expect(answer).not.toMatch(/salaire minimum|Mission Locale/);
  });
});

// A trade named in full beside words of liking or of a field ("la méca auto qui me branche", "carrossier" also reads as
// the mechanics field): the person names the trade, and asks its diplomas; the guided quiz would ask their age.
describe('a trade named in full, with a field read too', () => {
  it.each([
    ['carrossier ça se prépare comment en apprentissage ?', /Carrossier/],
    ['moi c la meca auto qui me branche, quels diplômes en alternance ?', /Mécanicien \/ Mécanicienne automobile/],
    ['la mécanique auto ça me plait, quels diplomes ?', /Mécanicien \/ Mécanicienne automobile/],
  ])('"%s" gets the trade and its diplomas', async (text, trade) => {
    const c = await startConversation();
    const answer = read(await c.send(text));
    expect(answer).toMatch(trade);
    expect(answer).toMatch(/ce métier s'apprend/);
    expect(answer).not.toMatch(/Quel âge as-tu/);
  });
});
