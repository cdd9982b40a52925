import { describe, expect, it } from 'vitest';
import { read, startConversation } from './harness.js';

const plain = (s: string): string => s.replace(/[\u202f\u00a0]/g, ' ');

/**
 * Round 18 (blind set 17's kinds, own phrasings): "ça dure combien de temps ?" right after a trade got the range of
 * every apprenticeship contract (6 months to 3 years); the person asks how long the course of that trade lasts. The
 * first diploma of the trade's card names its kind, whose FAQ entry gives the length (CAP: 2 years after the 3e).
 */
describe('how long the course of the trade just shown lasts', () => {
  it.each([
    ['je veux être boucher', 'ça dure combien de temps ?', /CAP boucher[\s\S]*2 ans/],
    ['je voudrais devenir électricien', "c'est en combien de temps ?", /CAP électricien[\s\S]*2 ans/],
    ['Mon fils veut devenir coiffeur.', 'La formation dure combien de temps ?', /coiffure[\s\S]*2 ans/],
  ])('"%s" then "%s"', async (first, second, expected) => {
    const c = await startConversation();
    await c.send(first);
    const text = plain(read(await c.send(second)));
    expect(text).toMatch(expected);
    expect(text).not.toMatch(/de 6 mois à 3 ans/);
  });

  it('a contract length asked in words of its own stays the contract entry', async () => {
    const c = await startConversation();
    await c.send('je veux être boucher');
    expect(plain(read(await c.send("un contrat d'apprentissage dure combien de temps en général ?")))).toMatch(/6 mois à 3 ans/);
  });
});

/**
 * Round 18: "et faut payer ?" after what a CFA is, "on doit payer combien pour le CFA ?" got the apprentice's pay
 * ("payer" reads the wage). Whether the speaker has something to pay, with nobody as the one paid and no word of a
 * wage, is what the training costs; an employer asking what to pay the apprentice keeps the pay.
 */
describe('what the speaker has to pay is a cost, not the pay', () => {
  it.each([
    ["c'est quoi un cfa ?", 'et faut payer ?'],
    ['bonjour', 'on doit payer combien pour le cfa ?'],
    ['je veux faire un cap cuisine', 'je devrai payer quelque chose pour la formation ?'],
  ])('"%s" then "%s" gets the free training', async (first, second) => {
    const c = await startConversation();
    await c.send(first);
    const text = plain(read(await c.send(second)));
    expect(text).toMatch(/gratuite/);
    expect(text).not.toMatch(/Salaire minimum d'un apprenti/);
  });

  it('an employer asking what the CFA costs gets the employer\'s costs', async () => {
    const c = await startConversation();
    const text = plain(read(await c.send("Je suis employeur : est-ce qu'on doit payer quelque chose au CFA pour notre apprentie ?")));
    expect(text).toMatch(/OPCO/);
    expect(text).not.toMatch(/Salaire minimum d'un apprenti/);
  });

  it.each([['je dois le payer combien, mon apprenti de 17 ans ?'], ['combien je dois payer mon apprentie de 18 ans ?']])('"%s" keeps the pay', async (message) => {
    const c = await startConversation();
    expect(plain(read(await c.send(message)))).toMatch(/brut par mois/);
  });
});

/**
 * Round 18 (review 13, J10): a career change told with the current job ("je bosse en caisse… aide-soignante"), then
 * "des formations vers Dieppe ?", got the places of "CAP charpentier bois": with no place for the trade, the whole first
 * message was searched as a diploma's title and "bosse" met "bois". Only a request naming a kind of diploma is a title.
 */
describe('a request without a kind of diploma is not a title', () => {
  it('the career change keeps its trade for the places', async () => {
    const c = await startConversation();
    await c.send("j'ai 27 ans, je bosse en caisse et je voudrais me reconvertir comme aide-soignante");
    const text = plain(read(await c.send('il y a des formations vers dieppe ?')));
    expect(text).toMatch(/aide-soignant/);
    expect(text).not.toMatch(/charpentier/);
  });

  it('a request naming its kind still finds the diploma by its title', async () => {
    const c = await startConversation();
    expect(plain(read(await c.send('bac pro commerce vers rouen')))).toMatch(/Rouen|Mont-Saint-Aignan|Bac pro/i);
  });
});
