import { describe, expect, it } from 'vitest';
import { read, startConversation } from './harness.js';

/**
 * An age told inside a story is part of the story: a young person who gives a trade and a town asks where to learn it
 * (review 4: "15, in 3e, at <town>, I'd like to be <trade>" got only the minimum-age rule). When they ask whether they
 * may ("je peux ?"), the age rule is still the answer. Phrasings written by the team.
 */
describe('an age told in a story', () => {
  it.each([
    ["slt j'ai 15 ans je suis en 3e a Lisieux et je voudrais faire boulanger", /boulanger.*près de Lisieux/i],
    ['jai 15 ans et demi, en 3e a evreux, je veux etre coiffeuse', /coiff.*près d.Évreux/i],
    ["Bonjour, j'ai 38 ans, je travaille dans un entrepôt à Rouen et j'aimerais devenir boulanger.", /boulanger.*près de Rouen/i],
  ])('"%s": the places of the trade wished', async (text, places) => {
    const c = await startConversation();
    expect(read(await c.send(text))).toMatch(places);
  });

  it('still answers the age rule when the person asks whether they may', async () => {
    const c = await startConversation();
    const r = read(await c.send("j'ai 15 ans je suis en 3e, je peux faire un cap boulanger a Lisieux ?"));
    expect(r).toMatch(/15 ans si tu as terminé ta 3e/);
  });
});
