import { describe, expect, it } from 'vitest';
import { startConversation } from './harness.js';

/**
 * Round 15, kinds from blind set 12 and review 10 (our own phrasings, never the set's): aids and rules found from the
 * person's situation, and words that only look like a callback request.
 */
describe("an employer hiring a job seeker of 45 or more in contrat pro, asking the aid one message later", () => {
  it.each([
    ["Je suis employeur, j'embauche un demandeur d'emploi de 47 ans en contrat de professionnalisation", 'Il y a une aide pour cette embauche ?'],
    ['nous recrutons en contrat pro une demandeuse d emploi de 52 ans', 'on a droit a une aide pr cette embauche ?'],
    ["j'embauche un chômeur de 46 ans en contrat de pro dans ma boite", "y a une aide à l'embauche ?"],
  ])('"%s" then "%s": the 45+ contrat pro aid, not only "the apprenticeship aid does not apply"', async (hiring, asks) => {
    const c = await startConversation();
    await c.send(hiring);
    const text = c.read(await c.send(asks));
    expect(text).toMatch(/45 ans et pl/);
    expect(text).toMatch(/2 000 €/);
    expect(text).not.toMatch(/ne s'applique pas/);
  });

  it('without the age of the person hired, the aids of the contract are listed, none chosen for them', async () => {
    const c = await startConversation();
    await c.send("Je suis employeur, j'embauche quelqu'un en contrat de professionnalisation");
    const text = c.read(await c.send('Il y a une aide pour cette embauche ?'));
    expect(text).not.toMatch(/ne s'applique pas/);
    expect(text).not.toMatch(/2 000 €/);
  });
});
