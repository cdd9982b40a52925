import { describe, expect, it } from 'vitest';
import { positionPicked } from '../../dialogs/support/list-pick.js';
import { normalize } from '../../src/text/normalize.js';
import { read, startConversation } from './harness.js';

describe('an item of a list pointed at by its place (round 12)', () => {
  it.each([
    ["le 2e m'intéresse, quel diplôme ?", 3, 1],
    ['la deuxième', 3, 1],
    ["le premier c'est où ?", 3, 0],
    ['celui du milieu', 3, 1],
    ['la derniere stp', 4, 3],
    ['le 1er ca a l air bien', 3, 0],
    ['et pour le second ?', 3, 1],
  ])('"%s" in a list of %i: item %i', (message, count, index) => {
    expect(positionPicked(normalize(message), count)).toBe(index);
  });

  it.each([
    ['le premier mois je suis payé combien ?', 3],
    ['je suis en 2nde', 3],
    ['la 2e année', 3],
    ['le 1er juin', 3],
    ['celui du milieu', 4],
    ['le 4e', 3],
  ])('"%s" in a list of %i: no item', (message, count) => {
    expect(positionPicked(normalize(message), count)).toBeUndefined();
  });
});

describe('"le 2e", "celui du milieu" after the quiz named trades: that trade, even while it waits for an age (round 12)', () => {
  it.each([
    ["le 2e m'intéresse, quel diplôme ?", /Voici les diplômes qui y mènent/],
    ['la deuxieme elle se prepare avec quoi', /Voici les diplômes qui y mènent/],
    ["celui du milieu c'est où ?", /je le trouve en apprentissage dans \d+ lieux/],
  ])('"%s": the second trade named', async (pick, answer) => {
    const c = await startConversation();
    const named = read(await c.send("j'aime les animaux"));
    const second = /par exemple [^,]+, ([^,]+),/.exec(named)?.[1] ?? '';
    expect(second).not.toBe('');
    const text = read(await c.send(pick));
    expect(text).toMatch(answer);
    expect(text.toLowerCase()).toContain(second.toLowerCase().split(' ')[0]);
    expect(text).not.toMatch(/pas compris ton âge/);
  });

  it('after the suggestions, "la dernière" opens the last trade suggested', async () => {
    const c = await startConversation();
    for (const m of ["j'aime les animaux", '17', 'bac', 'Caen']) await c.send(m);
    const text = read(await c.send('la dernière'));
    expect(text).toMatch(/Voici les diplômes qui y mènent/);
  });
});
