import { describe, expect, it } from 'vitest';
import { read, startConversation } from './harness.js';

const NOT_COVERED = /ne couvre pas cette question/;

/**
 * A follow-up whose answer is not in the last FAQ answer but in an entry next to it (one it links to, or one of its
 * subject) gets that entry, never "ma réponse précédente ne couvre pas…": after the signing of the contract, ending it
 * is the rupture; after finding an employer, making the contract is the Cerfa and its steps.
 */
describe('a follow-up answered by an entry next to the last answer', () => {
  it.each([
    ["comment ça se passe pour signer le contrat d'apprentissage ?", 'et si il veut y mettre fin dans quelques mois ?', /45 premiers jours|commun accord/],
    ['signer le contrat ca se passe cmt', 'et si il veut arreter le contrat apres qq mois', /45 premiers jours|commun accord/],
  ])('"%s" then "%s": the rupture, not "not covered"', async (first, followUp, expected) => {
    const c = await startConversation();
    await c.send(first);
    const text = read(await c.send(followUp));
    expect(text).not.toMatch(NOT_COVERED);
    expect(text).toMatch(expected);
  });

  it.each([
    ['comment trouver un employeur ?', 'et une fois trouvé, le contrat se fait comment ?'],
    ['Comment trouver une entreprise pour mon apprentissage ?', "Et quand j'en ai trouvé une, le contrat se signe comment ?"],
    ['jtrouve pa de patron tu peu maider', 'et qd jen ai trouvé 1 le contrat se signe comment'],
    ['Comment trouver un employeur pour notre fils ?', "Et une fois l'employeur trouvé, comment se fait le contrat ?"],
  ])('"%s" then "%s": how the contract is made, not the search card again nor "not covered"', async (first, followUp) => {
    const c = await startConversation();
    await c.send(first);
    const text = read(await c.send(followUp));
    expect(text).not.toMatch(NOT_COVERED);
    expect(text).toMatch(/Cerfa/);
  });
});
