import { describe, expect, it } from 'vitest';
import { read, startConversation } from './harness.js';

/**
 * A story told from a workplace ("je bosse dans un garage depuis 2 semaines, je peux arrêter ?") asks about the
 * contract, not which trade to choose: the place's trade words once sent it to the guided orientation. Phrasings
 * of the team.
 */
describe('a question told from the place where one works', () => {
  it.each([
    'ça fait 2 semaines que je bosse dans un garage, je peux arrêter quand je veux ?',
    'je travaille dans un restaurant depuis 10 jours, mon patron peut me virer comme ça ?',
  ])('"%s" gets the trial period, not the orientation quiz', async (text) => {
    const c = await startConversation();
    const r = read(await c.send(text));
    expect(r).toMatch(/45 premiers jours/);
    expect(r).not.toMatch(/qu'est-ce que tu aimes|quel âge as-tu/i);
  });

  it('a wish told beside the workplace is still the trade wished', async () => {
    const c = await startConversation();
    const r = read(await c.send("je bosse dans un entrepôt à Caen et j'aimerais devenir boulanger"));
    expect(r).toMatch(/boulang/i);
    expect(r).not.toMatch(/magasinier|cariste/i);
  });
});

describe('a trade wished "as" something', () => {
  it('"… je voudrais passer en alternance comme <trade> vers <town>" in a long story is that trade there', async () => {
    const c = await startConversation();
    const r = read(await c.send("Salut, je suis en L1 éco à la fac, j'en ai marre, je voudrais passer en apprentissage comme plombier vers Caen. C'est possible ?"));
    expect(r).toMatch(/plombier/i);
    expect(r).not.toMatch(/quel métier t'intéresse/i);
  });
});
