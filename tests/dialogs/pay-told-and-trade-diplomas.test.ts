import { describe, expect, it } from 'vitest';
import { read, startConversation } from './harness.js';

/** Round 5 kinds, each tested with wordings of our own: pay told as an amount, a trade's diplomas asked for. */
describe('pay told as an amount the employer gives is the pay question, not an unknown aid', () => {
  it.each([
    ["j'ai 19 ans en 2e année, mon patron me donne 900 € net", /19 ans, en 2e année/],
    ['son patron lui verse 600 euros, il a 17 ans', /17 ans/],
    ['mon employeur me verse 1100 euros net j ai 24 ans en 3e annee c normal', /24 ans, en 3e année/],
    ['on me paie 500 par mois est ce que c est normal', /pourcentage du SMIC/],
  ])('"%s"', async (text, expected) => {
    const c = await startConversation();
    const reply = read(await c.send(text));
    expect(reply).toMatch(expected);
    expect(reply).toMatch(/salaire minimum/i);
    expect(reply).not.toMatch(/connaissance d'une aide/);
  });

  it('an aid named with an amount still gets the unknown-aid answer', async () => {
    const c = await startConversation();
    const reply = read(await c.send("la région me verse une prime de 777 € c'est vrai ?"));
    expect(reply).toMatch(/connaissance d'une aide de 777/);
  });
});

describe("a trade named with a question about its diploma gets the trade's diplomas", () => {
  it.each([
    ['Mon fils veut être boucher, quel diplôme doit-il passer ?', /Boucher \/ Bouchère/, /CAP boucher/],
    ['le diplome de boulanger', /Boulanger \/ Boulangère/, /CAP boulanger/],
    ['la méca sur les voitures, quel diplôme ?', /Mécanicien \/ Mécanicienne automobile/, /diplômes qui y mènent/],
    ['aide-soignante c quoi la formation', /Aide-soignant \/ Aide-soignante/, /diplômes qui y mènent/],
    ['une fleuristerie ya koi comme diplome', /Fleuriste/, /CAP fleuriste/],
    ['véto quel diplôme svp', /Auxiliaire vétérinaire/, /diplômes qui y mènent/],
  ])('"%s"', async (text, trade, diplomas) => {
    const c = await startConversation();
    const reply = read(await c.send(text));
    expect(reply).toMatch(trade);
    expect(reply).toMatch(diplomas);
    expect(reply).not.toMatch(/Dans quelle ville|lieux \(/);
  });

  it('with a town, it is still the course search near that town', async () => {
    const c = await startConversation();
    const reply = read(await c.send('le diplome de boulanger a caen'));
    expect(reply).toMatch(/Caen/);
  });
});
