import { describe, expect, it } from 'vitest';
import { read, startConversation } from './harness.js';

/**
 * What the bot knows about the person, applied in every answer (round 6). Wordings of our own: SMS, parents,
 * employers, the detail told first in a story and the question asked later.
 */
describe('a pay told is compared with the minimum of the known age and year', () => {
  it.each([
    // age and year in the same message, under the minimum (17, 1st year: 504,10 €)
    ["jsuis en 1ere annee jai 17 ans et mon patron me file 420 euros brut", /17 ans, en 1re année/, /sous ce minimum : il manque 84,10 €/],
    // a parent, in vous, at the minimum (18, 2nd year: 952,18 €)
    ['Notre fils a 18 ans, il est en deuxième année et son employeur lui verse 952 € brut par mois.', /18 ans, en 2e année/, /correspondent à ce minimum/],
    // above it
    ['elle a 20 ans en 3e année et sa boîte lui verse 1400 euros', /20 ans, en 3e année/, /au-dessus de ce minimum/],
  ])('"%s"', async (text, figure, verdict) => {
    const c = await startConversation();
    const reply = read(await c.send(text));
    expect(reply).toMatch(figure);
    expect(reply).toMatch(verdict);
    expect(reply).not.toMatch(/connaissance d'une aide/);
  });

  it('under the minimum, what to do comes with it and the FAQ entry on it is one click away', async () => {
    const c = await startConversation();
    const reply = read(await c.send("j'ai 19 ans en 2eme annee et on me paye que 700 e brut"));
    expect(reply).toMatch(/il manque 252,18 €/);
    expect(reply).toMatch(/médiateur de l'apprentissage/);
    expect(reply).toMatch(/\[Ma fiche de paie est inférieure au salaire minimum d'apprenti\]/);
  });

  it('the age told earlier in the story is used; the year is asked once, then the pay is compared', async () => {
    const c = await startConversation();
    await c.send("slt moi c Léa j'ai 19 ans, je suis en CAP coiffure en alternance");
    const grid = read(await c.send('mon patron me verse 650 euros par mois c normal ?'));
    expect(grid).toMatch(/19 ans/);
    expect(grid).toMatch(/en quelle année de contrat/);
    expect(grid).not.toMatch(/Quel âge/);
    const compared = read(await c.send('2e année'));
    expect(compared).toMatch(/19 ans, en 2e année/);
    expect(compared).toMatch(/sous ce minimum/);
    // Compared once: the next year asked about is the grid, not that payslip again.
    const next = read(await c.send('et en 3e année ?'));
    expect(next).toMatch(/3e année/);
    expect(next).not.toMatch(/minimum : il manque|sous ce minimum/);
  });

  it('with no age known, the age is asked and the pay is compared once the year comes', async () => {
    const c = await startConversation();
    const first = read(await c.send('je touche 600 e brut par mois en apprentissage'));
    expect(first).toMatch(/Quel âge/);
    expect(first).not.toMatch(/connaissance d'une aide/);
    const second = read(await c.send('17'));
    expect(second).toMatch(/en quelle année de contrat/);
    const third = read(await c.send('1re année'));
    expect(third).toMatch(/au-dessus de ce minimum/);
  });

  it('a net pay at or above the gross minimum is above it; a net pay below it is not called too low', async () => {
    const c = await startConversation();
    expect(read(await c.send("j'ai 17 ans, en premiere annee, je touche 600 euros net"))).toMatch(/au-dessus de ce minimum/);
    const d = await startConversation();
    const reply = read(await d.send("j'ai 22 ans, 2e annee, 1000 € net sur mon compte"));
    expect(reply).toMatch(/montant net/);
    expect(reply).not.toMatch(/sous ce minimum/);
  });

  it('an employer checking the pay of their apprentice is answered in vous, with what to check', async () => {
    const c = await startConversation();
    await c.send('Bonjour, nous sommes une menuiserie de 6 salariés');
    const reply = read(await c.send('Notre apprenti de 16 ans en 1re année touche 450 € brut, est-ce suffisant ?'));
    expect(reply).toMatch(/sous ce minimum/);
    expect(reply).toMatch(/Vérifiez/);
    expect(reply).not.toMatch(/\btu\b|\bton\b/);
  });
});
