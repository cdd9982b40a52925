import { describe, expect, it } from 'vitest';
import { read, startConversation } from './harness.js';

/**
 * An apprentice with a disability whose contract is made one year longer is paid, that year, the rate of the year
 * before plus 15 points (parametres.yaml; fiche "Le contrat d'apprentissage aménagé"). Asked after a pay answer or
 * in one message, the figure is worked out with the person's age, never the grid's year given again.
 */
describe('the pay of the extra year with a disability', () => {
  it.each([
    ["j'ai 19 ans en 3e année", "et si j'ai une RQTH et qu'on prolonge d'un an ?", /1\s530,96 €/, /82 %/],
    ['jai 19 ans je suis en 3eme annee', 'avec ma rqth je touche cb l annee en plus ??', /1\s530,96 €/, /67 % du SMIC \+ 15 points/],
    ['Mon fils a 22 ans, il est en 3e année.', 'Il a une RQTH, son contrat sera prolongé : quel salaire pendant la prolongation ?', /1\s736,33 €/, /93 %/],
  ])('"%s" then "%s"', async (first, next, amount, rate) => {
    const c = await startConversation();
    const grid = read(await c.send(first));
    expect(grid).not.toMatch(amount);
    const text = read(await c.send(next));
    expect(text).toMatch(amount);
    expect(text).toMatch(rate);
    expect(text).toMatch(/contrat d'apprentissage aménagé|Ministère du Travail/i);
  });

  it('a 4th year with an RQTH told is the extra year: the 3rd year rate + 15 points', async () => {
    const c = await startConversation();
    const text = read(await c.send("j'ai 17 ans, une rqth et je vais faire une 4e année, je serai payé combien ?"));
    // 55 % + 15 points = 70 % of 1 867,02 €.
    expect(text).toMatch(/1\s306,91 €/);
  });

  it('without the year, both cases side by side (after a 2nd year, after a 3rd)', async () => {
    const c = await startConversation();
    const text = read(await c.send("j'ai 18 ans et une RQTH, ma formation va être allongée d'un an, c'est combien le salaire ?"));
    // 18-20: 51 % + 15 = 66 % → 1 232,23 € ; 67 % + 15 = 82 % → 1 530,96 €.
    expect(text).toMatch(/1\s232,23 €/);
    expect(text).toMatch(/1\s530,96 €/);
  });

  it('without a disability, a 4th year keeps the grid (no bonus points)', async () => {
    const c = await startConversation();
    const text = read(await c.send("j'ai 19 ans et je suis en 4e année, je touche combien ?"));
    expect(text).toMatch(/1\s250,90 €/);
    expect(text).not.toMatch(/15 points/);
  });
});
