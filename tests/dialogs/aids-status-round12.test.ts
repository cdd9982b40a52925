import { describe, expect, it } from 'vitest';
import { read, startConversation } from './harness.js';

/**
 * Round 12: the contrat d'engagement jeune is for young people neither in a job nor in training. An apprentice (or a
 * parent's child who is one), already in a contract, is not listed it.
 */
describe('aids that exclude an apprentice are not listed to one (round 12)', () => {
  it.each([
    ["je suis en alternance en CAP cuisine, j'ai 18 ans, y a quoi comme aides"],
    ["jsui en contrat d'apprentissage g 20 ans c koi les aides"],
    ['Je suis alternante en BTS, j’ai 19 ans : quelles aides pouvez-vous me proposer ?'],
    ["mon fils est apprenti en boulangerie, il a 17 ans, il a droit a quoi comme aides ?"],
    ['ma fille est en apprentissage depuis septembre, elle a 18 ans, quelles aides pour elle ?'],
    ["j'ai 20 ans je suis en contrat pro, quelles aides pour moi ?"],
  ])('"%s": no CEJ in the list', async (message) => {
    const c = await startConversation();
    const text = read(await c.send(message));
    expect(text).toMatch(/Prise en charge par l'OPCO|Mobili-Jeune|Prime d'activité/);
    expect(text).not.toMatch(/engagement jeune/i);
    expect(['apprenti', 'alternant_pro']).toContain((await c.data()).profile.status);
  });

  it('a young person who is not yet in a contract still hears of the CEJ', async () => {
    const c = await startConversation();
    const text = read(await c.send("j'ai 19 ans, je suis sans emploi ni formation, quelles aides ?"));
    expect(text).toMatch(/engagement jeune/i);
  });

  it('wanting an apprenticeship is not being in one', async () => {
    const c = await startConversation();
    await c.send('mon fils veut etre apprenti, il a 17 ans, quelles aides ?');
    expect((await c.data()).profile.status).toBeUndefined();
  });
});

describe('a public employer asking about the private hiring aid gets the public route (round 12)', () => {
  it.each([
    ["nous sommes une collectivité, l'aide à l'embauche d'un apprenti c'est combien ?"],
    ["je suis a la mairie, l'aide a l'embauche des apprentis on y a droit ?"],
    ["Hôpital public : pouvons-nous toucher l'aide à l'embauche pour notre apprentie ?"],
  ])('"%s": not the OPCO nor the 250-employee conditions, but CELIA, the CNFPT and the FIPHFP', async (message) => {
    const c = await startConversation();
    const text = read(await c.send(message));
    expect(text).toMatch(/employeurs privés/);
    expect(text).not.toMatch(/250 salariés|transmis à l'OPCO/);
    expect(text).toMatch(/CELIA/);
    expect(text).toMatch(/CNFPT/);
    expect(text).toMatch(/FIPHFP/);
  });

  it.each([
    ['je suis à la mairie, on peut avoir une aide si on prend un apprenti ?'],
    ['Notre commune voudrait recruter un apprenti : quelles aides pour nous ?'],
  ])('"%s": the aids list is the public route, not "no aid found"', async (message) => {
    const c = await startConversation();
    const text = read(await c.send(message));
    expect(text).toMatch(/réservées aux employeurs privés/);
    expect(text).toMatch(/CELIA/);
    expect(text).toMatch(/CNFPT/);
  });
});
