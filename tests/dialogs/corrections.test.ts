import { describe, expect, it } from 'vitest';
import { read, startConversation } from './harness.js';

/** A detail corrected in a few words replaces the stored one, and the answer is given again with it. */
describe('corrections of a detail', () => {
  it('"non 18 pardon" after an age: the age is replaced and the pay given again for it', async () => {
    const c = await startConversation();
    await c.send('c combien le salaire apprenti');
    expect(read(await c.send('17'))).toMatch(/17 ans/);
    const corrected = await c.send('non 18 pardon');
    expect(read(corrected)).toMatch(/18 ans/);
    expect((await c.data()).profile.age).toBe(18);
    expect(read(await c.send('nn 16 dsl'))).toMatch(/16 ans/);
    expect((await c.data()).profile.age).toBe(16);
  });

  it('"non 9 désolé" after a head count: the head count is replaced, not read as an age', async () => {
    const c = await startConversation();
    await c.send('nous sommes une boulangerie, on embauche un apprenti en CAP, quelles aides ?');
    await c.send('on est 12');
    expect((await c.data()).profile.companySize).toBe(12);
    await c.send('non 9 désolé');
    const data = await c.data();
    expect(data.profile.companySize).toBe(9);
    expect(data.profile.age).toBeUndefined();
  });

  it('a number that cannot be the detail told last changes nothing', async () => {
    const c = await startConversation();
    await c.send('combien gagne un apprenti ?');
    await c.send("j'ai 17 ans");
    await c.send('non 3 fois rien');
    expect((await c.data()).profile.age).toBe(17);
  });

  it('"non pas rouen, dieppe" after a course search: the search is done again around the new town', async () => {
    const c = await startConversation();
    await c.send('je cherche un cap cuisine vers rouen');
    const corrected = await c.send('non pas rouen, dieppe');
    expect(read(corrected)).toMatch(/Dieppe/);
  });
});
