import { describe, expect, it } from 'vitest';
import { read, startConversation } from './harness.js';

/** After the pay, "et l'année d'après ?" is the next contract year's line, never the same table again. */
describe('the next year of the pay', () => {
  it.each([
    ["j'ai 17 ans combien je gagne", "et l'année d'après ?", /2e année : 728,14 €/],
    ['jai 19 ans c combien le salaire', 'et lannée suivante ??', /2e année/],
    ['Mon fils a 16 ans, combien sera-t-il payé en apprentissage ?', "Et l'année d'après ?", /2e année/],
  ])('"%s" then "%s": the 2nd year', async (first, next, line) => {
    const c = await startConversation();
    const table = read(await c.send(first));
    expect(table).toMatch(/1re année[\s\S]*2e année[\s\S]*3e année/);
    const text = read(await c.send(next));
    expect(text).toMatch(line);
    expect(text).not.toMatch(/1re année :/);
    expect((await c.data()).profile.contractYear).toBe(2);
  });

  it('after the 2nd year, the year after is the 3rd', async () => {
    const c = await startConversation();
    await c.send("j'ai 18 ans, je suis en 2e année, je touche combien ?");
    const text = read(await c.send("et l'année d'après ?"));
    expect(text).toMatch(/3e année/);
    expect(text).not.toMatch(/2e année :/);
  });
});
