import { describe, expect, it } from 'vitest';
import { startConversation } from './harness.js';

/**
 * Round 13, found on blind set 10's first run (kinds, with our own phrasings).
 */
describe('"tu peux m\'aider ?" after the menu is a request for help, not the button "Les aides"', () => {
  it.each([["tu peux m'aider ?"], ['vous pouvez m’aider svp'], ['aider moi']])('"%s"', async (message) => {
    const c = await startConversation();
    await c.send('wesh');
    const text = c.read(await c.send(message));
    expect(c.rule()).not.toBe('quick-reply');
    expect(text).not.toMatch(/Voici les aides/);
  });

  it('a typo of the button still picks it', async () => {
    const c = await startConversation();
    await c.send('wesh');
    const text = c.read(await c.send('les aidse'));
    expect(text).toMatch(/aides/i);
    expect(c.rule()).toBe('quick-reply');
  });
});

describe('a FAQ question told with a weekday or "quelqu\'un" is answered, not "not covered"', () => {
  it.each([
    ["l'internat et la cantine au CFA, c'est remboursé par quelqu'un ?", /6 €/],
    ["le CFA reprend lundi et j'ai toujours pas trouvé de patron, je fais quoi ?", /3 mois|trois mois/],
  ])('"%s"', async (message, fact) => {
    const c = await startConversation();
    const text = c.read(await c.send(message));
    expect(c.rule()).not.toBe('faq-not-covered');
    expect(text).toMatch(fact);
  });
});

describe('an activity typed whole in a long sentence names its trade', () => {
  it.each([
    ['je reve de conduire des pelleteuses sur les chantiers', /engins/i],
    ['ma fille voudrait s’occuper des chevaux dans un centre équestre plus tard', /palefrenier|soigneu/i],
  ])('"%s"', async (message, trade) => {
    const c = await startConversation();
    const text = c.read(await c.send(message));
    expect(c.rule()).toBe('work-described');
    expect(text).toMatch(trade);
  });
});

describe('an employer asking how hiring works, with no word of money, gets the steps (and the aid beside them)', () => {
  it.each([
    ['je suis gérante d’une boutique, comment je fais pour avoir une apprentie ?'],
    ['Nous sommes une PME et voulons recruter une alternante en BTS, comment cela se passe-t-il ?'],
    ['comment ça se passe pour accueillir un apprenti dans ma société ?'],
  ])('"%s"', async (message) => {
    const c = await startConversation();
    const text = c.read(await c.send(message));
    expect(c.rule()).toMatch(/^(steps-with-their-aids|faq-lead)$/);
    expect(text).toMatch(/OPCO/);
    expect(text).toMatch(/Cerfa/);
  });

  it('asked with a word of money, it stays the aids', async () => {
    const c = await startConversation();
    await c.send('je suis électricien, si je prends un apprenti j’ai droit à quoi ?');
    expect(c.rule()).not.toBe('steps-with-their-aids');
  });
});

describe('how far the place just given is', () => {
  it.each([["c'est à combien de km de chez moi ?"], ['c a quelle distance ?']])('"%s" after a place answer gives the distance, not the pay', async (message) => {
    const c = await startConversation();
    await c.send('CAP fleuriste vers Cherbourg');
    const text = c.read(await c.send(message));
    expect(text).toMatch(/\d+ km/);
    expect(text).not.toMatch(/SMIC/);
  });
});

describe('the SMIC asked for itself', () => {
  // "le SMIC c'est combien ?" is the pay topic, whose first line gives the SMIC's monthly amount: asked here is what it is.
  it.each([['c koi le smic actuellement ?'], ["c'est quoi le SMIC en ce moment"], ["c'est quoi le smic ?"], ['smic actuel ?']])('"%s" gets its amount', async (message) => {
    const c = await startConversation();
    const text = c.read(await c.send(message));
    expect(text).toMatch(/1 867,02 €/);
    expect(text).toMatch(/12,31 €/);
    expect(text).toMatch(/Source/);
  });
});
