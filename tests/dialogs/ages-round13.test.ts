import { describe, expect, it } from 'vitest';
import { startConversation } from './harness.js';

/**
 * A detail the last answer used, corrected in a whole sentence ("ah non pardon je me suis trompée, j'ai 17 ans"): the
 * same question is answered again with the corrected value, never "my sources do not cover this".
 */
describe('a detail corrected after an answer', () => {
  it.each([
    ["ah non pardon je me suis trompée, j'ai 17 ans", /À 17 ans/],
    ['dsl jme suis trompé jai 17ans', /À 17 ans/],
    ["Excusez-moi, je me suis trompé : il a 19 ans", /À 19 ans/],
    ['oups erreur de ma part, elle a 20 ans', /À 20 ans/],
  ])('the age, after the pay: "%s"', async (message, age) => {
    const c = await startConversation();
    await c.send("c'est combien le salaire d'un apprenti de 18 ans ?");
    const text = c.read(await c.send(message));
    expect(text).not.toMatch(/ne couvrent pas ce point/);
    expect(text).toMatch(age);
    expect((await c.data()).profile.age).toBe(Number(/\d+/.exec(age.source)![0]));
  });

  it('the contract year, after the pay', async () => {
    const c = await startConversation();
    await c.send("j'ai 18 ans, je suis en 1re année, je touche combien ?");
    const text = c.read(await c.send("ah non je me suis trompé, c'est ma 2e année de contrat"));
    expect(text).not.toMatch(/ne couvrent pas ce point/);
    expect(text).toMatch(/en 2e année/);
  });

  it('the town, after the places of a course', async () => {
    const c = await startConversation();
    await c.send('où faire un CAP boulanger vers Rouen ?');
    const text = c.read(await c.send("ah pardon je me suis trompée, c'est vers Caen que j'habite"));
    expect(text).not.toMatch(/ne couvrent pas ce point/);
    expect(text).toMatch(/Caen/);
  });
});
